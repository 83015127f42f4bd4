package com.cagekeeper.billing.domain;

/** Where a dispute of part of an invoice stands. */
public enum DisputeState {
    /** Disputed: not past due and carries no late charge while it is open (§3.5, §4.1). */
    OPEN,
    /** Resolved for the customer: the disputed amount is written off, never owed. */
    UPHELD,
    /** Resolved against the customer: the amount is owed again, past due as of the invoice's original due date. */
    WITHDRAWN
}
