package com.cagekeeper.access.domain.policy;

import java.time.Instant;
import java.util.Optional;

import com.cagekeeper.access.domain.AccessFacts;
import com.cagekeeper.access.domain.AccessPolicy;
import com.cagekeeper.access.domain.Reason;
import com.cagekeeper.facility.domain.OperatingState;
import com.cagekeeper.access.domain.ReasonCode;

/** BCP (rule 8): a DISRUPTED facility decides as usual and says so, naming the backup facility. */
public final class DisruptionIsAnnounced implements AccessPolicy {

    @Override
    public Optional<Reason> evaluate(AccessFacts f, Instant at) {
        if (f.facilityState() != OperatingState.DISRUPTED) {
            return Optional.empty();
        }
        return Optional.of(Reason.notice(ReasonCode.FACILITY_DISRUPTED,
                "The facility is disrupted under the Business Continuity Plan"
                        + (f.backupFacilityCode() == null ? "." : "; the backup facility is " + f.backupFacilityCode() + ".")));
    }
}
