package com.cagekeeper.access.domain;

import static com.cagekeeper.access.domain.AccessFactsBuilder.NEW_YORK;
import static com.cagekeeper.access.domain.AccessFactsBuilder.NOW;
import static com.cagekeeper.access.domain.AccessFactsBuilder.approvedPerson;
import static com.cagekeeper.access.domain.AccessFactsBuilder.unknownPerson;
import static com.cagekeeper.access.domain.AccessFactsBuilder.visitor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("AccessRules (rules 1-12): every policy runs, every reason is kept, a grant says until when")
class AccessRulesTest {

    private static final int LAPSE_DAYS = 365;
    private static final int REMOVAL_WINDOW_DAYS = 30;

    private final AccessRules rules = new AccessRules(LAPSE_DAYS, REMOVAL_WINDOW_DAYS);

    private AccessDecision in(AccessFactsBuilder facts, Instant at) {
        return rules.decide(facts.build(), at, Direction.IN);
    }

    private static Set<String> codes(AccessDecision decision) {
        return decision.reasons().stream().map(Reason::code).collect(Collectors.toSet());
    }

    @Nested
    @DisplayName("rule 10: the decision keeps every reason")
    class EveryReason {

        @Test
        @DisplayName("§3.2 the happy case is granted with no reason against it")
        void happyCaseIsGranted() {
            AccessDecision decision = in(approvedPerson(), NOW);
            assertEquals(Decision.GRANTED, decision.decision());
            assertEquals(List.of(), decision.reasons());
        }

        @Test
        @DisplayName("rule 10 a revoked person at a suspended space in a locked-down facility is denied with all three reasons")
        void threeDenialsAreAllListed() {
            AccessDecision decision = in(approvedPerson().withPersonState("REVOKED").withSuspension("EMERGENCY")
                    .withFacilityState("LOCKDOWN"), NOW);
            assertEquals(Decision.DENIED, decision.decision());
            assertEquals(Set.of("REVOKED", "SPACE_SUSPENDED", "FACILITY_LOCKDOWN"), codes(decision));
            assertEquals(3, decision.reasons().size());
            assertTrue(decision.reasons().stream().allMatch(Reason::denies));
        }

        @Test
        @DisplayName("rule 10 a denial in a DISRUPTED facility keeps the FACILITY_DISRUPTED notice next to the denial")
        void noticeIsKeptInADenial() {
            AccessDecision decision = in(approvedPerson().withPersonState("REMOVED").withFacilityState("DISRUPTED"), NOW);
            assertEquals(Decision.DENIED, decision.decision());
            assertEquals(Set.of("REMOVED", "FACILITY_DISRUPTED"), codes(decision));
        }

        @Test
        @DisplayName("rule 10 a denial states no validity and asks for no escort")
        void denialHoldsNothing() {
            AccessDecision decision = in(visitor().withVisitState("CANCELLED"), NOW);
            assertFalse(decision.granted());
            assertNull(decision.validUntil());
            assertFalse(decision.escortRequired());
        }
    }

    @Nested
    @DisplayName("rule 8: a notice does not deny")
    class Notices {

        @Test
        @DisplayName("BCP a DISRUPTED facility still grants, and the grant carries the FACILITY_DISRUPTED notice with the backup")
        void disruptedFacilityGrantsWithNotice() {
            AccessDecision decision = in(approvedPerson().withFacilityState("DISRUPTED").withBackupFacility("ATL2"), NOW);
            assertEquals(Decision.GRANTED, decision.decision());
            assertEquals(1, decision.reasons().size());
            Reason notice = decision.reasons().get(0);
            assertEquals("FACILITY_DISRUPTED", notice.code());
            assertFalse(notice.denies());
            assertTrue(notice.message().contains("ATL2"), notice.message());
        }

        @Test
        @DisplayName("§7.6(iv) a may-remove-equipment person after the order ended is granted with the REMOVAL_ONLY notice")
        void removalOnlyIsAGrant() {
            AccessDecision decision = in(
                    approvedPerson().withMayRemoveEquipment(true).terminatedOn(LocalDate.of(2025, 6, 1)), NOW);
            assertEquals(Decision.GRANTED, decision.decision());
            assertEquals(Set.of("REMOVAL_ONLY"), codes(decision));
        }
    }

