package com.cagekeeper.access.domain.policy;

import java.time.Instant;
import java.util.Optional;

import com.cagekeeper.access.domain.AccessFacts;
import com.cagekeeper.access.domain.AccessPolicy;
import com.cagekeeper.access.domain.Reason;
import com.cagekeeper.personnel.domain.PersonState;
import com.cagekeeper.access.domain.ReasonCode;
import com.cagekeeper.personnel.domain.InactivityLapse;

/**
 * Rule 12: an approval lapses after so many days with no recorded entry. Evaluated at
 * check time, so the answer is right before the sweep marks the person EXPIRED.
 */
public final class InactiveApprovalLapses implements AccessPolicy {

    private final int lapseDays;

    public InactiveApprovalLapses(int lapseDays) {
        this.lapseDays = lapseDays;
    }

    @Override
    public Optional<Reason> evaluate(AccessFacts f, Instant at) {
        if (f.kind() != AccessFacts.Kind.PERSON) {
            return Optional.empty();
        }
        boolean expired = f.personState() == PersonState.EXPIRED;
        boolean lapsed = f.personState() == PersonState.APPROVED
                && InactivityLapse.lapsed(f.approvedAt(), f.lastEntryAt(), at, lapseDays);
        if (!expired && !lapsed) {
            return Optional.empty();
        }
        return Optional.of(Reason.deny(ReasonCode.APPROVAL_LAPSED, "No entry recorded for " + lapseDays
                + " days: the approval has lapsed and needs a new written approval."));
    }
}
