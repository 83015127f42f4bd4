package com.cagekeeper.access.domain;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import com.cagekeeper.facility.domain.OperatingState;
import com.cagekeeper.order.domain.OrderState;
import com.cagekeeper.personnel.domain.InactivityLapse;
import com.cagekeeper.personnel.domain.PersonState;
import com.cagekeeper.space.domain.SpaceState;
import com.cagekeeper.visit.domain.VisitState;

/**
 * Rules 1 and 9: what a grant rests on. Entry is granted only on a positive basis, never
 * because no policy objected: an APPROVED person of the customer that leases the space,
 * whose approval covers the space and the instant (§3.2), or a SCHEDULED visit of that
 * customer that names the visitor, covers the space and the instant and is escorted or
 * waived (rule 9). Every policy can then only add denials. A state this version does not
 * know (of the person, the visit, the space, its order or its facility) is no basis, and
 * each state is read through an allow-list: a state added later grants nothing until a
 * rule says it may.
 */
public final class GrantBasis {

    /** Order states under which the customer holds rights in its spaces, or had them until the end (§7.6). */
    private static final Set<OrderState> RIGHTS = EnumSet.of(OrderState.ACTIVE, OrderState.TERMINATION_NOTICED,
            OrderState.TERMINATED);

    /** Space states in which the lessee may enter: leased, or awaiting its removal and restoration (§7.6(iv)). */
    private static final Set<SpaceState> ENTERABLE = EnumSet.of(SpaceState.LEASED, SpaceState.RESTORATION_DUE);
    /** Facility states in which customers enter (a DISRUPTED facility decides as usual, BCP). */
    private static final Set<OperatingState> OPEN = EnumSet.of(OperatingState.NORMAL, OperatingState.DISRUPTED);

    private final int lapseDays;

    public GrantBasis(int lapseDays) {
        this.lapseDays = lapseDays;
    }

    public boolean holds(AccessFacts f, Instant at) {
        return spaceHeldByActingCustomer(f) && switch (f.kind()) {
            case PERSON -> approvalCovers(f, at);
            case VISITOR -> visitCovers(f.visit(), at);
            case UNKNOWN -> false;
        };
    }

    private static boolean spaceHeldByActingCustomer(AccessFacts f) {
        return f.unrecognizedPerson().isEmpty() && f.unrecognizedSpace().isEmpty() && f.spaceLeasedToActingCustomer()
                && ENTERABLE.contains(f.spaceState()) && OPEN.contains(f.facilityState()) && f.facilityZone() != null
                && f.orderState() != null && RIGHTS.contains(f.orderState()) && f.termStart() != null;
    }

    private boolean approvalCovers(AccessFacts f, Instant at) {
        return f.personState() == PersonState.APPROVED && f.approvedAt() != null && f.approvalCoversSpace()
                && (f.validFrom() == null || !at.isBefore(f.validFrom()))
                && (f.validUntil() == null || at.isBefore(f.validUntil()))
                && !InactivityLapse.lapsed(f.approvedAt(), f.lastEntryAt(), at, lapseDays);
    }

    private static boolean visitCovers(AccessFacts.Visit v, Instant at) {
        return v != null && v.matchesRequestedVisit() && v.state() == VisitState.SCHEDULED && v.coversSpace()
                && !at.isBefore(v.startsAt()) && at.isBefore(v.endsAt()) && (v.escortWaived() || v.escortEligible());
    }
}