    @Nested
    @DisplayName("rule 10: a grant holds until the earliest of its limits")
    class ValidUntil {

        @Test
        @DisplayName("§3.2 the validity's end, when it comes first")
        void validityEndFirst() {
            Instant validityEnd = NOW.plus(Duration.ofDays(5));
            // lapse: a week-old entry + 365 days; rights: end of 2026
            AccessDecision decision = in(approvedPerson().withValidity(NOW.minus(Duration.ofDays(30)), validityEnd), NOW);
            assertTrue(decision.granted());
            assertEquals(validityEnd, decision.validUntil());
        }

        @Test
        @DisplayName("rule 12 the inactivity lapse, 365 days after the last entry, when it comes first")
        void lapseFirst() {
            Instant lastEntry = NOW.minus(Duration.ofDays(360));
            AccessDecision decision = in(approvedPerson().withApprovedAt(NOW.minus(Duration.ofDays(400)))
                    .withValidity(null, NOW.plus(Duration.ofDays(200))).withLastEntryAt(lastEntry), NOW);
            assertTrue(decision.granted());
            assertEquals(lastEntry.plus(Duration.ofDays(365)), decision.validUntil());
        }

        @Test
        @DisplayName("§7.6(i) the end of the order's rights, midnight in New York on the termination date, when it comes first")
        void rightsEndFirst() {
            AccessDecision decision = in(approvedPerson().terminatedOn(LocalDate.of(2025, 6, 20)), NOW);
            assertTrue(decision.granted());
            assertEquals(Instant.parse("2025-06-20T04:00:00Z"), decision.validUntil());
        }

        @Test
        @DisplayName("rule 9 a visitor's grant holds until the visit's end")
        void visitEndForVisitor() {
            Instant visitEnd = NOW.plus(Duration.ofHours(4));
            AccessDecision decision = in(visitor().withVisitWindow(NOW.minus(Duration.ofHours(1)), visitEnd), NOW);
            assertTrue(decision.granted());
            assertEquals(visitEnd, decision.validUntil());
        }

        @Test
        @DisplayName("rule 9 an escorted visitor's grant ends no later than the escort's own approval; a waived escort does not limit it")
        void escortEndLimitsVisitor() {
            Instant visitEnd = NOW.plus(Duration.ofHours(4));
            Instant escortEnd = NOW.plus(Duration.ofHours(2));
            AccessDecision escorted = in(visitor().withVisitWindow(NOW.minus(Duration.ofHours(1)), visitEnd)
                    .withEscortValidUntil(escortEnd), NOW);
            assertTrue(escorted.granted());
            assertEquals(escortEnd, escorted.validUntil());
            AccessDecision waived = in(visitor().withVisitWindow(NOW.minus(Duration.ofHours(1)), visitEnd)
                    .withEscortValidUntil(escortEnd).withEscortWaived(true), NOW);
            assertTrue(waived.granted());
            assertEquals(visitEnd, waived.validUntil());
        }

        @Test
        @DisplayName("§7.6(i) a visitor's grant stops at the end of the order's rights when that comes before the visit's end")
        void rightsEndBeforeVisitEnd() {
            // the order ends on 12 June: midnight in New York is 04:00Z, before the visit ends at 10:00Z
            AccessDecision decision = in(visitor().withVisitWindow(NOW, Instant.parse("2025-06-12T10:00:00Z"))
                    .terminatedOn(LocalDate.of(2025, 6, 12)), NOW);
            assertTrue(decision.granted());
            assertEquals(Instant.parse("2025-06-12T04:00:00Z"), decision.validUntil());
        }

        @Test
        @DisplayName("§7.6(iv) removal-only entry holds until the removal window closes, 30 days after rights ended")
        void removalWindowEndForRemovalOnly() {
            // rights ended 2025-06-01 00:00 in New York (04:00Z); the window closes 2025-07-01 00:00 there
            AccessDecision decision = in(
                    approvedPerson().withMayRemoveEquipment(true).terminatedOn(LocalDate.of(2025, 6, 1)), NOW);
            assertTrue(decision.granted());
            assertEquals(Instant.parse("2025-07-01T04:00:00Z"), decision.validUntil());
        }

