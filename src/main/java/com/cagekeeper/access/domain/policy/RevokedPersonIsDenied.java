package com.cagekeeper.access.domain.policy;

import java.time.Instant;
import java.util.Optional;

import com.cagekeeper.access.domain.AccessFacts;
import com.cagekeeper.access.domain.AccessPolicy;
import com.cagekeeper.access.domain.Reason;
import com.cagekeeper.personnel.domain.PersonState;
import com.cagekeeper.access.domain.ReasonCode;

/** §3.2: the provider rescinded this person's access; effective on the next check. */
public final class RevokedPersonIsDenied implements AccessPolicy {

    @Override
    public Optional<Reason> evaluate(AccessFacts f, Instant at) {
        if (f.kind() != AccessFacts.Kind.PERSON || f.personState() != PersonState.REVOKED) {
            return Optional.empty();
        }
        return Optional.of(Reason.deny(ReasonCode.REVOKED, "The provider rescinded this person's access"
                + (f.revocationReason() == null ? "" : " (" + f.revocationReason() + ")") + " under §3.2."));
    }
}
