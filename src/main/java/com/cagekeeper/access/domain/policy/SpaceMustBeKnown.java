package com.cagekeeper.access.domain.policy;

import java.time.Instant;
import java.util.Optional;

import com.cagekeeper.access.domain.AccessFacts;
import com.cagekeeper.access.domain.AccessPolicy;
import com.cagekeeper.access.domain.Reason;
import com.cagekeeper.access.domain.ReasonCode;

/** §3.1: a check names a space this service knows. */
public final class SpaceMustBeKnown implements AccessPolicy {

    @Override
    public Optional<Reason> evaluate(AccessFacts f, Instant at) {
        if (f.spaceFound()) {
            return Optional.empty();
        }
        return Optional.of(Reason.deny(ReasonCode.SPACE_UNKNOWN, "No space has this id."));
    }
}
