package com.cagekeeper.termination.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("TerminationFee (§7.4, rule 26: remaining months x the greater of average and minimum monthly billing)")
class TerminationFeeTest {

    private static final LocalDate START = LocalDate.of(2026, 6, 1);
    private static final LocalDate EFFECTIVE = LocalDate.of(2028, 4, 1);
    private static final LocalDate RECORDED = LocalDate.of(2028, 1, 10);

    @Test
    @DisplayName("§7.4 14 remaining months x max(average 4,100.00, minimum 4,500.00) = 63,000.00, payable in 10 days")
    void minimumIsGreater() {
        // 20 months of the 36-month term begun by 2028-01-10, invoiced 82,000.00 in all: 4,100.00 a month
        var fee = TerminationFee.compute(new TerminationFee.Inputs(START, 36, EFFECTIVE, RECORDED,
                new BigDecimal("82000.00"), new BigDecimal("4500.00")));
        assertEquals(20, fee.monthsBilled());
        assertEquals(new BigDecimal("4100.00"), fee.averageMonthly());
        assertEquals(new BigDecimal("4500.00"), fee.monthlyRate());
        assertEquals(14, fee.remainingMonths());
        assertEquals(new BigDecimal("63000.00"), fee.amount());
        assertEquals(LocalDate.of(2028, 4, 11), fee.payableBy());
    }

    @Test
    @DisplayName("§7.4 when the average (5,000.00) is greater than the minimum, it is the monthly rate: 70,000.00")
    void averageIsGreater() {
        var fee = TerminationFee.compute(new TerminationFee.Inputs(START, 36, EFFECTIVE, RECORDED,
                new BigDecimal("100000.00"), new BigDecimal("4500.00")));
        assertEquals(new BigDecimal("5000.00"), fee.monthlyRate());
        assertEquals(new BigDecimal("70000.00"), fee.amount());
    }

    @Test
    @DisplayName("§7.4 a part month left over is not counted; nothing billed yet leaves the minimum")
    void wholeMonthsOnly() {
        assertEquals(13, TerminationFee.remainingMonths(START, 36, LocalDate.of(2028, 4, 15)));
        assertEquals(0, TerminationFee.remainingMonths(START, 36, LocalDate.of(2029, 6, 1)));
        var fee = TerminationFee.compute(new TerminationFee.Inputs(START, 36, START.plusMonths(1),
                START.minusDays(3), BigDecimal.ZERO, new BigDecimal("4500.00")));
        assertEquals(0, fee.monthsBilled());
        assertEquals(new BigDecimal("157500.00"), fee.amount());
    }

    @Test
    @DisplayName("§7.4 a termination effective before the term starts owes the term's months, never more: counted from the term's start")
    void neverMoreThanTheTerm() {
        // effective four months before a 36-month term starts: 36 months remain, not 40
        assertEquals(36, TerminationFee.remainingMonths(START, 36, START.minusMonths(4)));
        assertEquals(36, TerminationFee.remainingMonths(START, 36, START.minusDays(1)));
        assertEquals(36, TerminationFee.remainingMonths(START, 36, START));
        var fee = TerminationFee.compute(new TerminationFee.Inputs(START, 36, START.minusMonths(4),
                START.minusMonths(6), BigDecimal.ZERO, new BigDecimal("4500.00")));
        assertEquals(36, fee.remainingMonths());
        assertEquals(new BigDecimal("162000.00"), fee.amount());
    }

    @Test
    @DisplayName("§7.4, §12.4 owed only when the customer terminates without cause: not for force majeure, its termination for cause, or the provider's")
    void whoOwes() {
        assertNull(TerminationFee.notOwedBecause(TerminationBasis.WITHOUT_CAUSE, Party.CUSTOMER));
        assertEquals("force majeure (§12.4, §7.4)",
                TerminationFee.notOwedBecause(TerminationBasis.FORCE_MAJEURE, Party.CUSTOMER));
        assertEquals("the customer terminates for cause (§7.3, §7.4)",
                TerminationFee.notOwedBecause(TerminationBasis.FOR_CAUSE, Party.CUSTOMER));
        assertEquals("the provider terminates (§7.4 binds the customer's termination)",
                TerminationFee.notOwedBecause(TerminationBasis.WITHOUT_CAUSE, Party.PROVIDER));
    }
}
