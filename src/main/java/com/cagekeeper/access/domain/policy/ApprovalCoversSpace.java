package com.cagekeeper.access.domain.policy;

import java.time.Instant;
import java.util.Optional;

import com.cagekeeper.access.domain.AccessFacts;
import com.cagekeeper.access.domain.AccessPolicy;
import com.cagekeeper.access.domain.Reason;
import com.cagekeeper.access.domain.ReasonCode;

/** §3.2 (rule 1): an approval covers the spaces it names, or all of the customer's spaces. */
public final class ApprovalCoversSpace implements AccessPolicy {

    @Override
    public Optional<Reason> evaluate(AccessFacts f, Instant at) {
        if (f.kind() != AccessFacts.Kind.PERSON || !f.spaceFound() || f.approvalCoversSpace()) {
            return Optional.empty();
        }
        return Optional.of(Reason.deny(ReasonCode.APPROVAL_NOT_COVERING_SPACE,
                "The person's approval does not cover this space (§3.2)."));
    }
}
