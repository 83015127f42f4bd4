package com.cagekeeper.termination.domain;

import java.time.LocalDate;
import java.util.Optional;

import com.cagekeeper.shared.domain.Rejection;

/**
 * §7.2 (rule 24): either party may terminate without cause by written notice given at least
 * eighty days before the requested termination date. Counted from the date the notice is
 * deemed given (§12.7): a notice deemed given on D allows a termination effective on D + 80
 * or later.
 */
public final class TerminationNoticePeriod {

    public static final String CLAUSE = "§7.2";
    /** §7.2: "at least eighty (80) days prior to the requested termination date". */
    public static final int DAYS = 80;

    private TerminationNoticePeriod() {
    }

    /** The earliest effective date a notice deemed given on that day allows. */
    public static LocalDate earliestEffectiveOn(LocalDate noticeDeemedGivenOn) {
        return noticeDeemedGivenOn.plusDays(DAYS);
    }

    /** Empty when the notice is long enough; otherwise a refusal naming the earliest allowed date. */
    public static Optional<Rejection> refusal(LocalDate noticeDeemedGivenOn, LocalDate effectiveOn) {
        LocalDate earliest = earliestEffectiveOn(noticeDeemedGivenOn);
        if (!effectiveOn.isBefore(earliest)) {
            return Optional.empty();
        }
        return Optional.of(new Rejection("TERMINATION_NOTICE_TOO_SHORT", CLAUSE, "A termination without cause needs"
                + " written notice at least " + DAYS + " days before its date: the notice deemed given on "
                + noticeDeemedGivenOn + " allows " + effectiveOn + " only "
                + java.time.temporal.ChronoUnit.DAYS.between(noticeDeemedGivenOn, effectiveOn)
                + " days later. The earliest date it would be allowed is " + earliest + ".").at("effectiveOn"));
    }
}
