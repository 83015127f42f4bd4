package com.cagekeeper.relocation.domain;

/** Who caused the move, which decides who bears its costs (§3.2, §2.1; rule 19). */
public enum RelocationInitiator {
    /** The provider requires the move on reasonable notice (§3.2): it bears the reasonable costs. */
    PROVIDER,
    /** The customer asks for the move (§2.1): it is charged the costs. */
    CUSTOMER;

    /** Rule 19: the party that bears the costs of a move this party caused. */
    public CostBearer costBearer() {
        return this == PROVIDER ? CostBearer.PROVIDER : CostBearer.CUSTOMER;
    }
}
