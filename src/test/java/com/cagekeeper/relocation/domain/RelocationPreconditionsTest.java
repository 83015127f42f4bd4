package com.cagekeeper.relocation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RelocationPreconditionsTest {

    static final LocalDate ACTIVATED = LocalDate.of(2026, 3, 1);

    @Test
    @DisplayName("§3.2 a notice backs one relocation, and not one given before the order's activation (422 naming noticeId)")
    void notice() {
        assertTrue(RelocationPreconditions.noticeRefusal("N", ACTIVATED, ACTIVATED, null).isEmpty());
        var used = RelocationPreconditions.noticeRefusal("N", ACTIVATED, ACTIVATED, "R1").orElseThrow();
        assertEquals("RELOCATION_NOTICE_ALREADY_USED", used.code());
        assertEquals("noticeId", used.field());
        var early = RelocationPreconditions.noticeRefusal("N", ACTIVATED.minusDays(1), ACTIVATED, null).orElseThrow();
        assertEquals("RELOCATION_NOTICE_BEFORE_ACTIVATION", early.code());
        assertEquals("noticeId", early.field());
    }

    @Test
    @DisplayName("§3.2 the order is ACTIVE, or its termination takes effect after the move day (409 naming the date)")
    void order() {
        LocalDate move = LocalDate.of(2026, 6, 10);
        assertTrue(RelocationPreconditions.orderRefusal("O", "ACTIVE", null, move).isEmpty());
        assertTrue(RelocationPreconditions.orderRefusal("O", "TERMINATION_NOTICED", move.plusDays(1), move).isEmpty());
        var onTheDay = RelocationPreconditions.orderRefusal("O", "TERMINATION_NOTICED", move, move).orElseThrow();
        assertEquals("ORDER_ENDS_BEFORE_MOVE", onTheDay.code());
        assertTrue(onTheDay.message().contains(move.toString()));
        assertEquals("ORDER_NOT_IN_FORCE",
                RelocationPreconditions.orderRefusal("O", "TERMINATED", move, move).orElseThrow().code());
    }

    @Test
    @DisplayName("§3.5(a), §3.2, §3.3 no move out of a lien-restricted or suspended space, nor under alteration work in progress")
    void oldSpace() {
        assertTrue(RelocationPreconditions.oldSpaceRefusal("K1", false, false, List.of()).isEmpty());
        var lien = RelocationPreconditions.oldSpaceRefusal("K1", true, true, List.of("A1")).orElseThrow();
        assertEquals("SPACE_LIEN_RESTRICTED", lien.code());
        assertEquals("§3.5(a)", lien.clause());
        assertEquals("SPACE_SUSPENDED", RelocationPreconditions.oldSpaceRefusal("K1", false, true, List.of())
                .orElseThrow().code());
        var work = RelocationPreconditions.oldSpaceRefusal("K1", false, false, List.of("A1")).orElseThrow();
        assertEquals("ALTERATION_IN_PROGRESS", work.code());
        assertTrue(work.message().contains("A1"));
    }
}
