package com.cagekeeper.access.domain.policy;

import static com.cagekeeper.access.domain.AccessFactsBuilder.NOW;
import static com.cagekeeper.access.domain.AccessFactsBuilder.approvedPerson;
import static com.cagekeeper.access.domain.AccessFactsBuilder.visitor;
import static com.cagekeeper.access.domain.ReasonAssertions.assertDenies;
import static com.cagekeeper.access.domain.ReasonAssertions.assertSilent;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.cagekeeper.access.domain.Reason;

@DisplayName("SuspendedSpaceIsClosed (§3.2, rule 5: a suspension of operations closes the space to every customer person)")
class SuspendedSpaceIsClosedTest {

    private final SuspendedSpaceIsClosed policy = new SuspendedSpaceIsClosed();

    @Test
    @DisplayName("§3.2 an approved person is denied entry to a suspended space with code SPACE_SUSPENDED, stating why")
    void suspendedSpaceDeniesPerson() {
        Reason reason = assertDenies(policy.evaluate(approvedPerson().withSuspension("HAZARDOUS_CONDITION").build(), NOW),
                "SPACE_SUSPENDED", "§3.2");
        assertTrue(reason.message().contains("HAZARDOUS_CONDITION"), reason.message());
    }

    @Test
    @DisplayName("§3.2 a visitor of the customer is denied entry to a suspended space too")
    void suspendedSpaceDeniesVisitor() {
        assertDenies(policy.evaluate(visitor().withSuspension("EMERGENCY").build(), NOW), "SPACE_SUSPENDED", "§3.2");
    }

    @Test
    @DisplayName("§3.2 without a standing suspension: nothing to say")
    void noSuspensionIsSilent() {
        assertSilent(policy.evaluate(approvedPerson().build(), NOW));
        assertSilent(policy.evaluate(visitor().build(), NOW));
    }
}
