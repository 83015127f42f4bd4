package com.cagekeeper.endofterm.domain;

/** What the inspection at the end of the term found (§7.6(iv), §3.3). */
public enum InspectionOutcome {
    /** The customer restored the space to its original condition, except approved alterations. */
    RESTORED_BY_CUSTOMER,
    /** The customer did not; the provider restored it, at the customer's cost (charged as RESTORATION). */
    RESTORED_BY_PROVIDER
}
