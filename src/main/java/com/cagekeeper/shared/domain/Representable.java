package com.cagekeeper.shared.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The instants and dates the service can store and write back as RFC 3339: the years 1000 to
 * 9999, MariaDB's range for DATE and DATETIME and a four-digit year.
 */
public final class Representable {

    public static final Instant EARLIEST = Instant.parse("1000-01-01T00:00:00Z");
    /** The last instant DATETIME(6) holds. */
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");
    public static final LocalDate FIRST_DAY = LocalDate.of(1000, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);
    /** How the range reads in a message: "must be an ISO-8601 date in the years 1000 to 9999". */
    public static final String YEARS = "in the years 1000 to 9999";

    private Representable() {
    }

    public static boolean instant(Instant instant) {
        return !instant.isBefore(EARLIEST) && !instant.isAfter(LATEST);
    }

    public static boolean date(LocalDate date) {
        return !date.isBefore(FIRST_DAY) && !date.isAfter(LAST_DAY);
    }
}
