package com.cagekeeper.termination.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import com.cagekeeper.audit.application.AuditTrail;
import com.cagekeeper.billing.application.ChargeService;
import com.cagekeeper.billing.application.InvoiceService;
import com.cagekeeper.customer.application.CustomerService;
import com.cagekeeper.notice.application.NoticeService;
import com.cagekeeper.notice.application.NoticeView;
import com.cagekeeper.order.application.OrderService;
import com.cagekeeper.order.application.OrderView;
import com.cagekeeper.shared.domain.Actor;
import com.cagekeeper.shared.domain.ChargeKind;
import com.cagekeeper.shared.domain.Ids;
import com.cagekeeper.shared.domain.Money;
import com.cagekeeper.shared.domain.NoticeSubject;
import com.cagekeeper.shared.domain.Page;
import com.cagekeeper.shared.domain.PageRequest;
import com.cagekeeper.shared.domain.Rejection;
import com.cagekeeper.shared.domain.RuleViolation;
import com.cagekeeper.shared.domain.StaleVersion;
import com.cagekeeper.shared.persistence.CustomerOwned;
import com.cagekeeper.shared.persistence.Where;
import com.cagekeeper.shared.security.CurrentActor;
import com.cagekeeper.termination.domain.Breach;
import com.cagekeeper.termination.domain.BreachCurePeriod;
import com.cagekeeper.termination.domain.BreachState;
import com.cagekeeper.termination.domain.ForceMajeureDuration;
import com.cagekeeper.termination.domain.ForceMajeureEvent;
import com.cagekeeper.termination.domain.NoticeUse;
import com.cagekeeper.termination.domain.Party;
import com.cagekeeper.termination.domain.Termination;
import com.cagekeeper.termination.domain.TerminationBasis;
import com.cagekeeper.termination.domain.TerminationCause;
import com.cagekeeper.termination.domain.TerminationFee;
import com.cagekeeper.termination.domain.TerminationNoticePeriod;

/**
 * Terminations of orders (§7.2, §7.3, §12.4) with their termination fee (§7.4), and the
 * material breaches (§7.3(a)) they may rest on. Each use case is one transaction with its
 * audit records, the order's change and the fee's entry in the charges ledger.
 */
@ApplicationScoped
public class TerminationService {

    static final String TYPE = "Termination";
    static final String BREACH = "Breach";

    @Inject
    Clock clock;
    @Inject
    CurrentActor current;
    @Inject
    AuditTrail audit;
    @Inject
    CustomerService customers;
    @Inject
    OrderService orders;
    @Inject
    NoticeService notices;
    @Inject
    InvoiceService invoices;
    @Inject
    ChargeService charges;

    /** What a party asks: end this order, on this basis, with what supports it. */
    public record Request(String orderId, TerminationBasis basis, Party terminatingParty, TerminationCause cause,
            String noticeId, String breachId, String forceMajeureEventId, LocalDate effectiveOn, String reason) {
    }

