package com.cagekeeper.relocation.domain;

import java.time.LocalDate;
import java.util.Optional;

import com.cagekeeper.shared.domain.Rejection;

/**
 * §3.2 (rule 18), §12.7: the provider may require a relocation "upon reasonable notice": a
 * written RELOCATION notice, deemed given, and a move date at least the configured number of
 * days after its deemed date, or earlier when the customer agrees in writing. A move never
 * comes before its notice.
 */
public final class RelocationNoticePeriod {

    public static final String CLAUSE = "§3.2";

    private final int minDays;

    public RelocationNoticePeriod(int minDays) {
        this.minDays = minDays;
    }

    /** The earliest move date the provider may require without the customer's agreement. */
    public LocalDate earliestMoveOn(LocalDate noticeDeemedGivenOn) {
        return noticeDeemedGivenOn.plusDays(minDays);
    }

    /**
     * Empty when the move date respects the notice; otherwise why not, naming the field and,
     * when the date is too early, the earliest date allowed.
     */
    public Optional<Rejection> refusal(LocalDate noticeDeemedGivenOn, LocalDate moveOn, boolean customerAgreed) {
        if (noticeDeemedGivenOn == null) {
            return Optional.of(new Rejection("RELOCATION_NOTICE_REQUIRED", "§3.2, §12.7", "A required relocation"
                    + " needs a written RELOCATION notice to the customer that is deemed given; a notice whose"
                    + " deemed date is unknown starts no clock.").at("noticeId"));
        }
        if (moveOn.isBefore(noticeDeemedGivenOn)) {
            return Optional.of(new Rejection("RELOCATION_BEFORE_NOTICE", CLAUSE, "The move date " + moveOn
                    + " is before the notice was deemed given on " + noticeDeemedGivenOn + ".").at("moveOn"));
        }
        LocalDate earliest = earliestMoveOn(noticeDeemedGivenOn);
        if (moveOn.isBefore(earliest) && !customerAgreed) {
            return Optional.of(new Rejection("RELOCATION_NOTICE_TOO_SHORT", CLAUSE, "A relocation needs "
                    + minDays + " days' notice: the notice was deemed given on " + noticeDeemedGivenOn
                    + ", so the earliest move date is " + earliest
                    + " unless the customer agrees in writing to an earlier one (customerAgreementReference).")
                    .at("moveOn"));
        }
        return Optional.empty();
    }
}
