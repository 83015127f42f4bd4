package com.cagekeeper.billing.domain;

/** How a dispute ends. */
public enum DisputeOutcome {
    /** The disputed amount is written off: it is not owed. */
    UPHELD,
    /** The customer withdraws or loses the dispute: the amount is owed again, as of the original due date. */
    WITHDRAWN;

    public DisputeState state() {
        return this == UPHELD ? DisputeState.UPHELD : DisputeState.WITHDRAWN;
    }
}
