package com.cagekeeper.lien.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.cagekeeper.lien.domain.LienRequiresElapsedCurePeriod.Facts;
import com.cagekeeper.lien.domain.LienRequiresElapsedCurePeriod.Step;

@DisplayName("LienRequiresElapsedCurePeriod (§3.5, rule 14: past due, notice, cure period elapsed)")
class LienRequiresElapsedCurePeriodTest {

    private static final LocalDate DUE = LocalDate.of(2026, 1, 31);
    private static final LocalDate NOTICE = LocalDate.of(2026, 2, 10);
    private final LienRequiresElapsedCurePeriod rule = new LienRequiresElapsedCurePeriod(10);

    @Test
    @DisplayName("§4.1 nothing undisputed past due (disputed amounts never count): nothing to enforce")
    void nothingPastDue() {
        var a = rule.assess(new Facts(false, null, NOTICE, LocalDate.of(2026, 3, 1)));
        assertEquals(Step.NONE, a.step());
        assertTrue(rule.refusal(new Facts(false, null, NOTICE, LocalDate.of(2026, 3, 1))).get().message()
                .contains("no undisputed amount is past due"));
    }

    @Test
    @DisplayName("§12.7 past due without a delinquency notice deemed given: SEND_NOTICE, refused")
    void noNotice() {
        var f = new Facts(true, DUE, null, LocalDate.of(2026, 3, 1));
        assertEquals(Step.SEND_NOTICE, rule.assess(f).step());
        assertEquals("LIEN_NOT_ENFORCEABLE", rule.refusal(f).get().code());
        assertEquals("§3.5", rule.refusal(f).get().clause());
    }

    @Test
    @DisplayName("§12.7 a notice deemed given before the amounts fell due does not count for them")
    void noticeBeforeDueDate() {
        var f = new Facts(true, DUE, DUE.minusDays(5), LocalDate.of(2026, 3, 1));
        assertEquals(Step.SEND_NOTICE, rule.assess(f).step());
    }

    @Test
    @DisplayName("§3.5 within the cure period: WAIT_CURE_PERIOD until the deemed date plus 10 days, refused naming that date")
    void withinCurePeriod() {
        var f = new Facts(true, DUE, NOTICE, NOTICE.plusDays(9));
        var a = rule.assess(f);
        assertEquals(Step.WAIT_CURE_PERIOD, a.step());
        assertEquals(LocalDate.of(2026, 2, 20), a.allowedOn());
        assertTrue(rule.refusal(f).get().message().contains("2026-02-20"));
    }

    @Test
    @DisplayName("§3.5 on the day the cure period has elapsed with the amounts unpaid: ENFORCEABLE")
    void curePeriodElapsed() {
        var f = new Facts(true, DUE, NOTICE, NOTICE.plusDays(10));
        assertEquals(Step.ENFORCEABLE, rule.assess(f).step());
        assertTrue(rule.refusal(f).isEmpty());
        assertNull(rule.assess(new Facts(true, DUE, null, NOTICE)).allowedOn());
    }

    @Test
    @DisplayName("§3.5 the cure period runs from the first notice deemed given after the amounts fell due: a later reminder does not restart it")
    void firstNoticeAfterDueDateCounts() {
        List<LocalDate> oldestFirst = List.of(DUE.minusDays(40), NOTICE, NOTICE.plusDays(8));
        assertEquals(Optional.of(NOTICE),
                LienRequiresElapsedCurePeriod.noticeCounted(oldestFirst, Function.identity(), DUE));
        assertEquals(Step.ENFORCEABLE, rule.assess(new Facts(true, DUE, NOTICE, NOTICE.plusDays(10))).step());
    }

    @Test
    @DisplayName("§12.7 with no notice after the amounts fell due the latest is named (and is too early); with none at all, none")
    void noNoticeAfterDueDate() {
        List<LocalDate> before = List.of(DUE.minusDays(40), DUE.minusDays(3));
        assertEquals(Optional.of(DUE.minusDays(3)),
                LienRequiresElapsedCurePeriod.noticeCounted(before, Function.identity(), DUE));
        assertEquals(Optional.empty(),
                LienRequiresElapsedCurePeriod.noticeCounted(List.<LocalDate>of(), Function.identity(), DUE));
    }
}
