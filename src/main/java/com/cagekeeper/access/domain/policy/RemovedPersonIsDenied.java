package com.cagekeeper.access.domain.policy;

import java.time.Instant;
import java.util.Optional;

import com.cagekeeper.access.domain.AccessFacts;
import com.cagekeeper.access.domain.AccessPolicy;
import com.cagekeeper.access.domain.Reason;
import com.cagekeeper.personnel.domain.PersonState;
import com.cagekeeper.access.domain.ReasonCode;

/** Rule 4: the customer removed this person from its list; effective on the next check. */
public final class RemovedPersonIsDenied implements AccessPolicy {

    @Override
    public Optional<Reason> evaluate(AccessFacts f, Instant at) {
        if (f.kind() != AccessFacts.Kind.PERSON || f.personState() != PersonState.REMOVED) {
            return Optional.empty();
        }
        return Optional.of(Reason.deny(ReasonCode.REMOVED,
                "The customer removed this person from its access list (§3.2)."));
    }
}
