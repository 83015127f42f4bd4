package com.cagekeeper.shared.domain;

/**
 * What Cagekeeper charges a customer on top of the invoices it is told about. Shared
 * because the features that incur the charges (liens, terminations) post them to the
 * billing feature's ledger.
 */
public enum ChargeKind {
    /** Interest on late undisputed amounts (§4.1). */
    LATE_CHARGE,
    /** Storage of equipment the provider took possession of (§3.5(b)). */
    STORAGE,
    /** Restoring service after a disconnection for nonpayment (§4.5). */
    RESTORATION_FEE,
    /** Removing equipment left after the end (§7.6). */
    REMOVAL,
    /** Disposing of equipment left after the end (§7.6). */
    DISPOSAL,
    /** Early termination (§7.4). */
    TERMINATION_FEE,
    /** A relocation the customer asked for (§2.1); one the provider requires it bears itself (§3.2). */
    RELOCATION,
    /** Restoring a space the customer left unrestored at the end (§7.6). */
    RESTORATION,
    /** Provider-owned equipment not surrendered in its original condition (§7.6(ii)). */
    REPLACEMENT
}
