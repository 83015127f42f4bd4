package com.cagekeeper.access.domain.policy;

import static com.cagekeeper.access.domain.AccessFactsBuilder.NOW;
import static com.cagekeeper.access.domain.AccessFactsBuilder.approvedPerson;
import static com.cagekeeper.access.domain.AccessFactsBuilder.unknownPerson;
import static com.cagekeeper.access.domain.AccessFactsBuilder.visitor;
import static com.cagekeeper.access.domain.ReasonAssertions.assertDenies;
import static com.cagekeeper.access.domain.ReasonAssertions.assertSilent;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("PersonMustBeKnown (§3.2: access only for people identified to the provider)")
class PersonMustBeKnownTest {

    private final PersonMustBeKnown policy = new PersonMustBeKnown();

    @Test
    @DisplayName("§3.2 an id that names no person and no visitor is denied with code PERSON_UNKNOWN")
    void unknownIdIsDenied() {
        assertDenies(policy.evaluate(unknownPerson().build(), NOW), "PERSON_UNKNOWN", "§3.2");
    }

    @Test
    @DisplayName("§3.2 a person on a customer's access list is known: nothing to say")
    void personIsKnown() {
        assertSilent(policy.evaluate(approvedPerson().build(), NOW));
    }

    @Test
    @DisplayName("§3.2 a visitor named on a visit is known: nothing to say")
    void visitorIsKnown() {
        assertSilent(policy.evaluate(visitor().build(), NOW));
    }
}
