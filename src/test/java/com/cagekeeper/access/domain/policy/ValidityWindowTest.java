package com.cagekeeper.access.domain.policy;

import static com.cagekeeper.access.domain.AccessFactsBuilder.NOW;
import static com.cagekeeper.access.domain.AccessFactsBuilder.approvedPerson;
import static com.cagekeeper.access.domain.AccessFactsBuilder.visitor;
import static com.cagekeeper.access.domain.ReasonAssertions.assertDenies;
import static com.cagekeeper.access.domain.ReasonAssertions.assertSilent;

import java.time.Instant;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.cagekeeper.access.domain.AccessFacts;

@DisplayName("ValidityWindow (§3.2, rule 1: an approval holds only inside its validity window, start inclusive, end exclusive)")
class ValidityWindowTest {

    private static final Instant FROM = Instant.parse("2025-06-01T13:00:00Z");
    private static final Instant UNTIL = Instant.parse("2025-07-01T13:00:00Z");

    private final ValidityWindow policy = new ValidityWindow();

    private static AccessFacts validFromUntil() {
        return approvedPerson().withValidity(FROM, UNTIL).build();
    }

    @Test
    @DisplayName("§3.2 at the validity's first instant the approval holds (start inclusive)")
    void startIsInclusive() {
        assertSilent(policy.evaluate(validFromUntil(), FROM));
    }

    @Test
    @DisplayName("§3.2 a second before the validity starts the person is denied with code OUTSIDE_VALIDITY")
    void beforeStartIsDenied() {
        assertDenies(policy.evaluate(validFromUntil(), FROM.minusSeconds(1)), "OUTSIDE_VALIDITY", "§3.2");
    }

    @Test
    @DisplayName("§3.2 at the validity's end the person is denied with code OUTSIDE_VALIDITY (end exclusive)")
    void endIsExclusive() {
        assertDenies(policy.evaluate(validFromUntil(), UNTIL), "OUTSIDE_VALIDITY", "§3.2");
    }

    @Test
    @DisplayName("§3.2 a nanosecond before the validity ends the approval still holds")
    void justBeforeEndHolds() {
        assertSilent(policy.evaluate(validFromUntil(), UNTIL.minusNanos(1)));
    }

    @Test
    @DisplayName("§3.2 an approval with no start and no end holds at any instant")
    void openEndedApprovalHolds() {
        var facts = approvedPerson().withValidity(null, null).build();
        assertSilent(policy.evaluate(facts, Instant.parse("2000-01-01T00:00:00Z")));
        assertSilent(policy.evaluate(facts, Instant.parse("2100-01-01T00:00:00Z")));
    }

    @ParameterizedTest(name = "state {0}")
    @ValueSource(strings = { "REQUESTED", "REVOKED", "REMOVED", "EXPIRED" })
    @DisplayName("§3.2 a person who is not APPROVED is answered by the rule for that state, not with OUTSIDE_VALIDITY")
    void notApprovedIsSilent(String state) {
        assertSilent(policy.evaluate(approvedPerson().withPersonState(state).withValidity(FROM, UNTIL).build(),
                UNTIL.plusSeconds(60)));
    }

    @Test
    @DisplayName("§3.2 a visitor has no approval window: nothing to say")
    void visitorIsSilent() {
        assertSilent(policy.evaluate(visitor().build(), NOW));
    }
}
