package com.cagekeeper.shared.domain;

/**
 * A customer's standing, derived from its obligations, never set by hand: billing derives
 * GOOD or DELINQUENT from undisputed amounts past due (§4.1), a standing lien action makes
 * it LIEN_ENFORCED (§3.5). Shared because the customer, billing and lien features all speak of it.
 */
public enum Standing {
    GOOD, DELINQUENT, LIEN_ENFORCED, TERMINATED
}
