package com.cagekeeper.access.domain.policy;

import static com.cagekeeper.access.domain.AccessFactsBuilder.NOW;
import static com.cagekeeper.access.domain.AccessFactsBuilder.approvedPerson;
import static com.cagekeeper.access.domain.AccessFactsBuilder.visitor;
import static com.cagekeeper.access.domain.ReasonAssertions.assertDenies;
import static com.cagekeeper.access.domain.ReasonAssertions.assertSilent;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("EscortRequired (rule 9, §3.2: unless operations waived it, a visitor is escorted by an approved person who may escort)")
class EscortRequiredTest {

    private final EscortRequired policy = new EscortRequired();

    @Test
    @DisplayName("rule 9 a visitor whose escort is not eligible, without a waiver, is denied with ESCORT_REQUIRED")
    void ineligibleEscortIsDenied() {
        assertDenies(policy.evaluate(visitor().withEscortEligible(false).withEscortWaived(false).build(), NOW),
                "ESCORT_REQUIRED", "§3.2");
    }

    @Test
    @DisplayName("rule 9 a visitor with an eligible escort: nothing to say")
    void eligibleEscortIsSilent() {
        assertSilent(policy.evaluate(visitor().withEscortEligible(true).build(), NOW));
    }

    @Test
    @DisplayName("rule 9 a visit whose escort operations waived needs no eligible escort: nothing to say")
    void waivedEscortIsSilent() {
        assertSilent(policy.evaluate(visitor().withEscortWaived(true).withEscortEligible(false).build(), NOW));
    }

    @Test
    @DisplayName("rule 9 an approved person enters on their own approval, unescorted: nothing to say")
    void personIsSilent() {
        assertSilent(policy.evaluate(approvedPerson().build(), NOW));
    }
}
