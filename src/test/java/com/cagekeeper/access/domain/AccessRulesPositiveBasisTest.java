package com.cagekeeper.access.domain;

import static com.cagekeeper.access.domain.AccessFactsBuilder.NOW;
import static com.cagekeeper.access.domain.AccessFactsBuilder.approvedPerson;
import static com.cagekeeper.access.domain.AccessFactsBuilder.visitor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("AccessRules grant only on a positive basis (rules 1, 9, 11): an approval or a visit covering the person, the space and the instant")
class AccessRulesPositiveBasisTest {

    private final AccessRules rules = new AccessRules(365, 30);

    private AccessDecision in(AccessFactsBuilder facts) {
        return rules.decide(facts.build(), NOW, Direction.IN);
    }

    private static List<String> codes(AccessDecision d) {
        return d.reasons().stream().map(Reason::code).toList();
    }

    @Nested
    @DisplayName("rule 11 fail closed: a stored state this version does not know denies, with a reason naming it")
    class UnknownStates {

        @Test
        @DisplayName("§3.2 a person in an unknown state (say ON_LEAVE, added by a later migration) is DENIED")
        void unknownPersonState() {
            AccessDecision d = in(approvedPerson().withPersonState("ON_LEAVE"));
            assertEquals(Decision.DENIED, d.decision());
            assertEquals(List.of("PERSON_STATE_UNRECOGNIZED"), codes(d));
            assertTrue(d.reasons().get(0).message().contains("ON_LEAVE"));
            assertNull(d.validUntil());
        }

        @Test
        @DisplayName("§3.2 a space in an unknown state (a typo such as LEASD in a migration) is DENIED")
        void unknownSpaceState() {
            AccessDecision d = in(approvedPerson().withSpaceState("LEASD"));
            assertEquals(Decision.DENIED, d.decision());
            assertEquals(List.of("SPACE_STATE_UNRECOGNIZED"), codes(d));
            assertTrue(d.reasons().get(0).message().contains("LEASD"));
        }

        @Test
        @DisplayName("§7.6 an order in an unknown state (say RENEWING) is DENIED")
        void unknownOrderState() {
            AccessDecision d = in(approvedPerson().withOrder("RENEWING", LocalDate.of(2025, 1, 1), 24));
            assertEquals(Decision.DENIED, d.decision());
            assertEquals(List.of("SPACE_STATE_UNRECOGNIZED"), codes(d));
            assertTrue(d.reasons().get(0).message().contains("RENEWING"));
        }

        @Test
        @DisplayName("BCP a facility in an unknown operating state (say EVACUATING) is DENIED")
        void unknownFacilityState() {
            AccessDecision d = in(approvedPerson().withFacilityState("EVACUATING"));
            assertEquals(Decision.DENIED, d.decision());
            assertEquals(List.of("SPACE_STATE_UNRECOGNIZED"), codes(d));
        }

        @Test
        @DisplayName("rule 9 a visit in an unknown state (say PAUSED) denies its visitor")
        void unknownVisitState() {
            AccessDecision d = in(visitor().withVisitState("PAUSED"));
            assertEquals(Decision.DENIED, d.decision());
            assertTrue(codes(d).contains("PERSON_STATE_UNRECOGNIZED"));
        }
    }

    @Nested
    @DisplayName("rule 1 no basis, no grant: where no policy objects but nothing grants, the answer is DENIED NO_ACCESS_BASIS")
    class NoBasis {

        @ParameterizedTest(name = "§3.1 the space's order is {0}: no rights, no grant")
        @ValueSource(strings = { "PENDING_ACTIVATION", "CANCELLED" })
        void orderConfersNoRights(String state) {
            AccessDecision d = in(approvedPerson().withOrder(state, LocalDate.of(2025, 1, 1), 24));
            assertEquals(Decision.DENIED, d.decision());
            assertEquals(List.of("NO_ACCESS_BASIS"), codes(d));
        }

        @ParameterizedTest(name = "§3.2 a space in state {0} (with no standing suspension read) is no basis: states are allow-listed")
        @ValueSource(strings = { "SUSPENDED", "AVAILABLE", "OUT_OF_SERVICE" })
        void spaceStateOutsideTheAllowList(String state) {
            AccessDecision d = in(approvedPerson().withSpaceState(state));
            assertEquals(Decision.DENIED, d.decision());
            assertEquals(List.of("NO_ACCESS_BASIS"), codes(d));
        }

        @Test
        @DisplayName("§3.1 a space leased to the customer but with no order read is no basis")
        void noOrder() {
            AccessDecision d = in(approvedPerson().withoutOrder());
            assertEquals(Decision.DENIED, d.decision());
            assertEquals(List.of("NO_ACCESS_BASIS"), codes(d));
        }

        @Test
        @DisplayName("§3.2 an APPROVED person with no recorded approval (no approval time) is no basis")
        void approvedWithoutApprovalRecord() {
            AccessDecision d = in(approvedPerson().withApprovedAt(null).withLastEntryAt(null));
            assertEquals(Decision.DENIED, d.decision());
            assertEquals(List.of("NO_ACCESS_BASIS"), codes(d));
        }

        @Test
        @DisplayName("§3.2 the happy cases still stand on their basis: an approved person and an escorted visitor are GRANTED")
        void basesGrant() {
            assertEquals(Decision.GRANTED, in(approvedPerson()).decision());
            assertEquals(Decision.GRANTED, in(visitor()).decision());
        }
    }
}
