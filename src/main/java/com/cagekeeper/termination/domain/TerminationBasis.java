package com.cagekeeper.termination.domain;

/** On what ground an order is terminated. */
public enum TerminationBasis {
    /** §7.2: by either party, on written notice at least 80 days before the date. */
    WITHOUT_CAUSE,
    /** §7.3: for one of the causes (a)-(e). */
    FOR_CAUSE,
    /** §12.4: a force majeure event has continued for more than 15 business days. */
    FORCE_MAJEURE
}
