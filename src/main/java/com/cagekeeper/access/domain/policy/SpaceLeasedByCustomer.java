package com.cagekeeper.access.domain.policy;

import java.time.Instant;
import java.util.Optional;

import com.cagekeeper.access.domain.AccessFacts;
import com.cagekeeper.access.domain.AccessPolicy;
import com.cagekeeper.access.domain.Reason;
import com.cagekeeper.access.domain.ReasonCode;

/** §3.1, §3.2 (rule 1): people enter only spaces their own customer subleases. */
public final class SpaceLeasedByCustomer implements AccessPolicy {

    @Override
    public Optional<Reason> evaluate(AccessFacts f, Instant at) {
        String customer = f.actingCustomerId();
        if (!f.spaceFound() || customer == null || customer.equals(f.spaceCustomerId())) {
            return Optional.empty();
        }
        return Optional.of(Reason.deny(ReasonCode.SPACE_NOT_LEASED_BY_CUSTOMER,
                "The space is not subleased to this person's customer (§3.1, §3.2)."));
    }
}
