package com.cagekeeper.access.domain.policy;

import java.time.Instant;
import java.util.Optional;

import com.cagekeeper.access.domain.AccessFacts;
import com.cagekeeper.access.domain.AccessPolicy;
import com.cagekeeper.access.domain.Reason;

/** §3.2: the provider rescinded this person's access; effective on the next check. */
public final class RevokedPersonIsDenied implements AccessPolicy {

    @Override
    public Optional<Reason> evaluate(AccessFacts f, Instant at) {
        if (f.kind() != AccessFacts.Kind.PERSON || !"REVOKED".equals(f.personState())) {
            return Optional.empty();
        }
        return Optional.of(Reason.deny("REVOKED", "§3.2", "The provider rescinded this person's access"
                + (f.revocationReason() == null ? "" : " (" + f.revocationReason() + ")") + " under §3.2."));
    }
}
