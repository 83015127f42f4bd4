package com.cagekeeper.access.application;

import java.util.ArrayList;
import java.util.List;

import com.cagekeeper.access.domain.AccessFacts;
import com.cagekeeper.access.domain.Decision;
import com.cagekeeper.access.domain.Direction;
import com.cagekeeper.access.domain.ReasonCode;
import com.cagekeeper.shared.domain.Actor;

/**
 * What a {@code customer} token may see of an access decision or an access event: the one
 * place that decides it. A check involves two parties, the customer of the person (or
 * visit) and the customer that leases the space; a customer sees its own side only. Of the
 * other side it learns no id and no reason: another customer's person (or a person that
 * does not exist) reads as PERSON_UNKNOWN, and a space it does not lease (another
 * customer's, unleased, or absent) reads as SPACE_NOT_LEASED_BY_CUSTOMER, whatever else is
 * true of it (suspended, locked down, ended), nor in which facility it is. Provider staff
 * see everything. The event list's filters keep to the same sides (AccessEventService).
 */
final class CustomerLens {

    static final AccessCheckView.ReasonView PERSON_NOT_YOURS = new AccessCheckView.ReasonView(
            ReasonCode.PERSON_UNKNOWN.name(), ReasonCode.PERSON_UNKNOWN.clause(),
            "No approved person or named visitor of yours has this id (§3.2).");
    static final AccessCheckView.ReasonView SPACE_NOT_YOURS = new AccessCheckView.ReasonView(
            ReasonCode.SPACE_NOT_LEASED_BY_CUSTOMER.name(), ReasonCode.SPACE_NOT_LEASED_BY_CUSTOMER.clause(),
            "The space is not subleased to you (§3.1, §3.2).");

    private final boolean ownPerson;
    private final boolean ownSpace;

    private CustomerLens(boolean ownPerson, boolean ownSpace) {
        this.ownPerson = ownPerson;
        this.ownSpace = ownSpace;
    }

    /** The lens of an actor on a check between these two parties; null when the actor sees everything. */
    static CustomerLens of(Actor actor, String personCustomerId, String spaceCustomerId) {
        return actor.tenant()
                .map(t -> new CustomerLens(t.equals(personCustomerId), t.equals(spaceCustomerId)))
                .orElse(null);
    }

    /**
     * A decision as the actor may see it. Entry for a person or at a space that is not the
     * customer's own reads DENIED, whatever the facts it cannot see say; an exit stays granted.
     */
    static AccessCheckView decision(Actor actor, AccessFacts f, Direction direction, AccessCheckView full) {
        CustomerLens lens = of(actor, f.actingCustomerId(), f.spaceCustomerId());
        if (lens == null || lens.seesAll()) {
            return full;
        }
        Decision shown = direction == Direction.OUT ? full.decision() : Decision.DENIED;
        return new AccessCheckView(shown, lens.reasons(shown, full.reasons()), null,
                lens.ownPerson && full.escortRequired(), full.at(), full.eventId());
    }

    static AccessEventView event(Actor actor, AccessEventView full) {
        CustomerLens lens = of(actor, full.customerId(), full.spaceCustomerId());
        if (lens == null || lens.seesAll()) {
            return full;
        }
        boolean person = lens.ownPerson;
        boolean space = lens.ownSpace;
        return new AccessEventView(full.id(), full.at(), full.checkedAt(), full.actorSubject(),
                person ? full.personId() : null, person ? full.personKind() : AccessFacts.Kind.UNKNOWN,
                person ? full.visitId() : null, space ? full.spaceId() : null, space ? full.facilityId() : null,
                person ? full.customerId() : null, space ? full.spaceCustomerId() : null, full.direction(),
                full.decision(), lens.reasons(full.decision(), full.reasons()), null,
                person && full.escortRequired());
    }

    private boolean seesAll() {
        return ownPerson && ownSpace;
    }

    /**
     * A stand-in for each side that is not the viewer's own, and of the reasons only those
     * about its own space: of a space it does not lease nothing is said but that (even
     * whether the approval covers it would tell that the space exists).
     */
    private List<AccessCheckView.ReasonView> reasons(Decision decision, List<AccessCheckView.ReasonView> all) {
        if (decision != Decision.DENIED) {
            return all.stream().filter(r -> side(r) == ReasonCode.Side.PERSON ? ownPerson
                    : side(r) == ReasonCode.Side.SPACE && ownSpace).toList();
        }
        List<AccessCheckView.ReasonView> seen = new ArrayList<>();
        if (!ownPerson) {
            seen.add(PERSON_NOT_YOURS);
        }
        if (!ownSpace) {
            seen.add(SPACE_NOT_YOURS);
            return List.copyOf(seen);
        }
        for (AccessCheckView.ReasonView r : all) {
            if (side(r) == ReasonCode.Side.SPACE && !r.code().equals(ReasonCode.SPACE_NOT_LEASED_BY_CUSTOMER.name())) {
                seen.add(r);
            }
        }
        return List.copyOf(seen);
    }

    /** The side a reason speaks about; a code this version does not know is treated as the other party's. */
    private static ReasonCode.Side side(AccessCheckView.ReasonView r) {
        ReasonCode code = ReasonCode.named(r.code());
        return code == null ? null : code.side();
    }
}
