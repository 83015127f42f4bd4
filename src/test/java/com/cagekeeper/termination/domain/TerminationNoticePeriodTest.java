package com.cagekeeper.termination.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("TerminationNoticePeriod (§7.2, rule 24: written notice at least 80 days before the date)")
class TerminationNoticePeriodTest {

    private static final LocalDate DEEMED = LocalDate.of(2027, 1, 10);

    @Test
    @DisplayName("§7.2 a date 80 days after the deemed date is allowed")
    void eightyDaysAllowed() {
        assertTrue(TerminationNoticePeriod.refusal(DEEMED, LocalDate.of(2027, 3, 31)).isEmpty());
        assertEquals(LocalDate.of(2027, 3, 31), TerminationNoticePeriod.earliestEffectiveOn(DEEMED));
    }

    @Test
    @DisplayName("§7.2 a date 79 days after is refused, naming effectiveOn and the earliest allowed date")
    void seventyNineDaysRefused() {
        var r = TerminationNoticePeriod.refusal(DEEMED, LocalDate.of(2027, 3, 30)).orElseThrow();
        assertEquals("TERMINATION_NOTICE_TOO_SHORT", r.code());
        assertEquals("§7.2", r.clause());
        assertEquals("effectiveOn", r.field());
        assertTrue(r.message().contains("only 79 days later"), r.message());
        assertTrue(r.message().contains("2027-03-31"), r.message());
    }
}
