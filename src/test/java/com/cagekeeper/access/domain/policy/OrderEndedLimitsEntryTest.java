package com.cagekeeper.access.domain.policy;

import static com.cagekeeper.access.domain.AccessFactsBuilder.NOW;
import static com.cagekeeper.access.domain.AccessFactsBuilder.OTHER_CUSTOMER;
import static com.cagekeeper.access.domain.AccessFactsBuilder.approvedPerson;
import static com.cagekeeper.access.domain.AccessFactsBuilder.unknownPerson;
import static com.cagekeeper.access.domain.AccessFactsBuilder.visitor;
import static com.cagekeeper.access.domain.ReasonAssertions.assertDenies;
import static com.cagekeeper.access.domain.ReasonAssertions.assertNotice;
import static com.cagekeeper.access.domain.ReasonAssertions.assertSilent;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import com.cagekeeper.access.domain.AccessFacts;
import com.cagekeeper.access.domain.AccessFactsBuilder;
import com.cagekeeper.access.domain.Reason;

@DisplayName("OrderEndedLimitsEntry (§7.6, rule 7: when the order ends the customer's rights to the space cease)")
class OrderEndedLimitsEntryTest {

    /** The removal window the service is configured with by default. */
    private static final int REMOVAL_WINDOW_DAYS = 30;

    private final OrderEndedLimitsEntry policy = new OrderEndedLimitsEntry(REMOVAL_WINDOW_DAYS);

    @Nested
    @DisplayName("§7.6(i) rights end at the start of the effective date in the facility's time zone")
    class RightsEnd {

        /** 1 July 2025 starts at 04:00 UTC in New York (EDT, UTC-4), four hours after it starts in UTC. */
        private final AccessFacts terminatedOnFirstOfJuly = approvedPerson().terminatedOn(LocalDate.of(2025, 7, 1))
                .build();

        @Test
        @DisplayName("§7.6(i) at 00:00 UTC on the termination date it is still the evening before in New York: nothing to say")
        void midnightUtcIsStillTheDayBeforeInNewYork() {
            assertSilent(policy.evaluate(terminatedOnFirstOfJuly, Instant.parse("2025-07-01T00:00:00Z")));
        }

        @Test
        @DisplayName("§7.6(i) a second before midnight in New York on the eve of the termination date: nothing to say")
        void lastSecondBeforeTerminationDate() {
            assertSilent(policy.evaluate(terminatedOnFirstOfJuly, Instant.parse("2025-07-01T03:59:59Z")));
        }

        @Test
        @DisplayName("§7.6(i) at midnight in New York on the termination date the person is denied with code ORDER_ENDED")
        void deniedFromStartOfTerminationDate() {
            assertDenies(policy.evaluate(terminatedOnFirstOfJuly, Instant.parse("2025-07-01T04:00:00Z")), "ORDER_ENDED",
                    "§7.6(i)");
        }

        @Test
        @DisplayName("§7.6(i) in winter New York is UTC-5: a termination on 15 January ends rights at 05:00 UTC, not 04:00")
        void winterOffset() {
            var facts = approvedPerson().terminatedOn(LocalDate.of(2026, 1, 15)).build();
            assertSilent(policy.evaluate(facts, Instant.parse("2026-01-15T04:30:00Z")));
            assertDenies(policy.evaluate(facts, Instant.parse("2026-01-15T05:00:00Z")), "ORDER_ENDED", "§7.6(i)");
        }

        @Test
        @DisplayName("§7.1 an order of 12 months from 11 June 2024 holds through its last day, 10 June 2025, in New York")
        void termHoldsThroughItsLastDay() {
            var facts = approvedPerson().withOrder("ACTIVE", LocalDate.of(2024, 6, 11), 12).build();
            // 2025-06-10 23:59:59 in New York
            assertSilent(policy.evaluate(facts, Instant.parse("2025-06-11T03:59:59Z")));
        }

        @Test
        @DisplayName("§7.6(i) an order of 12 months from 11 June 2024 ends rights at the start of the day after its last day")
        void termEndsTheDayAfterItsLastDay() {
            var facts = approvedPerson().withOrder("ACTIVE", LocalDate.of(2024, 6, 11), 12).build();
            // 2025-06-11 00:00 in New York
            assertDenies(policy.evaluate(facts, Instant.parse("2025-06-11T04:00:00Z")), "ORDER_ENDED", "§7.6(i)");
        }

        @Test
        @DisplayName("§7.6(i) during the order's term: nothing to say")
        void duringTermIsSilent() {
            assertSilent(policy.evaluate(approvedPerson().build(), NOW));
        }

        @Test
        @DisplayName("§7.6(i) a space with no order has no term to end: nothing to say")
        void noOrderIsSilent() {
            assertSilent(policy.evaluate(approvedPerson().withoutOrder().build(), NOW));
        }

        @Test
        @DisplayName("§7.6(i) another customer's person or an unknown person is answered by their own rules, not ORDER_ENDED")
        void strangersAreSilent() {
            Instant after = Instant.parse("2025-07-02T12:00:00Z");
            assertSilent(policy.evaluate(approvedPerson().withPersonCustomer(OTHER_CUSTOMER)
                    .terminatedOn(LocalDate.of(2025, 7, 1)).build(), after));
            assertSilent(policy.evaluate(unknownPerson().terminatedOn(LocalDate.of(2025, 7, 1)).build(), after));
        }
    }

