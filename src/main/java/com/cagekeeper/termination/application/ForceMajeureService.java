package com.cagekeeper.termination.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import com.cagekeeper.audit.application.AuditTrail;
import com.cagekeeper.facility.application.FacilityService;
import com.cagekeeper.order.application.OrderService;
import com.cagekeeper.order.application.OrderView;
import com.cagekeeper.space.application.SpaceService;
import com.cagekeeper.shared.domain.Actor;
import com.cagekeeper.shared.domain.Ids;
import com.cagekeeper.shared.domain.NotFound;
import com.cagekeeper.shared.domain.Page;
import com.cagekeeper.shared.domain.PageRequest;
import com.cagekeeper.shared.domain.Rejection;
import com.cagekeeper.shared.domain.RuleViolation;
import com.cagekeeper.shared.domain.StaleVersion;
import com.cagekeeper.shared.persistence.Where;
import com.cagekeeper.shared.security.CurrentActor;
import com.cagekeeper.termination.domain.AffectedOrder;
import com.cagekeeper.termination.domain.ForceMajeureDuration;
import com.cagekeeper.termination.domain.ForceMajeureEvent;

/**
 * §12.4 (rule 29): force majeure events, recorded by operations with the facilities and orders
 * they affect, ongoing until their end is recorded. A customer sees an event only when it
 * affects one of its orders, and of the orders only its own. Dates are the first facility's.
 */
@ApplicationScoped
public class ForceMajeureService {

    static final String TYPE = "ForceMajeureEvent";

    @Inject
    Clock clock;
    @Inject
    CurrentActor current;
    @Inject
    AuditTrail audit;
    @Inject
    FacilityService facilities;
    @Inject
    OrderService orders;
    @Inject
    SpaceService spaces;

    /** An event as operations records it. */
    public record Recording(String description, LocalDate startedOn, LocalDate endedOn, List<String> facilityIds,
            List<String> orderIds) {
    }

    @Transactional
    public ForceMajeureEventView record(Recording r) {
        Actor actor = current.actor();
        Set<String> facilityIds = new TreeSet<>();
        for (String id : r.facilityIds()) {
            if (!facilities.exists(Ids.canonical(id))) {
                throw RuleViolation.unprocessable(new Rejection("FACILITY_UNKNOWN", ForceMajeureDuration.CLAUSE,
                        "Facility " + id + " does not exist.").at("facilityIds"));
            }
            facilityIds.add(Ids.canonical(id));
        }
        List<String> orderIds = r.orderIds() == null ? List.of() : r.orderIds();
        if (orderIds.stream().map(Ids::canonical).collect(Collectors.toCollection(LinkedHashSet::new))
                .size() != orderIds.size()) {
            throw RuleViolation.unprocessable(new Rejection("ORDER_NAMED_TWICE", ForceMajeureDuration.CLAUSE,
                    "An event names each order it affects once.").at("orderIds"));
        }
        List<AffectedOrder> affected = new ArrayList<>();
        for (String id : orderIds) {
            OrderView o = orders.visibleTo(id, actor).orElseThrow(() -> RuleViolation.unprocessable(new Rejection(
                    "ORDER_UNKNOWN", ForceMajeureDuration.CLAUSE, "Order " + id + " does not exist.").at("orderIds")));
            // §12.4: the event affects an order through a space at one of the event's facilities
            if (o.spaceIds().stream().map(spaces::find).flatMap(Optional::stream)
                    .noneMatch(s -> facilityIds.contains(Ids.canonical(s.facilityId())))) {
                throw RuleViolation.unprocessable(new Rejection("ORDER_NOT_AT_EVENT_FACILITY",
                        ForceMajeureDuration.CLAUSE, "Order " + id + " has no space at the event's facilities;"
                                + " an event affects the orders at the facilities it struck.").at("orderIds"));
            }
            affected.add(new AffectedOrder(o.id(), o.customerId()));
        }
        LocalDate today = facilities.today(facilityIds.iterator().next());
        RuleViolation.unprocessableIf(ForceMajeureEvent.datesRefusal(r.startedOn(), r.endedOn(), today));
        ForceMajeureEvent e = ForceMajeureEvent.record(Ids.newId(clock), clock.instant(), r.description(),
                r.startedOn(), r.endedOn(), facilityIds, affected, actor.subject());
        e.persist();
        ForceMajeureEventView after = ForceMajeureEventView.of(e, actor, today);
        audit.record(actor, TYPE, e.id, "FORCE_MAJEURE_RECORDED", r.description(), null, after);
        return after;
    }

    /** §12.4: the event is over; its business days are counted through its last day. */
    @Transactional
    public ForceMajeureEventView end(String id, Long expectedVersion, LocalDate endedOn) {
        Actor actor = current.actor();
        ForceMajeureEvent e = load(id, LockModeType.PESSIMISTIC_WRITE);
        StaleVersion.check(expectedVersion, e.version);
        RuleViolation.conflictIf(e.endRefusal());
        LocalDate today = today(e);
        LocalDate on = endedOn == null ? today : endedOn;
        RuleViolation.unprocessableIf(ForceMajeureEvent.datesRefusal(e.startedOn, on, today));
        ForceMajeureEventView before = ForceMajeureEventView.of(e, actor, today);
        e.end(on, actor.subject(), clock.instant());
        return audit.change(actor, TYPE, e.id, "FORCE_MAJEURE_ENDED", null, before,
                () -> ForceMajeureEventView.of(e, actor, today));
    }

    @Transactional
    public ForceMajeureEventView get(String id) {
        ForceMajeureEvent e = load(id, LockModeType.NONE);
        return ForceMajeureEventView.of(e, current.actor(), today(e));
    }

    /**
     * Events, oldest first; a customer token lists only those affecting its orders, and filtering by
     * another customer's order finds nothing (as for an order that does not exist).
     */
    @Transactional
    public Page<ForceMajeureEventView> list(String orderId, PageRequest page) {
        Actor actor = current.actor();
        String tenant = actor.tenant().orElse(null);
        return new Where()
                .when(tenant,
                        "e.id in (select x.id from ForceMajeureEvent x join x.orders o where o.customerId = :tenant)",
                        "tenant")
                .when(Ids.canonical(orderId), tenant == null
                        ? "e.id in (select y.id from ForceMajeureEvent y join y.orders p where p.orderId = :order)"
                        : "e.id in (select y.id from ForceMajeureEvent y join y.orders p where p.orderId = :order"
                                + " and p.customerId = :tenant)",
                        "order")
                .page(ForceMajeureEvent.class, page, e -> ForceMajeureEventView.of(e, actor, today(e)));
    }

    private LocalDate today(ForceMajeureEvent e) {
        return e.facilityIds.isEmpty() ? LocalDate.now(clock) : facilities.today(new TreeSet<>(e.facilityIds).first());
    }

    /** The event, or 404: absent, malformed, or (to a customer) affecting none of its orders. */
    private ForceMajeureEvent load(String id, LockModeType lock) {
        ForceMajeureEvent e = Ids.isWellFormed(id)
                ? ForceMajeureEvent.getEntityManager().find(ForceMajeureEvent.class, Ids.canonical(id), lock)
                : null;
        Actor actor = current.actor();
        if (e == null || (actor.isCustomer() && e.orders.stream().noneMatch(o -> actor.maySee(o.customerId)))) {
            throw new NotFound(TYPE, id);
        }
        return e;
    }
}
