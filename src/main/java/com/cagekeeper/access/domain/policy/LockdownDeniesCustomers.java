package com.cagekeeper.access.domain.policy;

import java.time.Instant;
import java.util.Optional;

import com.cagekeeper.access.domain.AccessFacts;
import com.cagekeeper.access.domain.AccessPolicy;
import com.cagekeeper.access.domain.Reason;
import com.cagekeeper.facility.domain.OperatingState;
import com.cagekeeper.access.domain.ReasonCode;

/** BCP (rule 8): a facility in LOCKDOWN admits no customer person. */
public final class LockdownDeniesCustomers implements AccessPolicy {

    @Override
    public Optional<Reason> evaluate(AccessFacts f, Instant at) {
        if (f.facilityState() != OperatingState.LOCKDOWN) {
            return Optional.empty();
        }
        return Optional.of(Reason.deny(ReasonCode.FACILITY_LOCKDOWN,
                "The facility is in lockdown under the Business Continuity Plan; no customer entry"
                        + (f.backupFacilityCode() == null ? "." : "; the backup facility is " + f.backupFacilityCode() + ".")));
    }
}
