package com.cagekeeper.equipment.domain;

/** A change of an item's custody or place, as its custody ledger records it. */
public enum CustodyEvent {
    /** Registered in its space (§3.1). */
    PLACED,
    /** Moved to another rack position or space. */
    MOVED,
    /** The provider took possession of it under its lien (§3.5(b)). */
    TAKEN_INTO_POSSESSION,
    /** Where the provider stores it while in its possession (§3.5(b)). */
    STORED_AT,
    /** Returned from the provider's possession to its place (rule 16). */
    RETURNED,
    /** Taken out of the facility (§7.6(iv)). */
    REMOVED,
    /** Disposed of by the provider (§7.6(iv)). */
    DISPOSED,
    /** Provider-owned equipment given back to the provider at the end (§7.6(iii)). */
    SURRENDERED
}