    @Nested
    @DisplayName("§7.6(iv) after the end, entry only to remove equipment, within the removal window")
    class RemovalWindow {

        /** Terminated on 1 June 2025: rights end at 2025-06-01T04:00Z; 30 days on, the window closes at 2025-07-01T04:00Z. */
        private static final LocalDate TERMINATED_ON = LocalDate.of(2025, 6, 1);
        private static final Instant RIGHTS_END = Instant.parse("2025-06-01T04:00:00Z");
        private static final Instant WINDOW_END = Instant.parse("2025-07-01T04:00:00Z");

        private AccessFacts remover() {
            return approvedPerson().withMayRemoveEquipment(true).terminatedOn(TERMINATED_ON).build();
        }

        private AccessFactsBuilder visitorFor(String purpose) {
            return visitor().withVisitPurpose(purpose).terminatedOn(TERMINATED_ON);
        }

        @Test
        @DisplayName("§7.6(iv) a person flagged may-remove-equipment gets the notice REMOVAL_ONLY, not a denial, from the end of rights")
        void removerGetsRemovalOnlyAtRightsEnd() {
            assertNotice(policy.evaluate(remover(), RIGHTS_END), "REMOVAL_ONLY", "§7.6(iv)");
        }

        @Test
        @DisplayName("§7.6(iv) a second before the removal window closes the flagged person still gets REMOVAL_ONLY")
        void removerGetsRemovalOnlyUntilWindowEnd() {
            assertNotice(policy.evaluate(remover(), WINDOW_END.minusSeconds(1)), "REMOVAL_ONLY", "§7.6(iv)");
        }

        @Test
        @DisplayName("§7.6(i) once the removal window has closed the flagged person is denied with ORDER_ENDED, saying the window closed")
        void removerDeniedAfterWindow() {
            Reason reason = assertDenies(policy.evaluate(remover(), WINDOW_END), "ORDER_ENDED", "§7.6(i)");
            assertTrue(reason.message().contains("removal window"), reason.message());
        }

        @Test
        @DisplayName("§7.6(i) a person without the may-remove-equipment flag is denied with ORDER_ENDED even inside the window")
        void unflaggedPersonDeniedInsideWindow() {
            var facts = approvedPerson().withMayRemoveEquipment(false).terminatedOn(TERMINATED_ON).build();
            assertDenies(policy.evaluate(facts, RIGHTS_END.plusSeconds(3600)), "ORDER_ENDED", "§7.6(i)");
        }

        @Test
        @DisplayName("§7.6(iv) a visitor on an EQUIPMENT_REMOVAL visit gets REMOVAL_ONLY inside the window")
        void removalVisitInsideWindow() {
            var facts = visitorFor("EQUIPMENT_REMOVAL").withVisitWindow(RIGHTS_END, RIGHTS_END.plusSeconds(8 * 3600))
                    .build();
            assertNotice(policy.evaluate(facts, RIGHTS_END.plusSeconds(3600)), "REMOVAL_ONLY", "§7.6(iv)");
        }

        @Test
        @DisplayName("§7.6(i) a visitor on an EQUIPMENT_REMOVAL visit is denied with ORDER_ENDED once the window has closed")
        void removalVisitAfterWindow() {
            var facts = visitorFor("EQUIPMENT_REMOVAL").withVisitWindow(WINDOW_END, WINDOW_END.plusSeconds(8 * 3600))
                    .build();
            assertDenies(policy.evaluate(facts, WINDOW_END), "ORDER_ENDED", "§7.6(i)");
        }

        @Test
        @DisplayName("§7.6(i) a visitor on a visit for another purpose (WORK) is denied with ORDER_ENDED inside the window")
        void workVisitInsideWindow() {
            var facts = visitorFor("WORK").withVisitWindow(RIGHTS_END, RIGHTS_END.plusSeconds(8 * 3600)).build();
            assertDenies(policy.evaluate(facts, RIGHTS_END.plusSeconds(3600)), "ORDER_ENDED", "§7.6(i)");
        }

        @Test
        @DisplayName("§7.6(iv) the window counts days in the facility's time zone: across the end of daylight saving it closes at local midnight")
        void windowClosesAtLocalMidnightAcrossDst() {
            // rights end 2025-10-15 00:00 EDT (04:00Z); 30 days on is 2025-11-14 00:00 EST (05:00Z)
            var facts = approvedPerson().withMayRemoveEquipment(true).terminatedOn(LocalDate.of(2025, 10, 15)).build();
            // 23:30 on 13 November in New York, the window's last day
            assertNotice(policy.evaluate(facts, Instant.parse("2025-11-14T04:30:00Z")), "REMOVAL_ONLY", "§7.6(iv)");
            assertDenies(policy.evaluate(facts, Instant.parse("2025-11-14T05:00:00Z")), "ORDER_ENDED", "§7.6(i)");
        }
    }
}
