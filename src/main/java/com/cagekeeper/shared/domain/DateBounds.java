package com.cagekeeper.shared.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The dates and instants a request may carry: from 2000-01-01 to 2099-12-31 (UTC for an
 * instant). Every date the contract counts with (a term's start, an activation, a lease's
 * end, a validity or a visit) lies there; a year such as 487 or 20260 is a typing error,
 * not a contract. Rules that need a tighter bound (a lease cannot end before its space
 * existed) check it on top.
 */
public final class DateBounds {

    public static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(2099, 12, 31);
    /** The same bound as a pattern on the ISO text, for the API contract. */
    public static final String PATTERN = "^20[0-9]{2}-";
    public static final String MESSAGE = "must be between " + FIRST_DAY + " and " + LAST_DAY;

    private DateBounds() {
    }

    public static boolean contains(LocalDate date) {
        return !date.isBefore(FIRST_DAY) && !date.isAfter(LAST_DAY);
    }

    public static boolean contains(Instant instant) {
        return contains(LocalDate.ofInstant(instant, ZoneOffset.UTC));
    }
}
