package com.cagekeeper.access.domain.policy;

import java.time.Instant;
import java.util.Optional;

import com.cagekeeper.access.domain.AccessFacts;
import com.cagekeeper.access.domain.AccessPolicy;
import com.cagekeeper.access.domain.Reason;
import com.cagekeeper.access.domain.ReasonCode;

/** §3.2: only people identified to the provider may enter; an id this service does not know is denied. */
public final class PersonMustBeKnown implements AccessPolicy {

    @Override
    public Optional<Reason> evaluate(AccessFacts f, Instant at) {
        if (f.kind() != AccessFacts.Kind.UNKNOWN) {
            return Optional.empty();
        }
        return Optional.of(Reason.deny(ReasonCode.PERSON_UNKNOWN,
                "No approved person or named visitor has this id; access is limited to people identified to the provider (§3.2)."));
    }
}
