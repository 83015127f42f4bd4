package com.cagekeeper.termination.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * §7.4 (rule 26): when the customer terminates an order before the end of its term, it owes
 * the remaining whole months of the term times the greater of (i) the average monthly billing
 * over the term so far and (ii) the order's minimum monthly billing, payable within ten days
 * of the termination date. Not owed for force majeure (§12.4), nor when the customer
 * terminates for cause, nor when the provider terminates (the clause binds the customer's own
 * termination).
 *
 * <p>The average is the total invoiced for the order through the day the termination is
 * recorded, over the months of the term begun by then (a month begun is billed; at least
 * one). The remaining months run from the effective date (or the term's start, when that is
 * later) to the day the term runs out, at most the term's months; a part month left over is not
 * counted. Amounts are rounded half-up to cents.
 */
public final class TerminationFee {

    public static final String CLAUSE = "§7.4";
    /** §7.4: "any Termination Fees within ten (10) days of the termination date". */
    public static final int PAYABLE_DAYS = 10;

    private TerminationFee() {
    }

    /** What the fee is computed from. */
    public record Inputs(LocalDate termStart, int termMonths, LocalDate effectiveOn, LocalDate recordedOn,
            BigDecimal invoicedTotal, BigDecimal minimumMonthly) {
    }

    /** The fee with each figure it came from. */
    public record Fee(BigDecimal invoicedTotal, int monthsBilled, BigDecimal averageMonthly, BigDecimal minimumMonthly,
            BigDecimal monthlyRate, int remainingMonths, BigDecimal amount, LocalDate payableBy) {
    }

    /** Whether the fee is owed for a termination on this basis by this party; null when owed, else why not. */
    public static String notOwedBecause(TerminationBasis basis, Party terminatingParty) {
        if (basis == TerminationBasis.FORCE_MAJEURE) {
            return "force majeure (§12.4, §7.4)";
        }
        if (terminatingParty != Party.CUSTOMER) {
            return "the provider terminates (§7.4 binds the customer's termination)";
        }
        if (basis == TerminationBasis.FOR_CAUSE) {
            return "the customer terminates for cause (§7.3, §7.4)";
        }
        return null;
    }

    /** Months of the term begun by the day: from its first day, a started month counts; capped at the term. */
    public static int monthsBegun(LocalDate termStart, int termMonths, LocalDate on) {
        if (on.isBefore(termStart)) {
            return 0;
        }
        return (int) Math.min(termMonths, ChronoUnit.MONTHS.between(termStart, on) + 1);
    }

    /**
     * Whole months from the effective date to the day the term runs out (the day after its last
     * day). A termination effective before the term starts owes the whole term, never more: the
     * months are counted from the later of the effective date and the term's start.
     */
    public static int remainingMonths(LocalDate termStart, int termMonths, LocalDate effectiveOn) {
        LocalDate runsOut = termStart.plusMonths(termMonths);
        LocalDate from = effectiveOn.isBefore(termStart) ? termStart : effectiveOn;
        if (!from.isBefore(runsOut)) {
            return 0;
        }
        return (int) Math.min(termMonths, ChronoUnit.MONTHS.between(from, runsOut));
    }

    public static Fee compute(Inputs in) {
        int billed = monthsBegun(in.termStart(), in.termMonths(), in.recordedOn());
        BigDecimal average = billed == 0 ? BigDecimal.ZERO.setScale(2)
                : in.invoicedTotal().divide(BigDecimal.valueOf(billed), 2, RoundingMode.HALF_UP);
        BigDecimal minimum = in.minimumMonthly().setScale(2, RoundingMode.HALF_UP);
        BigDecimal rate = average.max(minimum);
        int remaining = remainingMonths(in.termStart(), in.termMonths(), in.effectiveOn());
        BigDecimal amount = rate.multiply(BigDecimal.valueOf(remaining)).setScale(2, RoundingMode.HALF_UP);
        return new Fee(in.invoicedTotal().setScale(2, RoundingMode.HALF_UP), billed, average, minimum, rate,
                remaining, amount, in.effectiveOn().plusDays(PAYABLE_DAYS));
    }

    /** No fee, with the figures it would have read, for a termination that owes none. */
    public static Fee none(Inputs in) {
        Fee f = compute(in);
        return new Fee(f.invoicedTotal(), f.monthsBilled(), f.averageMonthly(), f.minimumMonthly(), f.monthlyRate(),
                f.remainingMonths(), BigDecimal.ZERO.setScale(2), null);
    }
}
