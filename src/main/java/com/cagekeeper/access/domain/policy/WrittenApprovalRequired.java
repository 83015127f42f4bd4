package com.cagekeeper.access.domain.policy;

import java.time.Instant;
import java.util.Optional;

import com.cagekeeper.access.domain.AccessFacts;
import com.cagekeeper.access.domain.AccessPolicy;
import com.cagekeeper.access.domain.Reason;
import com.cagekeeper.personnel.domain.PersonState;
import com.cagekeeper.access.domain.ReasonCode;

/** §3.2: a person the customer asked for gets no access until the provider approves in writing. */
public final class WrittenApprovalRequired implements AccessPolicy {

    @Override
    public Optional<Reason> evaluate(AccessFacts f, Instant at) {
        if (f.kind() != AccessFacts.Kind.PERSON || f.personState() != PersonState.REQUESTED) {
            return Optional.empty();
        }
        return Optional.of(Reason.deny(ReasonCode.NOT_APPROVED,
                "The person is not yet approved in writing by the provider (§3.2)."));
    }
}