    /**
     * §7.2: without cause, on a TERMINATION notice of the terminating party deemed given at least 80
     * days before the effective date (422 naming the earliest date). §7.3: for cause, (a) a material
     * breach of the other party uncured 30 days after its notice (409 with the date before), (b)-(e)
     * at once upon the terminating party's TERMINATION notice, recorded by operations (a customer
     * token may not declare them itself, 422). §12.4: for a force majeure event that has lasted more
     * than 15 business days (409 with the date before). The order is TERMINATION_NOTICED until the
     * effective date (TERMINATED at once when that is today); a customer ending its order early
     * without cause owes the termination fee (§7.4), charged to its ledger. A customer token
     * terminates only its own orders, as CUSTOMER.
     *
     * <p>A notice backs one termination (409) and is deemed given on or after the order's activation
     * (422): an old notice starts no new clock.
     */
    @Transactional
    public TerminationView terminate(Request r) {
        Actor actor = current.actor();
        Party party = partyOf(r.terminatingParty(), actor);
        RuleViolation.unprocessableIf(Termination.shapeRefusal(r.basis(), r.cause(), r.noticeId(), r.breachId(),
                r.forceMajeureEventId(), r.effectiveOn()));
        RuleViolation.unprocessableIf(Termination.recorderRefusal(r.basis(), r.cause(), actor.isCustomer()));
        OrderService.TerminationFacts order = orders.lockForTermination(r.orderId(), actor)
                .orElseThrow(() -> unknown("ORDER_UNKNOWN", null, "orderId", "Order " + r.orderId()
                        + " does not exist."));
        CustomerService.Account account = customers.account(order.customerId(), Actor.SYSTEM).orElseThrow();
        LocalDate effectiveOn = r.effectiveOn() == null ? order.today() : r.effectiveOn();
        String clause = r.basis() == TerminationBasis.FOR_CAUSE && r.cause() != null ? r.cause().clause()
                : TerminationNoticePeriod.CLAUSE;
        NoticeView notice = r.noticeId() == null ? null
                : terminationNotice(r.noticeId(), order.customerId(), party, activationOf(order.orderId(), actor),
                        clause);
        TerminationCause cause = r.basis() == TerminationBasis.FOR_CAUSE ? r.cause() : null;
        String breachId = null;
        String eventId = null;
        switch (r.basis()) {
            case WITHOUT_CAUSE -> RuleViolation
                    .unprocessableIf(TerminationNoticePeriod.refusal(notice.deemedGivenOn(), effectiveOn));
            case FOR_CAUSE -> {
                if (cause == TerminationCause.MATERIAL_BREACH) {
                    Breach b = breachFor(r.breachId(), order.customerId());
                    RuleViolation.unprocessableIf(b.groundRefusal(order.orderId(), party, account.today()));
                    RuleViolation.conflictIf(BreachCurePeriod.refusal(b.noticedOn, b.curedOn, account.today()));
                    breachId = b.id;
                }
            }
            case FORCE_MAJEURE -> {
                ForceMajeureEvent e = eventFor(r.forceMajeureEventId(), order.orderId());
                RuleViolation.conflictIf(ForceMajeureDuration.refusal(e.startedOn, e.endedOn, order.today()));
                eventId = e.id;
            }
        }
        String reason = describe(r.basis(), party, cause, notice, r.reason());
        Termination t = Termination.record(Ids.newId(clock), clock.instant(), new Termination.Terms(
                order.customerId(), order.orderId(), r.basis(), party, cause, notice == null ? null : notice.id(),
                notice == null ? null : notice.deemedGivenOn(), breachId, eventId, effectiveOn, reason),
                actor.subject());
        Money minimum = order.minimumMonthlyBilling();
        TerminationFee.Inputs inputs = new TerminationFee.Inputs(order.termStart(), order.termMonths(), effectiveOn,
                account.today(), invoices.invoicedForOrder(order.customerId(), order.orderId(), account.today()),
                minimum.amount());
        String notOwed = TerminationFee.notOwedBecause(r.basis(), party);
        t.assess(notOwed == null ? TerminationFee.compute(inputs) : TerminationFee.none(inputs), minimum.currency(),
                notOwed);
        t.persist();
        orders.terminationGiven(order.orderId(), effectiveOn, reason, t.clause(), actor);
        if (t.feeOwed) {
            LocalDate runsOut = order.termStart().plusMonths(order.termMonths());
            t.chargeId = charges.charge(order.customerId(), ChargeKind.TERMINATION_FEE,
                    new Money(t.feeAmount, t.feeCurrency), effectiveOn, runsOut.minusDays(1), TerminationFee.CLAUSE,
                    TYPE, t.id).id();
        }
        TerminationView after = TerminationView.of(t);
        audit.record(actor, TYPE, t.id, "TERMINATION_RECORDED", reason, null, after);
        return after;
    }

    @Transactional
    public TerminationView get(String id) {
        return TerminationView.of(CustomerOwned.find(Termination.class, TYPE, id, LockModeType.NONE,
                t -> t.customerId, current.actor()));
    }

    @Transactional
    public Page<TerminationView> list(String customerId, String orderId, TerminationBasis basis, PageRequest page) {
        Actor actor = current.actor();
        if (customerId != null && !actor.maySee(customerId)) {
            return new Page<>(List.of(), null);
        }
        return new Where().eq("e.customerId", actor.tenant().orElse(Ids.canonical(customerId)))
                .eq("e.orderId", Ids.canonical(orderId)).eq("e.basis", basis)
                .page(Termination.class, page, TerminationView::of);
    }

