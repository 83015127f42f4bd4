package com.cagekeeper.termination.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("NoticeUse (§7.2, §7.3, §12.7, rules 24-25: a notice starts one clock, for an order already running)")
class NoticeUseTest {

    private static final LocalDate ACTIVATED = LocalDate.of(2028, 1, 10);

    @Test
    @DisplayName("§7.2 a notice deemed given before the order's activation is refused naming noticeId; on or after it, allowed")
    void notBeforeActivation() {
        var r = NoticeUse.beforeActivationRefusal("n1", ACTIVATED.minusDays(1), ACTIVATED, "§7.2").orElseThrow();
        assertEquals("NOTICE_BEFORE_ACTIVATION", r.code());
        assertEquals("§7.2", r.clause());
        assertEquals("noticeId", r.field());
        assertTrue(r.message().contains("2028-01-10"));
        assertTrue(NoticeUse.beforeActivationRefusal("n1", ACTIVATED, ACTIVATED, "§7.2").isEmpty());
        assertTrue(NoticeUse.beforeActivationRefusal("n1", ACTIVATED.plusDays(5), ACTIVATED, "§7.2").isEmpty());
        assertEquals("NOTICE_BEFORE_ACTIVATION",
                NoticeUse.beforeActivationRefusal("n1", ACTIVATED, null, "§7.3(a)").orElseThrow().code());
    }

    @Test
    @DisplayName("§7.3(a) a notice already backing a termination or breach is refused naming noticeId")
    void usedOnce() {
        assertTrue(NoticeUse.alreadyUsedRefusal("n1", "breach", null, "§7.3(a)").isEmpty());
        var r = NoticeUse.alreadyUsedRefusal("n1", "breach", "b1", "§7.3(a)").orElseThrow();
        assertEquals("NOTICE_ALREADY_USED", r.code());
        assertEquals("noticeId", r.field());
        assertTrue(r.message().contains("breach b1"));
    }
}