        @Test
        @DisplayName("§7.6(iv) across the end of daylight saving the removal-only grant still holds until local midnight")
        void removalWindowEndAcrossDst() {
            // rights ended 2025-10-15 00:00 EDT (04:00Z); 30 days on is 2025-11-14 00:00 EST (05:00Z)
            AccessDecision decision = in(
                    approvedPerson().withMayRemoveEquipment(true).terminatedOn(LocalDate.of(2025, 10, 15)),
                    Instant.parse("2025-11-01T14:00:00Z"));
            assertTrue(decision.granted());
            assertEquals(Instant.parse("2025-11-14T05:00:00Z"), decision.validUntil());
        }

        @Test
        @DisplayName("§7.6(iv) removal-only entry on an EQUIPMENT_REMOVAL visit holds until the visit's end when it comes first")
        void visitEndBeforeRemovalWindowEnd() {
            Instant visitEnd = NOW.plus(Duration.ofHours(6));
            AccessDecision decision = in(visitor().withVisitPurpose("EQUIPMENT_REMOVAL")
                    .withVisitWindow(NOW.minus(Duration.ofHours(1)), visitEnd).terminatedOn(LocalDate.of(2025, 6, 1)),
                    NOW);
            assertTrue(decision.granted());
            assertEquals(Set.of("REMOVAL_ONLY"), codes(decision));
            assertEquals(visitEnd, decision.validUntil());
        }
    }

    @Nested
    @DisplayName("rule 9: escort")
    class Escort {

        @Test
        @DisplayName("rule 9 a visitor's grant requires an escort")
        void visitorNeedsEscort() {
            AccessDecision decision = in(visitor(), NOW);
            assertTrue(decision.granted());
            assertTrue(decision.escortRequired());
        }

        @Test
        @DisplayName("rule 9 a visitor whose escort operations waived is granted without an escort")
        void waivedVisitorNeedsNoEscort() {
            AccessDecision decision = in(visitor().withEscortWaived(true).withEscortEligible(false), NOW);
            assertTrue(decision.granted());
            assertFalse(decision.escortRequired());
        }

        @Test
        @DisplayName("rule 9 an approved person is granted without an escort")
        void personNeedsNoEscort() {
            AccessDecision decision = in(approvedPerson(), NOW);
            assertTrue(decision.granted());
            assertFalse(decision.escortRequired());
        }
    }

    @Nested
    @DisplayName("leaving and the hour")
    class DirectionAndHour {

        @Test
        @DisplayName("leaving (OUT) is always GRANTED, nobody is kept inside: even an unknown id in a locked-down facility")
        void exitIsNeverRefused() {
            AccessDecision decision = rules.decide(unknownPerson().withFacilityState("LOCKDOWN").build(), NOW,
                    Direction.OUT);
            assertEquals(Decision.GRANTED, decision.decision());
        }

        @Test
        @DisplayName("leaving (OUT) is GRANTED to a revoked person too")
        void revokedPersonIsLetOut() {
            AccessDecision decision = rules.decide(approvedPerson().withPersonState("REVOKED").build(), NOW,
                    Direction.OUT);
            assertEquals(Decision.GRANTED, decision.decision());
        }

        @Test
        @DisplayName("§3.2 access is 24x7: an approved person is granted on Sunday at 03:00 in the facility's time zone")
        void grantedSundayThreeInTheMorning() {
            Instant sundayNight = Instant.parse("2025-06-15T07:00:00Z");
            ZonedDateTime local = sundayNight.atZone(NEW_YORK);
            assertEquals(DayOfWeek.SUNDAY, local.getDayOfWeek());
            assertEquals(LocalTime.of(3, 0), local.toLocalTime());

            AccessDecision decision = in(approvedPerson(), sundayNight);
            assertEquals(Decision.GRANTED, decision.decision());
            assertEquals(List.of(), decision.reasons());
        }
    }
}
