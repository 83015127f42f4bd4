package com.cagekeeper.termination.domain;

import java.time.LocalDate;
import java.util.Optional;

import com.cagekeeper.shared.domain.Rejection;

/**
 * §7.3(a) (rule 25): a party may terminate for a material breach of the other only when the
 * breach was not cured within thirty days following the notice of it, counted from the date
 * the notice is deemed given (§12.7): a notice deemed given on D allows termination from
 * D + 30 on, and a cure recorded before then (or at any time before the termination) closes it.
 */
public final class BreachCurePeriod {

    public static final String CLAUSE = "§7.3(a)";
    /** §7.3(a): "fails to cure such breach within thirty (30) days following receipt of notice". */
    public static final int DAYS = 30;

    private BreachCurePeriod() {
    }

    /** The first day termination for the breach is allowed, absent a cure. */
    public static LocalDate terminableFrom(LocalDate noticedOn) {
        return noticedOn.plusDays(DAYS);
    }

    /** Empty when the breach allows termination today; otherwise why not and, while the period runs, from when. */
    public static Optional<Rejection> refusal(LocalDate noticedOn, LocalDate curedOn, LocalDate today) {
        if (curedOn != null) {
            return Optional.of(new Rejection("BREACH_CURED", CLAUSE, "The breach noticed on " + noticedOn
                    + " was cured on " + curedOn + "; a cured breach is no ground for termination."));
        }
        LocalDate from = terminableFrom(noticedOn);
        if (today.isBefore(from)) {
            return Optional.of(new Rejection("BREACH_CURE_PERIOD_RUNNING", CLAUSE, "The breaching party has "
                    + DAYS + " days after the notice deemed given on " + noticedOn + " to cure the breach."
                    + " The earliest date it would be allowed is " + from + "."));
        }
        return Optional.empty();
    }
}
