package com.cagekeeper.termination.domain;

import java.time.LocalDate;
import java.util.Optional;

import com.cagekeeper.shared.domain.Rejection;

/**
 * §12.4 (rule 29): when a force majeure event continues for more than fifteen business days,
 * either party may cancel without further liability. The event's business days are counted
 * from its first day through its last (or today while it is ongoing), both included: it has
 * lasted more than fifteen on its sixteenth business day.
 */
public final class ForceMajeureDuration {

    public static final String CLAUSE = "§12.4";
    /** §12.4: "continues for more than fifteen (15) business days". */
    public static final int BUSINESS_DAYS = 15;

    private ForceMajeureDuration() {
    }

    /** The day the event has lasted more than fifteen business days, if it lasts that long. */
    public static LocalDate cancellableFrom(LocalDate startedOn) {
        return BusinessDays.nth(startedOn, BUSINESS_DAYS + 1);
    }

    /** The business days the event has lasted as of today. */
    public static long lasted(LocalDate startedOn, LocalDate endedOn, LocalDate today) {
        LocalDate through = endedOn != null && endedOn.isBefore(today) ? endedOn : today;
        return BusinessDays.count(startedOn, through);
    }

    /** Empty when the event allows cancellation today; otherwise why not and, when it can still come, from when. */
    public static Optional<Rejection> refusal(LocalDate startedOn, LocalDate endedOn, LocalDate today) {
        long lasted = lasted(startedOn, endedOn, today);
        if (lasted > BUSINESS_DAYS) {
            return Optional.empty();
        }
        LocalDate from = cancellableFrom(startedOn);
        if (endedOn != null && endedOn.isBefore(from)) {
            return Optional.of(new Rejection("FORCE_MAJEURE_TOO_SHORT", CLAUSE, "The force majeure event of "
                    + startedOn + " ended on " + endedOn + " after " + BusinessDays.count(startedOn, endedOn)
                    + " business days; only one that continues for more than " + BUSINESS_DAYS
                    + " business days allows cancellation."));
        }
        return Optional.of(new Rejection("FORCE_MAJEURE_NOT_LONG_ENOUGH", CLAUSE, "The force majeure event of "
                + startedOn + " has lasted " + lasted + " business days (Monday to Friday); cancellation needs more than "
                + BUSINESS_DAYS + ". The earliest date it would be allowed is " + from + "."));
    }
}
