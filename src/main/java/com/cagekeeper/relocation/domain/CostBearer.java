package com.cagekeeper.relocation.domain;

/** Who bears the costs of a relocation (rule 19). */
public enum CostBearer {
    /** §3.2: recorded on the relocation, never charged to the customer. */
    PROVIDER,
    /** §2.1: charged to the customer's charges ledger as RELOCATION. */
    CUSTOMER
}
