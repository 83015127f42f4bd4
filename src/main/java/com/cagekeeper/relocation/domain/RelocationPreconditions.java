package com.cagekeeper.relocation.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.cagekeeper.shared.domain.Rejection;

/**
 * §3.2 (rules 18-20): what must hold of the notice, the order and the old space for a relocation
 * to be proposed, started and completed. Pure rules; the service gathers the facts.
 */
public final class RelocationPreconditions {

    private RelocationPreconditions() {
    }

    /**
     * §3.2, §12.7 (422 naming noticeId): a RELOCATION notice backs one relocation that was not
     * cancelled, and it cannot have been given before the order leasing the space was activated
     * (an older notice runs no clock for this move).
     */
    public static Optional<Rejection> noticeRefusal(String noticeId, LocalDate deemedGivenOn,
            LocalDate orderActivatedOn, String usedByRelocationId) {
        if (usedByRelocationId != null) {
            return Optional.of(new Rejection("RELOCATION_NOTICE_ALREADY_USED", "§3.2", "Notice " + noticeId
                    + " already backs relocation " + usedByRelocationId + "; each required move runs from its own"
                    + " notice.").at("noticeId"));
        }
        if (deemedGivenOn != null && orderActivatedOn != null && deemedGivenOn.isBefore(orderActivatedOn)) {
            return Optional.of(new Rejection("RELOCATION_NOTICE_BEFORE_ACTIVATION", "§3.2", "Notice " + noticeId
                    + " was deemed given on " + deemedGivenOn + ", before the order leasing the space was activated"
                    + " on " + orderActivatedOn + "; give a new notice.").at("noticeId"));
        }
        return Optional.empty();
    }

    /**
     * §3.2, §7.2 (409): the order whose lease moves is in force on the move day: ACTIVE, or with a
     * termination given that takes effect after that day; the refusal names the date.
     */
    public static Optional<Rejection> orderRefusal(String orderId, String orderState, LocalDate terminatedOn,
            LocalDate moveOn) {
        if ("ACTIVE".equals(orderState)) {
            return Optional.empty();
        }
        if ("TERMINATION_NOTICED".equals(orderState) && terminatedOn != null && moveOn.isBefore(terminatedOn)) {
            return Optional.empty();
        }
        if ("TERMINATION_NOTICED".equals(orderState) && terminatedOn != null) {
            return Optional.of(new Rejection("ORDER_ENDS_BEFORE_MOVE", "§3.2", "Order " + orderId + " ends on "
                    + terminatedOn + "; a move on " + moveOn + " is not before that date, so there is no lease"
                    + " to move."));
        }
        return Optional.of(new Rejection("ORDER_NOT_IN_FORCE", "§3.2", "Order " + orderId + " is " + orderState
                + (terminatedOn == null ? "" : " (ended on " + terminatedOn + ")") + "; there is no lease to move."));
    }

    /**
     * §3.5(a), §3.2, §3.3 (409): the move neither takes equipment out from under the provider's
     * lien restriction or a suspension of the old space, nor strands alteration work in progress
     * there.
     */
    public static Optional<Rejection> oldSpaceRefusal(String spaceCode, boolean lienRestricted, boolean suspended,
            List<String> alterationsInProgress) {
        if (lienRestricted) {
            return Optional.of(new Rejection("SPACE_LIEN_RESTRICTED", "§3.5(a)", "The provider restricts access to"
                    + " space " + spaceCode + " while it enforces its lien; the equipment does not move out of it."));
        }
        if (suspended) {
            return Optional.of(new Rejection("SPACE_SUSPENDED", "§3.2", "Space " + spaceCode + " is suspended; the"
                    + " move waits until the suspension is lifted."));
        }
        if (!alterationsInProgress.isEmpty()) {
            return Optional.of(new Rejection("ALTERATION_IN_PROGRESS", "§3.3", "Alteration work is in progress in"
                    + " space " + spaceCode + ": " + String.join(", ", alterationsInProgress) + "; complete it, or"
                    + " operations withdraws it, before the move."));
        }
        return Optional.empty();
    }
}
