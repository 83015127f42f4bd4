package com.cagekeeper.order.domain;

/** Where a Sales Order Form is in its life. */
public enum OrderState {
    /** Signed, its space not yet handed over. */
    PENDING_ACTIVATION,
    /** Its spaces are subleased to the customer; the term runs (§7.1). */
    ACTIVE,
    /** A termination notice is given and its date is ahead (§7.2). */
    TERMINATION_NOTICED,
    /** Ended: the customer's rights to its spaces have ceased (§7.6(i)). */
    TERMINATED,
    /** Cancelled before activation (§7.5). */
    CANCELLED
}
