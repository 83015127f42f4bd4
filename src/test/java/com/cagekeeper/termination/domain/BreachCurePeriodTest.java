package com.cagekeeper.termination.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("BreachCurePeriod (§7.3(a), rule 25: 30 days to cure after the notice)")
class BreachCurePeriodTest {

    private static final LocalDate NOTICED = LocalDate.of(2027, 1, 10);

    @Test
    @DisplayName("§7.3(a) 29 days after the notice: refused (409 material) with the date it would be allowed")
    void beforeThirtyDays() {
        var r = BreachCurePeriod.refusal(NOTICED, null, NOTICED.plusDays(29)).orElseThrow();
        assertEquals("BREACH_CURE_PERIOD_RUNNING", r.code());
        assertEquals("§7.3(a)", r.clause());
        assertTrue(r.message().contains("2027-02-09"), r.message());
    }

    @Test
    @DisplayName("§7.3(a) 30 days after the notice, uncured: allowed")
    void afterThirtyDays() {
        assertTrue(BreachCurePeriod.refusal(NOTICED, null, NOTICED.plusDays(30)).isEmpty());
    }

    @Test
    @DisplayName("§7.3(a) a cured breach is no ground, however late")
    void cured() {
        assertEquals("BREACH_CURED",
                BreachCurePeriod.refusal(NOTICED, NOTICED.plusDays(40), NOTICED.plusDays(60)).orElseThrow().code());
    }
}
