package com.cagekeeper.access.domain.policy;

import static com.cagekeeper.access.domain.AccessFactsBuilder.NOW;
import static com.cagekeeper.access.domain.AccessFactsBuilder.approvedPerson;
import static com.cagekeeper.access.domain.AccessFactsBuilder.visitor;
import static com.cagekeeper.access.domain.ReasonAssertions.assertDenies;
import static com.cagekeeper.access.domain.ReasonAssertions.assertSilent;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.cagekeeper.access.domain.Reason;

@DisplayName("RevokedPersonIsDenied (§3.2, rule 3: the provider may rescind a person's access)")
class RevokedPersonIsDeniedTest {

    private final RevokedPersonIsDenied policy = new RevokedPersonIsDenied();

    @Test
    @DisplayName("§3.2 a revoked person is denied with code REVOKED, and the denial states the revocation's reason")
    void revokedPersonIsDenied() {
        Reason reason = assertDenies(policy.evaluate(approvedPerson().withPersonState("REVOKED")
                .withRevocationReason("damaged a neighbour's cabinet").build(), NOW), "REVOKED", "§3.2");
        assertTrue(reason.message().contains("damaged a neighbour's cabinet"), reason.message());
    }

    @Test
    @DisplayName("§3.2 a revoked person is denied even when the approval still covers the space and is inside validity")
    void revocationWinsOverAValidApproval() {
        // the happy facts stay: covering approval, validity around NOW; only the state changed
        assertDenies(policy.evaluate(approvedPerson().withPersonState("REVOKED").build(), NOW), "REVOKED", "§3.2");
    }

    @ParameterizedTest(name = "state {0}")
    @ValueSource(strings = { "REQUESTED", "APPROVED", "REMOVED", "EXPIRED" })
    @DisplayName("§3.2 a person in any other state is not revoked: nothing to say")
    void otherStatesAreSilent(String state) {
        assertSilent(policy.evaluate(approvedPerson().withPersonState(state).build(), NOW));
    }

    @Test
    @DisplayName("§3.2 a visitor has no approval to revoke: nothing to say")
    void visitorIsSilent() {
        assertSilent(policy.evaluate(visitor().build(), NOW));
    }
}
