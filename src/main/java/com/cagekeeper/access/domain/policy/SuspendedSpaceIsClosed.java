package com.cagekeeper.access.domain.policy;

import java.time.Instant;
import java.util.Optional;

import com.cagekeeper.access.domain.AccessFacts;
import com.cagekeeper.access.domain.AccessPolicy;
import com.cagekeeper.access.domain.Reason;
import com.cagekeeper.access.domain.ReasonCode;

/** §3.2 (rule 5): while operations in a space are suspended, no customer person enters it. */
public final class SuspendedSpaceIsClosed implements AccessPolicy {

    @Override
    public Optional<Reason> evaluate(AccessFacts f, Instant at) {
        if (f.suspensionReason() == null) {
            return Optional.empty();
        }
        return Optional.of(Reason.deny(ReasonCode.SPACE_SUSPENDED,
                "The provider suspended the customer's operations in this space (" + f.suspensionReason() + ", §3.2)."));
    }
}
