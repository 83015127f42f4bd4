package com.cagekeeper.access.domain.policy;

import java.time.Instant;
import java.util.Optional;

import com.cagekeeper.access.domain.AccessFacts;
import com.cagekeeper.access.domain.AccessPolicy;
import com.cagekeeper.access.domain.Reason;
import com.cagekeeper.access.domain.ReasonCode;

/**
 * §3.5(a), rule 6: while a lien action restricting a space stands, the customer's people and
 * its visits are denied entry there. (Provider staff are not on a customer's access list.)
 */
public final class LienRestrictionDenies implements AccessPolicy {

    @Override
    public Optional<Reason> evaluate(AccessFacts f, Instant at) {
        if (!f.lienRestricted()) {
            return Optional.empty();
        }
        return Optional.of(Reason.deny(ReasonCode.LIEN_RESTRICTED,
                "The provider restricted the customer's access to this space while enforcing its lien for"
                        + " nonpayment (§3.5(a))."));
    }
}
