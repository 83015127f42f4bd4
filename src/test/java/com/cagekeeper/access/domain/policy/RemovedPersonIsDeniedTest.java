package com.cagekeeper.access.domain.policy;

import static com.cagekeeper.access.domain.AccessFactsBuilder.NOW;
import static com.cagekeeper.access.domain.AccessFactsBuilder.approvedPerson;
import static com.cagekeeper.access.domain.AccessFactsBuilder.visitor;
import static com.cagekeeper.access.domain.ReasonAssertions.assertDenies;
import static com.cagekeeper.access.domain.ReasonAssertions.assertSilent;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("RemovedPersonIsDenied (rule 4, §3.2: the customer may take its people off its list)")
class RemovedPersonIsDeniedTest {

    private final RemovedPersonIsDenied policy = new RemovedPersonIsDenied();

    @Test
    @DisplayName("rule 4 (§3.2) a person the customer removed is denied with code REMOVED on the next check")
    void removedPersonIsDenied() {
        assertDenies(policy.evaluate(approvedPerson().withPersonState("REMOVED").build(), NOW), "REMOVED", "§3.2");
    }

    @ParameterizedTest(name = "state {0}")
    @ValueSource(strings = { "REQUESTED", "APPROVED", "REVOKED", "EXPIRED" })
    @DisplayName("rule 4 (§3.2) a person in any other state was not removed: nothing to say")
    void otherStatesAreSilent(String state) {
        assertSilent(policy.evaluate(approvedPerson().withPersonState(state).build(), NOW));
    }

    @Test
    @DisplayName("rule 4 (§3.2) a visitor is on no list to be removed from: nothing to say")
    void visitorIsSilent() {
        assertSilent(policy.evaluate(visitor().build(), NOW));
    }
}
