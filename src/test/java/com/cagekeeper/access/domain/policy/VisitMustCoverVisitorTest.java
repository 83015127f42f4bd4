package com.cagekeeper.access.domain.policy;

import static com.cagekeeper.access.domain.AccessFactsBuilder.NOW;
import static com.cagekeeper.access.domain.AccessFactsBuilder.approvedPerson;
import static com.cagekeeper.access.domain.AccessFactsBuilder.visitor;
import static com.cagekeeper.access.domain.ReasonAssertions.assertDenies;
import static com.cagekeeper.access.domain.ReasonAssertions.assertSilent;

import java.time.Instant;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.cagekeeper.access.domain.AccessFacts;

@DisplayName("VisitMustCoverVisitor (rule 9, §3.2: a visitor enters only on a visit that names them and covers the space and the time)")
class VisitMustCoverVisitorTest {

    private static final Instant STARTS = Instant.parse("2025-06-11T13:00:00Z");
    private static final Instant ENDS = Instant.parse("2025-06-11T21:00:00Z");

    private final VisitMustCoverVisitor policy = new VisitMustCoverVisitor();

    private static AccessFacts visitFromTo() {
        return visitor().withVisitWindow(STARTS, ENDS).build();
    }

    @Test
    @DisplayName("rule 9 at the visit's first instant the visitor is covered (start inclusive)")
    void startIsInclusive() {
        assertSilent(policy.evaluate(visitFromTo(), STARTS));
    }

    @Test
    @DisplayName("rule 9 a second before the visit starts the visitor is denied with VISIT_NOT_COVERING")
    void beforeStartIsDenied() {
        assertDenies(policy.evaluate(visitFromTo(), STARTS.minusSeconds(1)), "VISIT_NOT_COVERING", "§3.2");
    }

    @Test
    @DisplayName("rule 9 at the visit's end the visitor is denied with VISIT_NOT_COVERING (end exclusive)")
    void endIsExclusive() {
        assertDenies(policy.evaluate(visitFromTo(), ENDS), "VISIT_NOT_COVERING", "§3.2");
    }

    @Test
    @DisplayName("rule 9 a second before the visit ends the visitor is still covered")
    void justBeforeEndIsCovered() {
        assertSilent(policy.evaluate(visitFromTo(), ENDS.minusSeconds(1)));
    }

    @Test
    @DisplayName("rule 9 a cancelled visit admits nobody: VISIT_CANCELLED, even inside its window")
    void cancelledVisitIsDenied() {
        assertDenies(policy.evaluate(visitor().withVisitState("CANCELLED").build(), NOW), "VISIT_CANCELLED", "§3.2");
    }

    @Test
    @DisplayName("rule 9 a visit that does not cover the space is denied with VISIT_NOT_COVERING")
    void visitNotCoveringSpaceIsDenied() {
        assertDenies(policy.evaluate(visitor().withVisitCoveringSpace(false).build(), NOW), "VISIT_NOT_COVERING",
                "§3.2");
    }

    @Test
    @DisplayName("rule 9 a visitor presenting another visit's id is not named on it: VISIT_NOT_COVERING")
    void anotherVisitIdIsDenied() {
        assertDenies(policy.evaluate(visitor().presentingAnotherVisit().build(), NOW), "VISIT_NOT_COVERING", "§3.2");
    }

    @Test
    @DisplayName("rule 9 a visitor without a visit is denied with VISIT_NOT_COVERING")
    void visitorWithoutVisitIsDenied() {
        assertDenies(policy.evaluate(visitor().withoutVisit().build(), NOW), "VISIT_NOT_COVERING", "§3.2");
    }

    @Test
    @DisplayName("rule 9 an approved person needs no visit: nothing to say")
    void personIsSilent() {
        assertSilent(policy.evaluate(approvedPerson().build(), NOW));
    }
}
