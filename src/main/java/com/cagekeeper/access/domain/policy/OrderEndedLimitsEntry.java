package com.cagekeeper.access.domain.policy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import com.cagekeeper.access.domain.AccessFacts;
import com.cagekeeper.access.domain.AccessPolicy;
import com.cagekeeper.access.domain.OrderTerm;
import com.cagekeeper.access.domain.Reason;
import com.cagekeeper.visit.domain.VisitPurpose;
import com.cagekeeper.access.domain.ReasonCode;
import com.cagekeeper.shared.domain.RemovalWindow;

/**
 * §7.6 (rule 7): when the order ends, the customer's rights to the space cease on the
 * effective date. Afterwards, entry is only to remove equipment and restore the space,
 * within the removal window, by a person flagged may-remove-equipment or on a visit for
 * that purpose; that entry is granted with a notice saying so.
 */
public final class OrderEndedLimitsEntry implements AccessPolicy {

    private final RemovalWindow window;

    public OrderEndedLimitsEntry(int removalWindowDays) {
        this.window = new RemovalWindow(removalWindowDays);
    }

    @Override
    public Optional<Reason> evaluate(AccessFacts f, Instant at) {
        Instant end = OrderTerm.rightsEndAt(f.orderState(), f.termStart(), f.termMonths(), f.terminatedOn(),
                f.facilityZone());
        if (end == null || at.isBefore(end) || f.actingCustomerId() == null
                || !f.actingCustomerId().equals(f.spaceCustomerId())) {
            return Optional.empty();
        }
        Instant windowEnd = removalWindowEnd(end, f.facilityZone());
        boolean removalEntry = f.kind() == AccessFacts.Kind.PERSON ? f.mayRemoveEquipment()
                : f.visit() != null && f.visit().purpose() == VisitPurpose.EQUIPMENT_REMOVAL;
        if (removalEntry && at.isBefore(windowEnd)) {
            return Optional.of(Reason.notice(ReasonCode.REMOVAL_ONLY,
                    "The order ended; entry is only to remove equipment and restore the space, until " + windowEnd
                            + "."));
        }
        return Optional.of(Reason.deny(ReasonCode.ORDER_ENDED, "The order for this space ended at " + end
                + "; the customer's rights to it have ceased"
                + (removalEntry ? " and the removal window closed at " + windowEnd + "." : ".")));
    }

    /** Whole days in the facility's zone, like the rights' end: the window closes at local midnight, even across DST. */
    public Instant removalWindowEnd(Instant rightsEnd, ZoneId zone) {
        return window.closesAt(rightsEnd, zone);
    }
}
