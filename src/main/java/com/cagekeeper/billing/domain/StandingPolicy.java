package com.cagekeeper.billing.domain;

import java.math.BigDecimal;

import com.cagekeeper.shared.domain.Standing;

/**
 * §4.1, §3.5: a customer's standing is derived, never set by hand. A lien action that stands
 * (§3.5) makes it LIEN_ENFORCED; otherwise any undisputed amount past due makes it
 * DELINQUENT (§4.1: payments are due net 30); otherwise it is GOOD. Disputed amounts are
 * never past due, so they never make a customer delinquent.
 */
public final class StandingPolicy {

    public static final String CLAUSE = "§4.1";

    private StandingPolicy() {
    }

    public static Standing derive(BigDecimal undisputedPastDue, boolean lienActionStanding) {
        if (lienActionStanding) {
            return Standing.LIEN_ENFORCED;
        }
        return undisputedPastDue.signum() > 0 ? Standing.DELINQUENT : Standing.GOOD;
    }
}
