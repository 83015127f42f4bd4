package com.cagekeeper.order.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.cagekeeper.audit.application.AuditTrail;
import com.cagekeeper.customer.application.CustomerService;
import com.cagekeeper.order.domain.Order;
import com.cagekeeper.order.domain.OrderState;
import com.cagekeeper.shared.domain.Actor;
import com.cagekeeper.shared.domain.Ids;
import com.cagekeeper.shared.domain.InvalidInput;
import com.cagekeeper.shared.domain.Money;
import com.cagekeeper.shared.domain.NotFound;
import com.cagekeeper.shared.domain.Page;
import com.cagekeeper.shared.domain.PageRequest;
import com.cagekeeper.shared.domain.Representable;
import com.cagekeeper.shared.domain.RuleViolation;
import com.cagekeeper.shared.domain.StaleVersion;
import com.cagekeeper.shared.persistence.Where;
import com.cagekeeper.shared.security.CurrentActor;
import com.cagekeeper.space.application.SpaceService;
import com.cagekeeper.space.application.SpaceView;

/**
 * Orders (Sales Order Forms): placed, activated and cancelled by operations; ended
 * automatically when a space's underlying lease ends (§3.4). Customers read their own.
 */
@ApplicationScoped
public class OrderService {

    static final String TYPE = "Order";

    @Inject
    Clock clock;
    @Inject
    CurrentActor current;
    @Inject
    AuditTrail audit;
    @Inject
    CustomerService customers;
    @Inject
    SpaceService spaces;
    @Inject
    OrderSpacesReleased released;

