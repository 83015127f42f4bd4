package com.cagekeeper.access.domain.policy;

import java.time.Instant;
import java.util.Optional;

import com.cagekeeper.access.domain.AccessFacts;
import com.cagekeeper.access.domain.AccessPolicy;
import com.cagekeeper.access.domain.Reason;
import com.cagekeeper.access.domain.ReasonCode;

/** Rule 9: unless operations waived it, a visitor is escorted by an approved person of the customer who may escort. */
public final class EscortRequired implements AccessPolicy {

    @Override
    public Optional<Reason> evaluate(AccessFacts f, Instant at) {
        if (f.kind() != AccessFacts.Kind.VISITOR || f.visit() == null || f.visit().escortWaived()
                || f.visit().escortEligible()) {
            return Optional.empty();
        }
        return Optional.of(Reason.deny(ReasonCode.ESCORT_REQUIRED,
                "The visit has no escort who is an approved person allowed to escort and to enter this space."));
    }
}
