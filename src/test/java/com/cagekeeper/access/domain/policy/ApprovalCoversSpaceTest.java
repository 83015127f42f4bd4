package com.cagekeeper.access.domain.policy;

import static com.cagekeeper.access.domain.AccessFactsBuilder.NOW;
import static com.cagekeeper.access.domain.AccessFactsBuilder.approvedPerson;
import static com.cagekeeper.access.domain.AccessFactsBuilder.visitor;
import static com.cagekeeper.access.domain.ReasonAssertions.assertDenies;
import static com.cagekeeper.access.domain.ReasonAssertions.assertSilent;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ApprovalCoversSpace (§3.2, rule 1: the approval must cover the space)")
class ApprovalCoversSpaceTest {

    private final ApprovalCoversSpace policy = new ApprovalCoversSpace();

    @Test
    @DisplayName("§3.2 a person whose approval does not cover the space is denied with code APPROVAL_NOT_COVERING_SPACE")
    void notCoveringIsDenied() {
        assertDenies(policy.evaluate(approvedPerson().withApprovalCoveringSpace(false).build(), NOW),
                "APPROVAL_NOT_COVERING_SPACE", "§3.2");
    }

    @Test
    @DisplayName("§3.2 a person whose approval covers the space: nothing to say")
    void coveringIsSilent() {
        assertSilent(policy.evaluate(approvedPerson().build(), NOW));
    }

    @Test
    @DisplayName("§3.2 for an unknown space only SPACE_UNKNOWN speaks, not a missing coverage")
    void unknownSpaceIsSilent() {
        assertSilent(policy.evaluate(approvedPerson().withApprovalCoveringSpace(false).withUnknownSpace().build(), NOW));
    }

    @Test
    @DisplayName("§3.2 a visitor has no approval; the visit's coverage is rule 9's question: nothing to say")
    void visitorIsSilent() {
        assertSilent(policy.evaluate(visitor().build(), NOW));
    }
}
