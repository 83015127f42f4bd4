package com.cagekeeper.equipment.domain;

/** Where an equipment item is in its life at the facility. */
public enum EquipmentState {
    /** Placed in its space (§3.1). */
    INSTALLED,
    /** Being moved to another space the provider required (§3.2). */
    RELOCATING,
    /** Taken into the provider's possession and stored under its lien (§3.5(b)). */
    IN_PROVIDER_POSSESSION,
    /** Taken out of the facility (§7.6(iv)). */
    REMOVED,
    /** Disposed of by the provider after it was not removed (§7.6(iv)). */
    DISPOSED;

    /**
     * Rule 13, §3.5: the provider's lien covers an item from its placement until it leaves the
     * facility, removed or disposed of. Derived from the state, never stored.
     */
    public boolean underLien() {
        return this != REMOVED && this != DISPOSED;
    }

    /**
     * §3.1: an item holds its rack position while it is at the facility; one in the provider's
     * possession keeps it, so that it can be returned to it (§3.5).
     */
    public boolean holdsItsPlace() {
        return this == INSTALLED || this == RELOCATING || this == IN_PROVIDER_POSSESSION;
    }
}
