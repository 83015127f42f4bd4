package com.cagekeeper.customer.domain;

/** A customer's standing, derived from its obligations. */
public enum Standing {
    GOOD, DELINQUENT, LIEN_ENFORCED, TERMINATED
}
