package com.cagekeeper.relocation.domain;

/** Where a relocation is in its life (§3.2, rules 18-20). */
public enum RelocationState {
    /**
     * Asked for: a move the provider requires, until the customer acknowledges it or the notice
     * period runs out; a move the customer asks for, until operations accepts or declines it.
     */
    PROPOSED,
    /** Agreed or noticed long enough: the move may start on its move date. */
    SCHEDULED,
    /** The equipment is being moved: the items are RELOCATING. */
    IN_PROGRESS,
    /** Equipment, lease and people's approvals are in the new space (rule 20). */
    COMPLETED,
    /** Cancelled, or (a customer's request) declined by operations. */
    CANCELLED
}
