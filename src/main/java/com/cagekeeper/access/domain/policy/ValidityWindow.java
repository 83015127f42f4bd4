package com.cagekeeper.access.domain.policy;

import java.time.Instant;
import java.util.Optional;

import com.cagekeeper.access.domain.AccessFacts;
import com.cagekeeper.access.domain.AccessPolicy;
import com.cagekeeper.access.domain.Reason;
import com.cagekeeper.personnel.domain.PersonState;
import com.cagekeeper.access.domain.ReasonCode;

/** §3.2 (rule 1): an approval holds only inside its validity window. */
public final class ValidityWindow implements AccessPolicy {

    @Override
    public Optional<Reason> evaluate(AccessFacts f, Instant at) {
        if (f.kind() != AccessFacts.Kind.PERSON || f.personState() != PersonState.APPROVED) {
            return Optional.empty();
        }
        boolean early = f.validFrom() != null && at.isBefore(f.validFrom());
        boolean late = f.validUntil() != null && !at.isBefore(f.validUntil());
        if (!early && !late) {
            return Optional.empty();
        }
        return Optional.of(Reason.deny(ReasonCode.OUTSIDE_VALIDITY, early
                ? "The approval is valid only from " + f.validFrom() + " (§3.2)."
                : "The approval ended at " + f.validUntil() + " (§3.2)."));
    }
}
