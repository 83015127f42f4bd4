package com.cagekeeper.access.domain.policy;

import java.time.Instant;
import java.util.Optional;

import com.cagekeeper.access.domain.AccessFacts;
import com.cagekeeper.access.domain.AccessPolicy;
import com.cagekeeper.access.domain.Reason;
import com.cagekeeper.visit.domain.VisitState;
import com.cagekeeper.access.domain.ReasonCode;

/** Rule 9: a visitor enters only on a scheduled visit that names them and covers the space and the time. */
public final class VisitMustCoverVisitor implements AccessPolicy {

    @Override
    public Optional<Reason> evaluate(AccessFacts f, Instant at) {
        if (f.kind() != AccessFacts.Kind.VISITOR) {
            return Optional.empty();
        }
        AccessFacts.Visit v = f.visit();
        if (v == null || !v.matchesRequestedVisit()) {
            return Optional.of(Reason.deny(ReasonCode.VISIT_NOT_COVERING, "The visitor is not named on this visit."));
        }
        if (v.state() == VisitState.CANCELLED) {
            return Optional.of(Reason.deny(ReasonCode.VISIT_CANCELLED, "The visit was cancelled."));
        }
        if (!v.coversSpace()) {
            return Optional.of(Reason.deny(ReasonCode.VISIT_NOT_COVERING, "The visit does not cover this space."));
        }
        if (at.isBefore(v.startsAt()) || !at.isBefore(v.endsAt())) {
            return Optional.of(Reason.deny(ReasonCode.VISIT_NOT_COVERING,
                    "The visit runs from " + v.startsAt() + " to " + v.endsAt() + "."));
        }
        return Optional.empty();
    }
}