    @Transactional
    public OrderView place(String customerId, List<String> spaceIds, Order.Terms terms) {
        if (!terms.monthlyFee().currency().equals(terms.minimumMonthlyBilling().currency())) {
            throw new InvalidInput("minimumMonthlyBilling.currency", "must be the currency of monthlyFee");
        }
        if (!Money.isKnownCurrency(terms.monthlyFee().currency())) {
            throw new InvalidInput("monthlyFee.currency", "is not an ISO 4217 currency");
        }
        if (!Representable.date(Order.termEnd(terms.termStart(), terms.termMonths()))) {
            throw new InvalidInput("termStart", "the term must end by " + Representable.LAST_DAY + ", and "
                    + terms.termMonths() + " months from this date would not");
        }
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(spaceIds));
        if (distinct.size() != spaceIds.size()) {
            throw new InvalidInput("spaceIds", "must not name a space twice");
        }
        if (!customers.visible(customerId)) {
            throw RuleViolation.unprocessable("CUSTOMER_UNKNOWN", null, "Customer " + customerId + " does not exist.");
        }
        spaces.requireExisting(distinct);
        Order o = Order.place(Ids.newId(clock), clock.instant(), customerId, distinct, terms);
        o.persist();
        OrderView after = OrderView.of(o);
        audit.record(current.actor(), TYPE, o.id, "ORDER_PLACED", null, null, after);
        return after;
    }

    /** §3.1, §7.1: activation subleases the order's spaces to the customer; each must be free. */
    @Transactional
    public OrderView activate(String id, Long expectedVersion, LocalDate activationDate) {
        Order o = load(id);
        StaleVersion.check(expectedVersion, o.version);
        RuleViolation.conflictIf(o.activationRefusal());
        OrderView before = OrderView.of(o);
        spaces.leaseTo(o.spaceIds, o.customerId, o.id, "Order " + o.id + " activated");
        // §7.1: the activation date defaults to today at the facility of the order's (first) space
        o.activate(activationDate == null ? spaces.today(o.spaceIds.get(0)) : activationDate, clock.instant());
        return changed(o, before, "ORDER_ACTIVATED", null, current.actor());
    }

    /** §7.5: cancellation before activation; the fee is the costs incurred so far. */
    @Transactional
    public OrderView cancel(String id, Long expectedVersion, String reason, Money costsIncurred) {
        Order o = load(id);
        StaleVersion.check(expectedVersion, o.version);
        RuleViolation.conflictIf(o.cancellationRefusal());
        if (costsIncurred != null && !costsIncurred.currency().equals(o.monthlyFee.currency())) {
            throw new InvalidInput("costsIncurred.currency", "must be the order's currency, " + o.monthlyFee.currency());
        }
        OrderView before = OrderView.of(o);
        o.cancel(reason, costsIncurred == null ? Money.zero(o.monthlyFee.currency()) : costsIncurred,
                clock.instant());
        return changed(o, before, "ORDER_CANCELLED", reason, current.actor());
    }

    /**
     * §3.4: when the underlying agreement for a space terminates, every order for that space
     * terminates automatically: an active one ends (its spaces await removal and restoration,
     * §7.6), a pending one can never be activated and is cancelled without fee.
     */
    @Transactional
    public SpaceView underlyingLeaseEnded(String spaceId, Long expectedVersion, LocalDate effectiveDate,
            String reason) {
        SpaceView space = spaces.underlyingLeaseEnded(spaceId, expectedVersion, effectiveDate, reason);
        Actor actor = current.actor();
        String why = fit("Underlying lease of space " + space.code() + " ended on " + effectiveDate
                + (reason == null ? "" : ": " + reason));
        for (Order o : Order.liveForSpace(spaceId)) {
            OrderView before = OrderView.of(o);
            if (o.state == OrderState.PENDING_ACTIVATION) {
                o.cancel(why, Money.zero(o.monthlyFee.currency()), clock.instant());
                changed(o, before, "ORDER_CANCELLED", why + " (§3.4)", actor);
            } else {
                o.terminate(effectiveDate, why, "§3.4", clock.instant());
                spaces.awaitRestoration(o.spaceIds, o.id, actor, why + " (§3.4, §7.6)");
                released.spacesReleased(o.id, o.spaceIds, actor, why + " (§3.4, §7.6)");
                changed(o, before, "ORDER_TERMINATED", why + " (§3.4)", actor);
            }
        }
        return spaces.get(spaceId);
    }

    /**
     * Rule 20 (§3.2): the order's lease moved with the equipment: its list of spaces names the new
     * space where it named the old one. In the caller's transaction, with the order's row locked.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void moveSpace(String orderId, String fromSpaceId, String toSpaceId, String reason) {
        Order o = Order.findById(orderId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        int at = o == null ? -1 : o.spaceIds.indexOf(fromSpaceId);
        if (at < 0) {
            throw RuleViolation.conflict("SPACE_NOT_IN_ORDER", "§3.2",
                    "Order " + orderId + " does not lease space " + fromSpaceId + "; nothing to relocate.");
        }
        OrderView before = OrderView.of(o);
        o.spaceIds.set(at, toSpaceId);
        o.touch(clock.instant());
        changed(o, before, "ORDER_SPACE_RELOCATED", reason, current.actor());
    }

    /**
     * §3.2: the order whose lease a relocation moves, its row locked first (as a termination and
     * the scheduled end lock it before its spaces) and read fresh; empty when no such order.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public java.util.Optional<OrderView> lockForRelocation(String orderId) {
        Order o = Ids.isWellFormed(orderId) ? Order.findById(Ids.canonical(orderId),
                jakarta.persistence.LockModeType.PESSIMISTIC_WRITE) : null;
        if (o == null) {
            return java.util.Optional.empty();
        }
        Order.getEntityManager().refresh(o);
        return java.util.Optional.of(OrderView.of(o));
    }

    /** The order when it exists and the actor may see it, for features whose requests name an order. */
    @Transactional(Transactional.TxType.MANDATORY)
    public java.util.Optional<OrderView> visibleTo(String orderId, Actor actor) {
        Order o = Ids.isWellFormed(orderId) ? Order.findById(Ids.canonical(orderId)) : null;
        return o == null || !actor.maySee(o.customerId) ? java.util.Optional.empty()
                : java.util.Optional.of(OrderView.of(o));
    }

    /** What a termination reads of an order: its customer, its term, its minimum and today at its facility. */
    public record TerminationFacts(String orderId, String customerId, LocalDate termStart, int termMonths,
            Money minimumMonthlyBilling, LocalDate today) {
    }

    /**
     * §7.2, §7.3, §12.4: the order a termination is for, locked against a concurrent one; empty
     * when it does not exist or the actor may not see it (the caller answers 422); 409 unless ACTIVE.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public java.util.Optional<TerminationFacts> lockForTermination(String orderId, Actor actor) {
        Order o = Ids.isWellFormed(orderId) ? Order.getEntityManager().find(Order.class, Ids.canonical(orderId),
                jakarta.persistence.LockModeType.PESSIMISTIC_WRITE) : null;
        if (o == null || !actor.maySee(o.customerId)) {
            return java.util.Optional.empty();
        }
        RuleViolation.conflictIf(o.terminationRefusal());
        return java.util.Optional.of(new TerminationFacts(o.id, o.customerId, o.termStart, o.termMonths,
                o.minimumMonthlyBilling, spaces.today(o.spaceIds.get(0))));
    }

    /**
     * §7.2, §7.3, §12.4: a termination is given. The order is TERMINATION_NOTICED until the
     * effective date, when the scheduled end makes it TERMINATED; its rights end at the door from
     * the start of that date either way. Effective today, it is TERMINATED now and its spaces
     * await removal and restoration (§7.6). The date lies from today to the term's end (422).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public OrderView terminationGiven(String orderId, LocalDate effectiveOn, String reason, String clause,
            Actor actor) {
        Order o = Order.findById(Ids.canonical(orderId));
        RuleViolation.conflictIf(o.terminationRefusal());
        LocalDate today = spaces.today(o.spaceIds.get(0));
        RuleViolation.unprocessableIf(o.effectiveDateRefusal(effectiveOn, today));
        OrderView before = OrderView.of(o);
        String why = fit(reason);
        o.terminationGiven(effectiveOn, why, clause, clock.instant());
        if (!o.endDueOn(today)) {
            return changed(o, before, "ORDER_TERMINATION_NOTICED", why + " (" + clause + ")", actor);
        }
        o.terminationTakesEffect(clock.instant());
        spaces.awaitRestoration(o.spaceIds, o.id, actor, why + " (" + clause + ", §7.6)");
        released.spacesReleased(o.id, o.spaceIds, actor, why + " (" + clause + ", §7.6)");
        return changed(o, before, "ORDER_TERMINATED", why + " (" + clause + ")", actor);
    }

    /** What one pass of the scheduled end did: the orders it looked at (the last of them) and those it ended. */
    public record EndPass(int seen, String lastId, int ended) {
    }

    /**
     * §7.2-§7.6: ends, after an id, the orders whose end has come at their facility: a given
     * termination whose effective date has come becomes TERMINATED, an active order whose term ran
     * out is TERMINATED on the day after its last day (expiry); either way its spaces await removal
     * and restoration. Each is locked and read fresh, so a second or late run changes nothing more.
     */
    @Transactional
    public EndPass endDue(String afterId, int batch) {
        List<Order> candidates = Order.endingBy(LocalDate.now(clock).plusDays(1), afterId, batch);
        int ended = 0;
        for (Order o : candidates) {
            LocalDate today = spaces.today(o.spaceIds.get(0));
            if (!o.endDueOn(today)) {
                continue;
            }
            OrderView before = OrderView.of(o);
            String why;
            if (o.state == OrderState.TERMINATION_NOTICED) {
                o.terminationTakesEffect(clock.instant());
                why = "Termination effective on " + o.terminatedOn + " (" + o.terminationClause + ")";
            } else {
                o.expire(clock.instant());
                why = "Term ran out: expired on " + o.terminatedOn + " (§7.1, §7.6)";
            }
            spaces.awaitRestoration(o.spaceIds, o.id, Actor.SYSTEM, why);
            released.spacesReleased(o.id, o.spaceIds, Actor.SYSTEM, why);
            changed(o, before, "ORDER_TERMINATED", why, Actor.SYSTEM);
            ended++;
        }
        return new EndPass(candidates.size(), candidates.isEmpty() ? afterId : candidates.get(candidates.size() - 1).id,
                ended);
    }

    /** The order when it exists and is the customer's, for features that bill or act against an order. */
    @Transactional(Transactional.TxType.MANDATORY)
    public java.util.Optional<OrderView> ofCustomer(String orderId, String customerId) {
        Order o = Ids.isWellFormed(orderId) ? Order.findById(Ids.canonical(orderId)) : null;
        return o == null || !o.customerId.equals(Ids.canonical(customerId)) ? java.util.Optional.empty()
                : java.util.Optional.of(OrderView.of(o));
    }

    @Transactional
    public OrderView get(String id) {
        return OrderView.of(load(id));
    }

    @Transactional
    public Page<OrderView> list(String customerId, OrderState state, String spaceId, PageRequest page) {
        Actor actor = current.actor();
        if (customerId != null && !actor.maySee(customerId)) {
            return new Page<>(List.of(), null);
        }
        return new Where().eq("e.customerId", actor.tenant().orElse(customerId)).eq("e.state", state)
                .when(spaceId, ":space member of e.spaceIds", "space")
                .page(Order.class, page, OrderView::of);
    }

    private OrderView changed(Order o, OrderView before, String action, String reason, Actor actor) {
        return audit.change(actor, TYPE, o.id, action, reason, before, () -> OrderView.of(o));
    }

    /** A composed reason within what an order keeps (1,000 characters); the space keeps the caller's own in full. */
    private static String fit(String reason) {
        return reason.length() <= 1000 ? reason : reason.substring(0, 999) + "\u2026";
    }

    private Order load(String id) {
        Order o = Ids.isWellFormed(id) ? Order.findById(id) : null;
        if (o == null || !current.actor().maySee(o.customerId)) {
            throw new NotFound(TYPE, id);
        }
        return o;
    }
}
