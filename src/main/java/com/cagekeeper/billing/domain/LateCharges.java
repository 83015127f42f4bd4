package com.cagekeeper.billing.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Currency;
import java.util.Optional;

/**
 * §4.1 (rule 17): payments are due net thirty days from the invoice and are subject to late
 * charges thereafter, at 1.5% per month or the maximum rate the law permits, whichever is
 * lower. Simple interest on the late undisputed amount, pro rata by day (the monthly rate
 * times 12, divided by 365, per day), from the day after the due date through the date of
 * payment or the date asked about. A partial payment reduces the principal from the day
 * after it was made. Rounded half-up to the currency's minor unit (cents), once per invoice.
 */
public final class LateCharges {

    public static final String CLAUSE = "§4.1";

    private static final BigDecimal MONTHS_PER_YEAR = BigDecimal.valueOf(12);
    private static final BigDecimal DAYS_PER_YEAR = BigDecimal.valueOf(365);

    private final BigDecimal monthlyRate;

    /** The contract's monthly rate, capped by the legal maximum when that is lower. */
    public LateCharges(BigDecimal contractMonthlyRate, Optional<BigDecimal> legalMaxMonthlyRate) {
        if (contractMonthlyRate.signum() < 0 || legalMaxMonthlyRate.map(r -> r.signum() < 0).orElse(false)) {
            throw new IllegalArgumentException("late-charge rates cannot be negative");
        }
        this.monthlyRate = legalMaxMonthlyRate.filter(max -> max.compareTo(contractMonthlyRate) < 0)
                .orElse(contractMonthlyRate);
    }

    public static LateCharges of(BillingSettings settings) {
        return new LateCharges(settings.lateChargeMonthlyRate(), settings.legalMaxMonthlyRate());
    }

    /** The monthly rate applied: the contract's, or the legal maximum when lower. */
    public BigDecimal monthlyRate() {
        return monthlyRate;
    }

    /** The late charge accrued on the debt from the day after its due date through {@code through}. */
    public BigDecimal accrued(LateDebt debt, LocalDate through) {
        int scale = Math.max(0, Currency.getInstance(debt.currency()).getDefaultFractionDigits());
        if (!through.isAfter(debt.dueOn())) {
            return BigDecimal.ZERO.setScale(scale);
        }
        // the sum of principal x days late; the rate and the rounding are applied once, at the end
        BigDecimal principalDays = BigDecimal.ZERO;
        BigDecimal principal = debt.principal();
        LocalDate from = debt.dueOn();
        var payments = debt.payments().stream().sorted(Comparator.comparing(LateDebt.Paid::on)).toList();
        for (LateDebt.Paid p : payments) {
            if (p.on().isAfter(through)) {
                break;
            }
            // a payment made on or before the due date was never late
            LocalDate paidOn = p.on().isBefore(from) ? from : p.on();
            principalDays = principalDays.add(positive(principal).multiply(days(from, paidOn)));
            from = paidOn;
            principal = principal.subtract(p.amount());
        }
        principalDays = principalDays.add(positive(principal).multiply(days(from, through)));
        return principalDays.multiply(monthlyRate).multiply(MONTHS_PER_YEAR)
                .divide(DAYS_PER_YEAR, scale, RoundingMode.HALF_UP);
    }

    private static BigDecimal days(LocalDate from, LocalDate to) {
        return BigDecimal.valueOf(ChronoUnit.DAYS.between(from, to));
    }

    private static BigDecimal positive(BigDecimal amount) {
        return amount.signum() > 0 ? amount : BigDecimal.ZERO;
    }
}