    /** What is recorded about a material breach. */
    public record BreachNotice(String orderId, Party breachingParty, String noticeId, String description) {
    }

    /**
     * §7.3(a): records a material breach of an order by one party, on the BREACH notice the other
     * gave (to the customer for its breach, from it for the provider's). The notice must be deemed
     * given (§12.7): the 30 days to cure run from that date. It is given on or after the order's
     * activation (422) and backs one breach only (409).
     */
    @Transactional
    public BreachView recordBreach(BreachNotice n) {
        Actor actor = current.actor();
        OrderView order = orders.visibleTo(n.orderId(), actor).orElseThrow(() -> unknown("ORDER_UNKNOWN", null,
                "orderId", "Order " + n.orderId() + " does not exist."));
        NoticeView notice = notices.given(n.noticeId(), order.customerId(), NoticeSubject.BREACH,
                n.breachingParty() == Party.PROVIDER).orElseThrow(() -> unknown("BREACH_NOTICE_UNKNOWN",
                        BreachCurePeriod.CLAUSE, "noticeId", "noticeId names no BREACH notice given to the "
                                + n.breachingParty() + " by the other party for this order's customer."));
        if (notice.deemedGivenOn() == null) {
            throw notDeemed("noticeId", notice.id());
        }
        // §7.3(a), §12.7: the notice starts this breach's cure period only: given for this order, once
        RuleViolation.unprocessableIf(NoticeUse.beforeActivationRefusal(notice.id(), notice.deemedGivenOn(),
                order.activationDate(), BreachCurePeriod.CLAUSE));
        Breach earlier = Breach.<Breach>find("noticeId", Ids.canonical(notice.id())).firstResult();
        RuleViolation.conflictIf(NoticeUse.alreadyUsedRefusal(notice.id(), "breach", earlier == null ? null
                : earlier.id, BreachCurePeriod.CLAUSE));
        Breach b = Breach.record(Ids.newId(clock), clock.instant(), new Breach.Noticed(order.customerId(),
                order.id(), n.breachingParty(), notice.id(), notice.deemedGivenOn(), n.description()),
                actor.subject());
        b.persist();
        BreachView after = BreachView.of(b);
        audit.record(actor, BREACH, b.id, "BREACH_NOTICED", n.breachingParty() + " in breach (§7.3(a))", null, after);
        return after;
    }

    /** §7.3(a): the breach is cured (on a day up to today in the customer's zone); it is no ground for termination any more. */
    @Transactional
    public BreachView cure(String id, Long expectedVersion, LocalDate curedOn, String note) {
        Breach b = CustomerOwned.find(Breach.class, BREACH, id, LockModeType.PESSIMISTIC_WRITE, x -> x.customerId,
                current.actor());
        StaleVersion.check(expectedVersion, b.version);
        LocalDate today = customers.account(b.customerId, Actor.SYSTEM).orElseThrow().today();
        LocalDate on = curedOn == null ? today : curedOn;
        RuleViolation.conflictIf(b.cureRefusal(on, today).filter(x -> x.field() == null));
        RuleViolation.unprocessableIf(b.cureRefusal(on, today));
        BreachView before = BreachView.of(b);
        b.cure(on, note, current.actor().subject(), clock.instant());
        return audit.change(current.actor(), BREACH, b.id, "BREACH_CURED", note, before, () -> BreachView.of(b));
    }

    @Transactional
    public BreachView breach(String id) {
        return BreachView.of(CustomerOwned.find(Breach.class, BREACH, id, LockModeType.NONE, b -> b.customerId,
                current.actor()));
    }

    @Transactional
    public Page<BreachView> breaches(String customerId, String orderId, BreachState state, PageRequest page) {
        Actor actor = current.actor();
        if (customerId != null && !actor.maySee(customerId)) {
            return new Page<>(List.of(), null);
        }
        return new Where().eq("e.customerId", actor.tenant().orElse(Ids.canonical(customerId)))
                .eq("e.orderId", Ids.canonical(orderId)).eq("e.state", state)
                .page(Breach.class, page, BreachView::of);
    }

