package com.cagekeeper.access.domain.policy;

import static com.cagekeeper.access.domain.AccessFactsBuilder.NOW;
import static com.cagekeeper.access.domain.AccessFactsBuilder.approvedPerson;
import static com.cagekeeper.access.domain.AccessFactsBuilder.visitor;
import static com.cagekeeper.access.domain.ReasonAssertions.assertDenies;
import static com.cagekeeper.access.domain.ReasonAssertions.assertSilent;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("SpaceMustBeKnown (§3.1: a check names a Space the service knows)")
class SpaceMustBeKnownTest {

    private final SpaceMustBeKnown policy = new SpaceMustBeKnown();

    @Test
    @DisplayName("§3.1 a space id that names no space is denied with code SPACE_UNKNOWN")
    void unknownSpaceIsDenied() {
        assertDenies(policy.evaluate(approvedPerson().withUnknownSpace().build(), NOW), "SPACE_UNKNOWN", "§3.1");
    }

    @Test
    @DisplayName("§3.1 an unknown space is denied to a visitor too")
    void unknownSpaceIsDeniedToVisitor() {
        assertDenies(policy.evaluate(visitor().withUnknownSpace().build(), NOW), "SPACE_UNKNOWN", "§3.1");
    }

    @Test
    @DisplayName("§3.1 a known space: nothing to say, for a person or a visitor")
    void knownSpaceIsSilent() {
        assertSilent(policy.evaluate(approvedPerson().build(), NOW));
        assertSilent(policy.evaluate(visitor().build(), NOW));
    }
}
