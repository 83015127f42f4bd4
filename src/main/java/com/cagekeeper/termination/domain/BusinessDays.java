package com.cagekeeper.termination.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * §12.4: business days are Monday to Friday. Holidays are not modelled: a facility's public
 * holidays count as business days, which can only make the force majeure threshold come a
 * day or two sooner than a holiday calendar would, never later.
 */
public final class BusinessDays {

    private BusinessDays() {
    }

    public static boolean isBusinessDay(LocalDate d) {
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The business days from {@code from} through {@code through}, both included; 0 when through is before from. */
    public static long count(LocalDate from, LocalDate through) {
        if (through.isBefore(from)) {
            return 0;
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(from, through) + 1;
        long weeks = days / 7;
        long count = weeks * 5;
        LocalDate d = from.plusDays(weeks * 7);
        while (!d.isAfter(through)) {
            if (isBusinessDay(d)) {
                count++;
            }
            d = d.plusDays(1);
        }
        return count;
    }

    /** The n-th business day counting {@code from} itself when it is one (n >= 1). */
    public static LocalDate nth(LocalDate from, int n) {
        LocalDate d = from;
        int seen = 0;
        while (true) {
            if (isBusinessDay(d) && ++seen == n) {
                return d;
            }
            d = d.plusDays(1);
        }
    }
}