    /** A customer terminates as itself; provider staff name the party. */
    private static Party partyOf(Party asked, Actor actor) {
        if (actor.isCustomer()) {
            if (asked == Party.PROVIDER) {
                throw RuleViolation.unprocessable(new Rejection("TERMINATING_PARTY_NOT_YOURS", "§7.2",
                        "A customer token terminates as the CUSTOMER; the provider's termination is given by operations.")
                        .at("terminatingParty"));
            }
            return Party.CUSTOMER;
        }
        if (asked == null) {
            throw RuleViolation.unprocessable(new Rejection("TERMINATING_PARTY_REQUIRED", "§7.2",
                    "Name the party that terminates: PROVIDER or CUSTOMER; the record says which.")
                    .at("terminatingParty"));
        }
        return asked;
    }

    /**
     * §7.2, §7.3, §12.7: the terminating party's TERMINATION notice, deemed given on or after the
     * order's activation (422), and backing no other termination (409).
     */
    private NoticeView terminationNotice(String noticeId, String customerId, Party party, LocalDate activationDate,
            String clause) {
        NoticeView n = notices.given(noticeId, customerId, NoticeSubject.TERMINATION, party == Party.CUSTOMER)
                .orElseThrow(() -> unknown("TERMINATION_NOTICE_UNKNOWN", clause, "noticeId",
                        "noticeId names no TERMINATION notice " + (party == Party.CUSTOMER ? "from" : "to")
                                + " this order's customer (given by the " + party + ", the terminating party)."));
        if (n.deemedGivenOn() == null) {
            throw notDeemed("noticeId", n.id());
        }
        RuleViolation.unprocessableIf(NoticeUse.beforeActivationRefusal(n.id(), n.deemedGivenOn(), activationDate,
                clause));
        Termination earlier = Termination.<Termination>find("noticeId", Ids.canonical(n.id())).firstResult();
        RuleViolation.conflictIf(NoticeUse.alreadyUsedRefusal(n.id(), "termination", earlier == null ? null
                : earlier.id, clause));
        return n;
    }

    /** The day the (locked, visible) order was activated. */
    private LocalDate activationOf(String orderId, Actor actor) {
        return orders.visibleTo(orderId, actor).orElseThrow().activationDate();
    }

    private Breach breachFor(String breachId, String customerId) {
        Breach b = Ids.isWellFormed(breachId) ? Breach.getEntityManager().find(Breach.class, Ids.canonical(breachId),
                LockModeType.PESSIMISTIC_WRITE) : null;
        if (b == null || !b.customerId.equals(customerId)) {
            throw unknown("BREACH_UNKNOWN", BreachCurePeriod.CLAUSE, "breachId", "breachId names no breach of this"
                    + " order's customer.");
        }
        return b;
    }

    private ForceMajeureEvent eventFor(String eventId, String orderId) {
        ForceMajeureEvent e = Ids.isWellFormed(eventId) ? ForceMajeureEvent.findById(Ids.canonical(eventId)) : null;
        if (e == null || !e.affects(orderId)) {
            throw unknown("FORCE_MAJEURE_EVENT_UNKNOWN", ForceMajeureDuration.CLAUSE, "forceMajeureEventId",
                    "forceMajeureEventId names no force majeure event recorded as affecting this order.");
        }
        return e;
    }

    private static String describe(TerminationBasis basis, Party party, TerminationCause cause, NoticeView notice,
            String reason) {
        String what = switch (basis) {
            case WITHOUT_CAUSE -> "Termination without cause by the " + party;
            case FOR_CAUSE -> "Termination for cause (" + cause + ", " + cause.clause() + ") by the " + party;
            case FORCE_MAJEURE -> "Cancellation for force majeure by the " + party;
        };
        String on = notice == null ? "" : " on notice deemed given " + notice.deemedGivenOn();
        String text = what + on + (reason == null || reason.isBlank() ? "" : ": " + reason);
        return text.length() <= 1000 ? text : text.substring(0, 999) + "\u2026";
    }

    private static RuleViolation unknown(String code, String clause, String field, String message) {
        return RuleViolation.unprocessable(new Rejection(code, clause, message).at(field));
    }

    private static RuleViolation notDeemed(String field, String noticeId) {
        return RuleViolation.conflict(new Rejection("NOTICE_NOT_DEEMED_GIVEN", "§12.7", "Notice " + noticeId
                + " has no deemed date yet (a courier not yet delivered, certified mail not yet received), so it"
                + " starts no clock; record its delivery or receipt first.").at(field));
    }
}
