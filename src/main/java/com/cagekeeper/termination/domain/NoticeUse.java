package com.cagekeeper.termination.domain;

import java.time.LocalDate;
import java.util.Optional;

import com.cagekeeper.shared.domain.Rejection;

/**
 * §7.2, §7.3, §12.7 (rules 24, 25): a written notice starts one clock for one order. It backs one
 * termination or one breach only, and it must have been given while the order was running: a
 * notice deemed given before the order's activation is about something else (an earlier order,
 * say) and cannot shorten this order's notice or cure period.
 */
public final class NoticeUse {

    private NoticeUse() {
    }

    /** 422 naming noticeId when the notice was deemed given before the order was activated (or it never was). */
    public static Optional<Rejection> beforeActivationRefusal(String noticeId, LocalDate deemedGivenOn,
            LocalDate activationDate, String clause) {
        if (activationDate == null) {
            return Optional.of(new Rejection("NOTICE_BEFORE_ACTIVATION", clause, "Notice " + noticeId
                    + " cannot be about this order: the order has not been activated.").at("noticeId"));
        }
        if (deemedGivenOn.isBefore(activationDate)) {
            return Optional.of(new Rejection("NOTICE_BEFORE_ACTIVATION", clause, "Notice " + noticeId
                    + " was deemed given on " + deemedGivenOn + ", before the order was activated on "
                    + activationDate + "; a notice given for this order is given on or after that date.")
                    .at("noticeId"));
        }
        return Optional.empty();
    }

    /** 409 naming noticeId when the notice already backs another termination or breach (named by kind and id). */
    public static Optional<Rejection> alreadyUsedRefusal(String noticeId, String usedByKind, String usedById,
            String clause) {
        if (usedById == null) {
            return Optional.empty();
        }
        return Optional.of(new Rejection("NOTICE_ALREADY_USED", clause, "Notice " + noticeId + " already backs "
                + usedByKind + " " + usedById + "; a notice starts one clock: give a new notice.").at("noticeId"));
    }
}
