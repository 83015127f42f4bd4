package com.cagekeeper.access.domain.policy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.cagekeeper.access.domain.AccessFacts;
import com.cagekeeper.access.domain.AccessPolicy;
import com.cagekeeper.access.domain.Reason;
import com.cagekeeper.access.domain.ReasonCode;

/**
 * Rule 11 (fail closed): a stored state this version does not know (a state added later, or
 * a typo in a migration) is never read as harmless. It denies, naming the value, and is
 * logged once. This policy speaks for the space's side; {@link UnrecognizedPersonStateDenies} for the person's.
 */
public final class UnrecognizedStateDenies implements AccessPolicy {

    @Override
    public Optional<Reason> evaluate(AccessFacts f, Instant at) {
        return deny(ReasonCode.SPACE_STATE_UNRECOGNIZED, f.unrecognizedSpace());
    }

    static Optional<Reason> deny(ReasonCode code, List<String> unrecognized) {
        if (unrecognized.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Reason.deny(code, "A recorded state is not one this service knows ("
                + String.join(", ", unrecognized) + "); entry is denied until it is corrected."));
    }
}
