package com.cagekeeper.access.domain.policy;

import static com.cagekeeper.access.domain.AccessFactsBuilder.CUSTOMER;
import static com.cagekeeper.access.domain.AccessFactsBuilder.NOW;
import static com.cagekeeper.access.domain.AccessFactsBuilder.OTHER_CUSTOMER;
import static com.cagekeeper.access.domain.AccessFactsBuilder.approvedPerson;
import static com.cagekeeper.access.domain.AccessFactsBuilder.unknownPerson;
import static com.cagekeeper.access.domain.AccessFactsBuilder.visitor;
import static com.cagekeeper.access.domain.ReasonAssertions.assertDenies;
import static com.cagekeeper.access.domain.ReasonAssertions.assertSilent;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("SpaceLeasedByCustomer (§3.2, rule 1: only people of the customer that leases the space)")
class SpaceLeasedByCustomerTest {

    private final SpaceLeasedByCustomer policy = new SpaceLeasedByCustomer();

    @Test
    @DisplayName("§3.2 a person of customer D at a space leased by C is denied with code SPACE_NOT_LEASED_BY_CUSTOMER")
    void otherCustomersPersonIsDenied() {
        assertDenies(policy.evaluate(approvedPerson().withPersonCustomer(OTHER_CUSTOMER).build(), NOW),
                "SPACE_NOT_LEASED_BY_CUSTOMER", "§3.2");
    }

    @Test
    @DisplayName("§3.2 a space leased to nobody is denied to every customer's person")
    void unleasedSpaceIsDenied() {
        assertDenies(policy.evaluate(approvedPerson().withSpaceLeasedBy(null).build(), NOW),
                "SPACE_NOT_LEASED_BY_CUSTOMER", "§3.2");
    }

    @Test
    @DisplayName("§3.2 a visitor on customer D's visit at C's space is denied: a visitor enters for the visit's customer")
    void visitorOfAnotherCustomerIsDenied() {
        assertDenies(policy.evaluate(visitor().withVisitCustomer(OTHER_CUSTOMER).build(), NOW),
                "SPACE_NOT_LEASED_BY_CUSTOMER", "§3.2");
    }

    @Test
    @DisplayName("§3.2 a person of C at C's space, and a visitor on C's visit there: nothing to say")
    void ownCustomerIsSilent() {
        assertSilent(policy.evaluate(approvedPerson().build(), NOW));
        assertSilent(policy.evaluate(visitor().withVisitCustomer(CUSTOMER).build(), NOW));
    }

    @Test
    @DisplayName("§3.2 an unknown person or an unknown space is answered by its own rule, not by this one")
    void unknownPersonOrSpaceIsSilent() {
        assertSilent(policy.evaluate(unknownPerson().build(), NOW));
        assertSilent(policy.evaluate(approvedPerson().withPersonCustomer(OTHER_CUSTOMER).withUnknownSpace().build(),
                NOW));
    }
}
