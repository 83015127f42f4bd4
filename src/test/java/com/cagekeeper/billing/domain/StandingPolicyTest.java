package com.cagekeeper.billing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.cagekeeper.shared.domain.Standing;

@DisplayName("StandingPolicy (§4.1, §3.5: the standing is derived from what is past due and whether a lien action stands)")
class StandingPolicyTest {

    @Test
    @DisplayName("§4.1 nothing undisputed past due and no lien action: GOOD")
    void good() {
        assertEquals(Standing.GOOD, StandingPolicy.derive(BigDecimal.ZERO, false));
    }

    @Test
    @DisplayName("§4.1 any undisputed amount past due, even a cent: DELINQUENT")
    void delinquent() {
        assertEquals(Standing.DELINQUENT, StandingPolicy.derive(new BigDecimal("0.01"), false));
        assertEquals(Standing.DELINQUENT, StandingPolicy.derive(new BigDecimal("10000.00"), false));
    }

    @Test
    @DisplayName("§3.5 a lien action that stands: LIEN_ENFORCED, whether or not anything is still past due")
    void lienEnforced() {
        assertEquals(Standing.LIEN_ENFORCED, StandingPolicy.derive(new BigDecimal("10000.00"), true));
        assertEquals(Standing.LIEN_ENFORCED, StandingPolicy.derive(BigDecimal.ZERO, true));
    }
}
