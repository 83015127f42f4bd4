package com.cagekeeper.personnel.domain;

import java.time.Instant;
import java.util.Optional;

import com.cagekeeper.shared.domain.Rejection;

/**
 * Rule 9: who may escort visitors. The escort is an approved person of the visit's customer,
 * flagged may-escort, inside the validity window, not lapsed for inactivity, and approved for
 * the visit's spaces. Used when a visit is scheduled and again at the door.
 */
public final class EscortEligibility {

    private EscortEligibility() {
    }

    /** What the rule reads of the escort. */
    public record Escort(String customerId, PersonState state, boolean mayEscort, boolean coversSpaces,
            Instant validFrom, Instant validUntil, Instant approvedAt, Instant lastEntryAt) {
    }

    /** Empty when the escort may escort at {@code at}; otherwise why not. A null escort is nobody. */
    public static Optional<Rejection> refusal(String visitCustomerId, Escort e, Instant at, int lapseDays) {
        String why = null;
        if (e == null || !e.customerId().equals(visitCustomerId)) {
            why = "the escort is not a person of this customer";
        } else if (e.state() != PersonState.APPROVED) {
            why = "the escort is " + e.state() + ", not APPROVED";
        } else if (!e.mayEscort()) {
            why = "the escort is not approved to escort guests";
        } else if (!e.coversSpaces()) {
            why = "the escort's approval does not cover the visit's spaces";
        } else if (e.validFrom() != null && at.isBefore(e.validFrom())
                || e.validUntil() != null && !at.isBefore(e.validUntil())) {
            why = "the escort's approval is outside its validity window";
        } else if (InactivityLapse.lapsed(e.approvedAt(), e.lastEntryAt(), at, lapseDays)) {
            why = "the escort's approval has lapsed for inactivity";
        }
        return why == null ? Optional.empty()
                : Optional.of(new Rejection("ESCORT_NOT_ELIGIBLE", "§3.2", "Not a valid escort: " + why + "."));
    }
}
