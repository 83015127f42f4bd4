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

@DisplayName("WrittenApprovalRequired (§3.2, rule 2: no access until the provider approves in writing)")
class WrittenApprovalRequiredTest {

    private final WrittenApprovalRequired policy = new WrittenApprovalRequired();

    @Test
    @DisplayName("§3.2 a person the customer asked for (REQUESTED) is denied with code NOT_APPROVED")
    void requestedPersonIsDenied() {
        assertDenies(policy.evaluate(approvedPerson().withPersonState("REQUESTED").build(), NOW), "NOT_APPROVED",
                "§3.2");
    }

    @ParameterizedTest(name = "state {0}")
    @ValueSource(strings = { "APPROVED", "REVOKED", "REMOVED", "EXPIRED" })
    @DisplayName("§3.2 a person past the request (approved, or revoked, removed, expired, which other rules answer) gets no NOT_APPROVED")
    void otherStatesAreSilent(String state) {
        assertSilent(policy.evaluate(approvedPerson().withPersonState(state).build(), NOW));
    }

    @Test
    @DisplayName("§3.2 a visitor is not on the access list, so approval is not asked of them: nothing to say")
    void visitorIsSilent() {
        assertSilent(policy.evaluate(visitor().build(), NOW));
    }
}
