package com.cagekeeper.personnel.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("InactivityLapse (rule 12: an approval lapses after N days with no recorded entry)")
class InactivityLapseTest {

    private static final Instant APPROVED = Instant.parse("2024-03-01T09:00:00Z");
    private static final Instant ENTERED = Instant.parse("2024-09-15T18:30:00Z");

    @Test
    @DisplayName("rule 12 the lapse is counted from the last entry when there was one after the approval")
    void countsFromLastEntry() {
        assertEquals(ENTERED.plus(Duration.ofDays(365)), InactivityLapse.lapsesAt(APPROVED, ENTERED, 365));
    }

    @Test
    @DisplayName("rule 12 before any entry the lapse is counted from the approval")
    void countsFromApprovalBeforeAnyEntry() {
        assertEquals(APPROVED.plus(Duration.ofDays(365)), InactivityLapse.lapsesAt(APPROVED, null, 365));
    }

    @Test
    @DisplayName("rule 12 an entry made before a new approval does not count: the lapse runs from the approval")
    void entryBeforeNewApprovalDoesNotCount() {
        Instant reapproved = ENTERED.plus(Duration.ofDays(30));
        assertEquals(reapproved.plus(Duration.ofDays(365)), InactivityLapse.lapsesAt(reapproved, ENTERED, 365));
    }

    @Test
    @DisplayName("rule 12 the number of days is configurable")
    void daysAreConfigurable() {
        assertEquals(ENTERED.plus(Duration.ofDays(90)), InactivityLapse.lapsesAt(APPROVED, ENTERED, 90));
    }

    @Test
    @DisplayName("rule 12 with neither an approval nor an entry there is nothing to lapse")
    void nothingToLapse() {
        assertNull(InactivityLapse.lapsesAt(null, null, 365));
        assertFalse(InactivityLapse.lapsed(null, null, Instant.parse("2099-01-01T00:00:00Z"), 365));
    }

    @Test
    @DisplayName("rule 12 exactly N days after the last entry the approval has lapsed")
    void lapsedExactlyAtNDays() {
        assertTrue(InactivityLapse.lapsed(APPROVED, ENTERED, ENTERED.plus(Duration.ofDays(365)), 365));
    }

    @Test
    @DisplayName("rule 12 a second before N days after the last entry the approval still holds")
    void notLapsedJustBefore() {
        assertFalse(InactivityLapse.lapsed(APPROVED, ENTERED, ENTERED.plus(Duration.ofDays(365)).minusSeconds(1), 365));
    }
}
