package com.cagekeeper.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("§7.6 the removal window: rights end, removal-only entry, disposal after it")
class RemovalWindowTest {

    final RemovalWindow window = new RemovalWindow(30);
    final LocalDate ended = LocalDate.of(2026, 3, 1);

    @Test
    @DisplayName("§7.6(i) rights end on a termination's effective date, else the day after the term's last day")
    void rightsEnd() {
        assertEquals(ended, RemovalWindow.rightsEndOn(ended, LocalDate.of(2025, 1, 1), 36));
        assertEquals(LocalDate.of(2028, 1, 1), RemovalWindow.rightsEndOn(null, LocalDate.of(2025, 1, 1), 36));
        assertEquals(null, RemovalWindow.rightsEndOn(null, null, 36));
    }

    @Test
    @DisplayName("§7.6(iv) disposal is refused on the window's last day, naming the day it is allowed, and allowed that day")
    void disposalAfterTheWindow() {
        Rejection open = window.disposalRefusal(ended, LocalDate.of(2026, 3, 30)).orElseThrow();
        assertEquals("REMOVAL_WINDOW_OPEN", open.code());
        assertEquals("§7.6(iv)", open.clause());
        assertTrue(open.message().contains("allowed on 2026-03-31"), open.message());
        assertTrue(window.disposalRefusal(ended, LocalDate.of(2026, 3, 31)).isEmpty());
    }

    @Test
    @DisplayName("§7.6(i) before the rights end nothing of the end happens: ORDER_NOT_ENDED naming the day they cease")
    void notEnded() {
        Rejection r = window.disposalRefusal(ended, ended.minusDays(1)).orElseThrow();
        assertEquals("ORDER_NOT_ENDED", r.code());
        assertTrue(r.message().contains("2026-03-01"), r.message());
        assertEquals("ORDER_NOT_ENDED", window.endedRefusal(null, ended).orElseThrow().code());
        assertTrue(window.endedRefusal(ended, ended).isEmpty());
    }

    @Test
    @DisplayName("§7.6(iv) the window closes at local midnight after its whole days, across a DST change")
    void closesAtLocalMidnight() {
        ZoneId ny = ZoneId.of("America/New_York");
        Instant rightsEnd = ended.atStartOfDay(ny).toInstant();
        assertEquals(LocalDate.of(2026, 3, 31).atStartOfDay(ny).toInstant(), window.closesAt(rightsEnd, ny));
        assertEquals(LocalDate.of(2026, 3, 31), window.closesOn(ended));
    }
}
