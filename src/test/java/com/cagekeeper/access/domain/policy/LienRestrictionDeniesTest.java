package com.cagekeeper.access.domain.policy;

import static com.cagekeeper.access.domain.AccessFactsBuilder.NOW;
import static com.cagekeeper.access.domain.AccessFactsBuilder.approvedPerson;
import static com.cagekeeper.access.domain.AccessFactsBuilder.visitor;
import static com.cagekeeper.access.domain.ReasonAssertions.assertDenies;
import static com.cagekeeper.access.domain.ReasonAssertions.assertSilent;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("LienRestrictionDenies (§3.5(a), rule 6: restricted access while the lien is enforced)")
class LienRestrictionDeniesTest {

    private final LienRestrictionDenies policy = new LienRestrictionDenies();

    @Test
    @DisplayName("§3.5(a) an approved person at a restricted space is denied with code LIEN_RESTRICTED")
    void restrictedPerson() {
        assertDenies(policy.evaluate(approvedPerson().withLienRestriction().build(), NOW), "LIEN_RESTRICTED",
                "§3.5(a)");
    }

    @Test
    @DisplayName("§3.5(a) the customer's visitors are denied there too")
    void restrictedVisitor() {
        assertDenies(policy.evaluate(visitor().withLienRestriction().build(), NOW), "LIEN_RESTRICTED", "§3.5(a)");
    }

    @Test
    @DisplayName("§3.5(a) with no standing restriction there is nothing to say")
    void notRestricted() {
        assertSilent(policy.evaluate(approvedPerson().build(), NOW));
    }
}
