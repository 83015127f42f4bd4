package com.cagekeeper.access.domain.policy;

import java.time.Instant;
import java.util.Optional;

import com.cagekeeper.access.domain.AccessFacts;
import com.cagekeeper.access.domain.AccessPolicy;
import com.cagekeeper.access.domain.Reason;
import com.cagekeeper.access.domain.ReasonCode;

/** Rule 11 (fail closed): a person's, visit's or escort's stored state this version does not know denies. */
public final class UnrecognizedPersonStateDenies implements AccessPolicy {

    @Override
    public Optional<Reason> evaluate(AccessFacts f, Instant at) {
        return UnrecognizedStateDenies.deny(ReasonCode.PERSON_STATE_UNRECOGNIZED, f.unrecognizedPerson());
    }
}
