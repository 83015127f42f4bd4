package com.cagekeeper.relocation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("RelocationNoticePeriod (§3.2, §12.7: a required move on reasonable notice)")
class RelocationNoticePeriodTest {

    private static final LocalDate DEEMED = LocalDate.of(2026, 3, 2);
    private final RelocationNoticePeriod rule = new RelocationNoticePeriod(30);

    @Test
    @DisplayName("§3.2 the earliest move date is the notice's deemed date plus the notice period")
    void earliest() {
        assertEquals(LocalDate.of(2026, 4, 1), rule.earliestMoveOn(DEEMED));
        assertTrue(rule.refusal(DEEMED, LocalDate.of(2026, 4, 1), false).isEmpty());
    }

    @Test
    @DisplayName("§3.2 a move date within the notice period is refused about moveOn, naming the earliest date")
    void tooShort() {
        var r = rule.refusal(DEEMED, LocalDate.of(2026, 3, 31), false).get();
        assertEquals("RELOCATION_NOTICE_TOO_SHORT", r.code());
        assertEquals("§3.2", r.clause());
        assertEquals("moveOn", r.field());
        assertTrue(r.message().contains("2026-04-01"), r.message());
    }

    @Test
    @DisplayName("§3.2 with the customer's written agreement an earlier date is allowed, but never before the notice")
    void agreedEarlier() {
        assertTrue(rule.refusal(DEEMED, DEEMED, true).isEmpty());
        assertEquals("RELOCATION_BEFORE_NOTICE", rule.refusal(DEEMED, DEEMED.minusDays(1), true).get().code());
    }

    @Test
    @DisplayName("§12.7 without a notice deemed given no clock runs: refused about noticeId")
    void noNotice() {
        var r = rule.refusal(null, LocalDate.of(2026, 6, 1), true).get();
        assertEquals("RELOCATION_NOTICE_REQUIRED", r.code());
        assertEquals("noticeId", r.field());
    }
}
