package com.cagekeeper.access.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.cagekeeper.access.domain.policy.ApprovalCoversSpace;
import com.cagekeeper.access.domain.policy.DisruptionIsAnnounced;
import com.cagekeeper.access.domain.policy.EscortRequired;
import com.cagekeeper.access.domain.policy.InactiveApprovalLapses;
import com.cagekeeper.access.domain.policy.LienRestrictionDenies;
import com.cagekeeper.access.domain.policy.LockdownDeniesCustomers;
import com.cagekeeper.access.domain.policy.OrderEndedLimitsEntry;
import com.cagekeeper.access.domain.policy.PersonMustBeKnown;
import com.cagekeeper.access.domain.policy.RemovedPersonIsDenied;
import com.cagekeeper.access.domain.policy.RevokedPersonIsDenied;
import com.cagekeeper.access.domain.policy.SpaceLeasedByCustomer;
import com.cagekeeper.access.domain.policy.SpaceMustBeKnown;
import com.cagekeeper.access.domain.policy.SuspendedSpaceIsClosed;
import com.cagekeeper.access.domain.policy.UnrecognizedPersonStateDenies;
import com.cagekeeper.access.domain.policy.UnrecognizedStateDenies;
import com.cagekeeper.access.domain.policy.ValidityWindow;
import com.cagekeeper.access.domain.policy.VisitMustCoverVisitor;
import com.cagekeeper.access.domain.policy.WrittenApprovalRequired;
import com.cagekeeper.personnel.domain.InactivityLapse;

/**
 * The access decision (rules 1-12). Entry is GRANTED only on a positive basis ({@link GrantBasis}:
 * an approval or a visit that covers the person, the space and the instant) and when no
 * policy denies; every policy runs and every reason is kept, not only the first. Without a
 * basis and without another reason the answer is DENIED with NO_ACCESS_BASIS. Access is 24x7
 * (§3.2): no policy looks at the hour. Leaving is never refused.
 */
public final class AccessRules {

    private final List<AccessPolicy> policies;
    private final int lapseDays;
    private final OrderEndedLimitsEntry orderEnded;
    private final GrantBasis basis;

    public AccessRules(int lapseDays, int removalWindowDays) {
        this.lapseDays = lapseDays;
        this.orderEnded = new OrderEndedLimitsEntry(removalWindowDays);
        this.basis = new GrantBasis(lapseDays);
        this.policies = List.of(
                new UnrecognizedPersonStateDenies(),
                new UnrecognizedStateDenies(),
                new PersonMustBeKnown(),
                new SpaceMustBeKnown(),
                new LockdownDeniesCustomers(),
                new DisruptionIsAnnounced(),
                new WrittenApprovalRequired(),
                new RevokedPersonIsDenied(),
                new RemovedPersonIsDenied(),
                new InactiveApprovalLapses(lapseDays),
                new ValidityWindow(),
                new ApprovalCoversSpace(),
                new SpaceLeasedByCustomer(),
                new SuspendedSpaceIsClosed(),
                new LienRestrictionDenies(),
                orderEnded,
                new VisitMustCoverVisitor(),
                new EscortRequired());
    }

    public AccessDecision decide(AccessFacts facts, Instant at, Direction direction) {
        if (direction == Direction.OUT) {
            // Nobody is ever kept inside: an exit is recorded, never refused.
            return new AccessDecision(Decision.GRANTED, List.of(), null, false);
        }
        List<Reason> reasons = new ArrayList<>();
        boolean denied = false;
        for (AccessPolicy policy : policies) {
            var reason = policy.evaluate(facts, at);
            if (reason.isPresent()) {
                reasons.add(reason.get());
                denied |= reason.get().denies();
            }
        }
        if (!denied && !basis.holds(facts, at)) {
            reasons.add(Reason.deny(ReasonCode.NO_ACCESS_BASIS,
                    "No written approval or visit covers this person, this space and this instant (§3.2)."));
            denied = true;
        }
        if (denied) {
            return new AccessDecision(Decision.DENIED, List.copyOf(reasons), null, false);
        }
        boolean escort = facts.kind() == AccessFacts.Kind.VISITOR && !facts.visit().escortWaived();
        return new AccessDecision(Decision.GRANTED, List.copyOf(reasons), validUntil(facts, reasons), escort);
    }

    /** The earliest instant at which a grant stops holding: validity end, lapse, visit or escort end, end of rights. */
    private Instant validUntil(AccessFacts f, List<Reason> reasons) {
        Instant until = null;
        if (f.kind() == AccessFacts.Kind.PERSON) {
            until = earliest(until, f.validUntil());
            until = earliest(until, InactivityLapse.lapsesAt(f.approvedAt(), f.lastEntryAt(), lapseDays));
        } else if (f.visit() != null) {
            until = earliest(until, f.visit().endsAt());
            if (!f.visit().escortWaived()) {
                // an escorted visitor may stay no longer than the escort may (rule 9)
                until = earliest(until, f.visit().escortValidUntil());
            }
        }
        Instant rightsEnd = OrderTerm.rightsEndAt(f.orderState(), f.termStart(), f.termMonths(), f.terminatedOn(),
                f.facilityZone());
        if (rightsEnd != null) {
            boolean removalOnly = reasons.stream().anyMatch(r -> r.code().equals(ReasonCode.REMOVAL_ONLY.name()));
            until = earliest(until, removalOnly ? orderEnded.removalWindowEnd(rightsEnd, f.facilityZone()) : rightsEnd);
        }
        return until;
    }

    /** The earlier of two instants, where null means no bound. */
    public static Instant earliest(Instant a, Instant b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }
}
