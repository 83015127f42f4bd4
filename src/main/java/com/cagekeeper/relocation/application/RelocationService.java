package com.cagekeeper.relocation.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import com.cagekeeper.alteration.application.AlterationService;
import com.cagekeeper.audit.application.AuditTrail;
import com.cagekeeper.billing.application.ChargeService;
import com.cagekeeper.customer.application.CustomerService;
import com.cagekeeper.equipment.application.AccessRestrictions;
import com.cagekeeper.equipment.application.EquipmentService;
import com.cagekeeper.notice.application.NoticeService;
import com.cagekeeper.notice.application.NoticeView;
import com.cagekeeper.order.application.OrderService;
import com.cagekeeper.order.application.OrderSpacesReleased;
import com.cagekeeper.order.application.OrderView;
import com.cagekeeper.personnel.application.PersonService;
import com.cagekeeper.relocation.domain.CostBearer;
import com.cagekeeper.relocation.domain.OldSpaceDisposition;
import com.cagekeeper.relocation.domain.Relocation;
import com.cagekeeper.relocation.domain.RelocationInitiator;
import com.cagekeeper.relocation.domain.RelocationNoticePeriod;
import com.cagekeeper.relocation.domain.RelocationPreconditions;
import com.cagekeeper.relocation.domain.RelocationSettings;
import com.cagekeeper.relocation.domain.RelocationState;
import com.cagekeeper.relocation.domain.TargetIsComparable;
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
import com.cagekeeper.space.application.SpaceService;
import com.cagekeeper.space.application.SpaceView;
import com.cagekeeper.space.application.SuspensionService;
import com.cagekeeper.visit.application.VisitService;

/**
 * §3.2, §2.1 (rules 18-20): relocations of a customer's equipment to another space. Each use
 * case is one transaction with its audit records; completion moves the equipment (custody
 * ledger), the order's lease, and the people's and visits' space scope together, so the access
 * check, which reads its facts in one statement, sees either the whole move or none of it.
 */
@ApplicationScoped
public class RelocationService implements OrderSpacesReleased {

    static final String TYPE = "Relocation";

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
    SuspensionService suspensions;
    @Inject
    AccessRestrictions restrictions;
    @Inject
    EquipmentService equipment;
    @Inject
    PersonService people;
    @Inject
    VisitService visits;
    @Inject
    OrderService orders;
    @Inject
    NoticeService notices;
    @Inject
    ChargeService charges;
    @Inject
    RelocationSettings settings;
    @Inject
    AlterationService alterations;

    /** A relocation as asked for: by operations (a required move, §3.2) or by the customer (§2.1). */
    public record Request(String customerId, String fromSpaceId, String toSpaceId, LocalDate moveOn, String noticeId,
            String customerAgreementReference, String otherFacilityReason, String reason) {
    }

    /** How a move completes: what becomes of the old space, the costs, and rack positions chosen in the new space. */
    public record Completion(OldSpaceDisposition oldSpaceState, Money cost, Map<String, Integer> rackUnitFrom,
            String note) {
    }

    /**
     * §3.2 (rule 18): operations requires a move, with a RELOCATION notice deemed given and a move
     * date at least relocation.min-notice-days after it (or earlier with the customer's written
     * agreement, which schedules it at once); §2.1: a customer asks for a move of its own. Either
     * way the old space is one the customer leases now (422 otherwise), holds no other open
     * relocation (409), and the target is comparable (422 naming every shortfall).
     */
    @Transactional
    public RelocationView propose(Request q) {
        Actor actor = current.actor();
        boolean byCustomer = actor.tenant().isPresent();
        String customerId = Ids.canonical(actor.actingFor(q.customerId()));
        if (byCustomer && (q.noticeId() != null || q.customerAgreementReference() != null)) {
            // well formed, but the notice and the agreement are the provider's side of a required move (§3.2)
            throw RuleViolation.unprocessable(new Rejection("NOT_A_REQUIRED_MOVE", "§2.1", "A customer's own"
                    + " request for a move needs no notice or agreement; leave them out.")
                    .at(q.noticeId() != null ? "noticeId" : "customerAgreementReference"));
        }
        CustomerService.Account account = customers.account(customerId, actor).orElseThrow(() -> RuleViolation
                .unprocessable("CUSTOMER_UNKNOWN", null, "Customer " + customerId + " does not exist."));
        SpaceView seen = leasedFrom(spaces.forRelocation(q.fromSpaceId()), account.customerId(), q.fromSpaceId());
        SpaceView unlockedTarget = target(q.toSpaceId(), account.customerId(), byCustomer);
        // the order first, then both spaces in id order (as a termination locks them), read fresh for the checks
        OrderView order = orders.lockForRelocation(seen.orderId()).orElseThrow();
        Map<String, SpaceView> locked = spaces.lockForRelocation(seen.id(), unlockedTarget.id());
        SpaceView from = leasedFrom(Optional.ofNullable(locked.get(seen.id())), account.customerId(), q.fromSpaceId());
        SpaceView to = locked.get(unlockedTarget.id());
        Relocation open = openFrom(from.id());
        if (open != null) {
            throw RuleViolation.conflict("RELOCATION_ALREADY_OPEN", "§3.2",
                    "Relocation " + open.id + " of space " + from.code() + " is already " + open.state + ".");
        }
        RuleViolation.conflictIf(RelocationPreconditions.orderRefusal(order.id(), String.valueOf(order.state()),
                order.termination() == null ? null : order.termination().effectiveDate(), q.moveOn()));
        RuleViolation.unprocessableIf(TargetIsComparable.refusal(comparability(from, to, account.customerId(),
                q.otherFacilityReason() != null)));
        LocalDate facilityToday = spaces.today(from.id());
        if (q.moveOn().isBefore(facilityToday)) {
            throw RuleViolation.unprocessable(new Rejection("MOVE_DATE_IN_PAST", "§3.2", "The move date "
                    + q.moveOn() + " has passed (today is " + facilityToday + " at the facility).").at("moveOn"));
        }
        RelocationInitiator initiator = byCustomer ? RelocationInitiator.CUSTOMER : RelocationInitiator.PROVIDER;
        NoticeView notice = null;
        LocalDate periodEnds = null;
        Instant schedulesAt = null;
        if (initiator == RelocationInitiator.PROVIDER) {
            notice = relocationNotice(account.customerId(), q.noticeId()).orElse(null);
            RelocationNoticePeriod period = new RelocationNoticePeriod(settings.minNoticeDays());
            RuleViolation.unprocessableIf(period.refusal(notice == null ? null : notice.deemedGivenOn(), q.moveOn(),
                    q.customerAgreementReference() != null));
            Relocation usedBy = Relocation.<Relocation>find("noticeId = ?1 and state <> ?2 order by id", notice.id(),
                    RelocationState.CANCELLED).firstResult();
            RuleViolation.unprocessableIf(RelocationPreconditions.noticeRefusal(notice.id(), notice.deemedGivenOn(),
                    order.activationDate(), usedBy == null ? null : usedBy.id));
            periodEnds = period.earliestMoveOn(notice.deemedGivenOn());
            // §12.7: the notice is counted in the customer's dates, so its period ends at the start of that day there
            schedulesAt = periodEnds.atStartOfDay(account.timeZone()).toInstant();
        }
        Relocation r = Relocation.propose(Ids.newId(clock), clock.instant(), new Relocation.Proposal(
                account.customerId(), order.id(), from.id(), to.id(), initiator, q.reason(), q.moveOn(),
                notice == null ? null : notice.id(), notice == null ? null : notice.deemedGivenOn(), periodEnds,
                schedulesAt, q.customerAgreementReference(), q.otherFacilityReason()), actor.subject());
        r.persist();
        RelocationView after = view(r);
        audit.record(actor, TYPE, r.id, initiator == RelocationInitiator.PROVIDER ? "RELOCATION_REQUIRED"
                : "RELOCATION_REQUESTED", q.reason(), null, after);
        return after;
    }

    /** §3.2: the customer acknowledges a move the provider requires; it is SCHEDULED. */
    @Transactional
    public RelocationView acknowledge(String id, Long expectedVersion, String note) {
        Relocation r = lock(id);
        StaleVersion.check(expectedVersion, r.version);
        RuleViolation.conflictIf(r.acknowledgementRefusal(clock.instant()));
        RelocationView before = view(r);
        r.acknowledge(current.actor().subject(), clock.instant());
        return changed(r, before, "RELOCATION_ACKNOWLEDGED", note);
    }

    /** §2.1: operations accepts the customer's request; it is SCHEDULED, at the customer's cost. */
    @Transactional
    public RelocationView accept(String id, Long expectedVersion, String note) {
        Relocation r = lock(id);
        StaleVersion.check(expectedVersion, r.version);
        RuleViolation.conflictIf(r.decisionRefusal());
        RelocationView before = view(r);
        r.accept(current.actor().subject(), clock.instant());
        return changed(r, before, "RELOCATION_ACCEPTED", note);
    }

    /** §2.1: operations declines the customer's request; it is CANCELLED, declined, with the reason. */
    @Transactional
    public RelocationView decline(String id, Long expectedVersion, String reason) {
        Relocation r = lock(id);
        StaleVersion.check(expectedVersion, r.version);
        RuleViolation.conflictIf(r.decisionRefusal());
        RelocationView before = view(r);
        r.decline(current.actor().subject(), reason, clock.instant());
        return changed(r, before, "RELOCATION_DECLINED", reason);
    }

    /**
     * §3.2: the move starts once SCHEDULED and on or after its move date at the old space's
     * facility (409 naming the date otherwise); the target must still be comparable (409). The
     * customer's installed items there become RELOCATING.
     */
    @Transactional
    public RelocationView start(String id, Long expectedVersion, String note) {
        OrderView order = lockOrderOf(id);
        Relocation r = lock(id);
        StaleVersion.check(expectedVersion, r.version);
        settle(r);
        LocalDate facilityToday = spaces.today(r.fromSpaceId);
        RuleViolation.conflictIf(r.startRefusal(clock.instant(), facilityToday));
        RuleViolation.conflictIf(RelocationPreconditions.orderRefusal(order.id(), String.valueOf(order.state()),
                order.termination() == null ? null : order.termination().effectiveDate(), facilityToday));
        Map<String, SpaceView> locked = spaces.lockForRelocation(r.fromSpaceId, r.toSpaceId);
        RuleViolation.conflictIf(oldSpaceRefusal(locked.get(r.fromSpaceId)));
        RuleViolation.conflictIf(TargetIsComparable.refusal(comparability(locked.get(r.fromSpaceId),
                locked.get(r.toSpaceId), r.customerId, r.otherFacilityReason != null, r.id)));
        String why = "Relocation " + r.id + " started (§3.2)";
        equipment.startRelocation(r.fromSpaceId, r.customerId, why);
        RelocationView before = view(r);
        r.start(current.actor().subject(), clock.instant());
        return changed(r, before, "RELOCATION_STARTED", note);
    }

    /**
     * Rule 20, in one transaction: the spaces are locked in id order, the target is checked again,
     * the order's lease moves (the target LEASED to the customer by the same order, the old space
     * RESTORATION_DUE or AVAILABLE as operations decides), every item moves (custody entry MOVED,
     * new rack positions), and the customer's people and visits covering the old space cover the
     * new one. The costs are recorded; a move the customer asked for is charged to it as
     * RELOCATION (§2.1), one the provider required is not (§3.2).
     */
    @Transactional
    public RelocationView complete(String id, Long expectedVersion, Completion c) {
        lockOrderOf(id);
        Relocation r = lock(id);
        StaleVersion.check(expectedVersion, r.version);
        RuleViolation.conflictIf(r.completionRefusal());
        CustomerService.Account account = customers.account(r.customerId, Actor.SYSTEM).orElseThrow();
        if (!c.cost().currency().equals(account.billingCurrency())) {
            throw RuleViolation.unprocessable(new Rejection("CURRENCY_MISMATCH", "§4.1", "The customer"
                    + " is billed in " + account.billingCurrency() + "; give the costs in it.").at("cost.currency"));
        }
        Map<String, SpaceView> locked = spaces.lockForRelocation(r.fromSpaceId, r.toSpaceId);
        RuleViolation.conflictIf(oldSpaceRefusal(locked.get(r.fromSpaceId)));
        RuleViolation.conflictIf(TargetIsComparable.refusal(comparability(locked.get(r.fromSpaceId),
                locked.get(r.toSpaceId), r.customerId, r.otherFacilityReason != null, r.id)));
        String why = "Relocation " + r.id + " completed (§3.2, rule 20)";
        boolean restore = c.oldSpaceState() == OldSpaceDisposition.RESTORATION_DUE;
        spaces.moveLease(r.fromSpaceId, r.toSpaceId, r.customerId, r.orderId, restore, why);
        List<String> moved = equipment.relocate(r.fromSpaceId, r.toSpaceId, r.customerId,
                c.rackUnitFrom() == null ? Map.of() : c.rackUnitFrom(), why);
        people.moveSpaceScope(r.customerId, r.fromSpaceId, r.toSpaceId, why);
        visits.moveSpaceScope(r.customerId, r.fromSpaceId, r.toSpaceId, why);
        orders.moveSpace(r.orderId, r.fromSpaceId, r.toSpaceId, why);
        String chargeId = null;
        if (r.costBorneBy == CostBearer.CUSTOMER && c.cost().amount().signum() > 0) {
            chargeId = charges.charge(r.customerId, ChargeKind.RELOCATION, c.cost(), account.today(),
                    account.today(), "§2.1", TYPE, r.id).id();
        }
        RelocationView before = view(r);
        r.complete(current.actor().subject(), c.oldSpaceState(), c.cost().amount(), c.cost().currency(), chargeId,
                new LinkedHashSet<>(moved), clock.instant());
        return changed(r, before, "RELOCATION_COMPLETED", c.note() == null ? why : c.note());
    }

    /**
     * Operations cancels an open relocation; the customer withdraws its own request before the move
     * starts (409 otherwise). Items already RELOCATING are INSTALLED where they are again.
     */
    @Transactional
    public RelocationView cancel(String id, Long expectedVersion, String reason) {
        Relocation r = lock(id);
        StaleVersion.check(expectedVersion, r.version);
        settle(r);
        RuleViolation.conflictIf(r.cancellationRefusal(current.actor().tenant().isPresent()));
        if (r.state == RelocationState.IN_PROGRESS) {
            equipment.abandonRelocation(r.fromSpaceId, r.customerId, "Relocation " + r.id + " cancelled");
        }
        RelocationView before = view(r);
        r.close(current.actor().subject(), reason, clock.instant());
        return changed(r, before, "RELOCATION_CANCELLED", reason);
    }

    /**
     * §7.6, §3.2: the order's spaces await restoration (terminated, run out, underlying lease
     * ended): its open relocations out of them are cancelled, items already RELOCATING INSTALLED
     * where they are again, as a cancellation does. Joins the ending transaction, which holds the
     * order and its spaces; the relocations are locked and read fresh.
     */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void spacesReleased(String orderId, List<String> spaceIds, Actor actor, String reason) {
        List<Relocation> open = Relocation.<Relocation>find("orderId = ?1 and fromSpaceId in ?2 and state in ?3"
                + " order by id", orderId, spaceIds, Relocation.OPEN).withLock(LockModeType.PESSIMISTIC_WRITE).list();
        String why = fit("The order's spaces await restoration: " + reason);
        for (Relocation r : open) {
            Relocation.getEntityManager().refresh(r);
            if (!Relocation.OPEN.contains(r.state)) {
                continue;
            }
            if (r.state == RelocationState.IN_PROGRESS) {
                equipment.abandonRelocation(r.fromSpaceId, r.customerId, "Relocation " + r.id + " cancelled", actor);
            }
            RelocationView before = view(r);
            r.close(actor.subject(), why, clock.instant());
            changed(r, before, "RELOCATION_CANCELLED", why, actor);
        }
    }

    /** What the end of term reads of a space relocated away from: the move that released it. */
    public record Departure(String relocationId, String customerId, String orderId, boolean restorationDue,
            boolean costsBorneByCustomer, Instant completedAt) {
    }

    /**
     * §3.2, §7.6 (rules 19, 22): the latest completed relocation out of the space, which left it
     * to its customer's restoration or offered it again; empty when none. For the end of term;
     * joins its transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Departure> lastDepartureFrom(String spaceId) {
        Relocation r = Relocation.<Relocation>find("fromSpaceId = ?1 and state = ?2 order by completedAt desc, id desc",
                spaceId, RelocationState.COMPLETED).firstResult();
        return Optional.ofNullable(r).map(x -> new Departure(x.id, x.customerId, x.orderId,
                x.oldSpaceState == OldSpaceDisposition.RESTORATION_DUE, x.costBorneBy == CostBearer.CUSTOMER,
                x.completedAt));
    }

    @Transactional
    public RelocationView get(String id) {
        return view(CustomerOwned.find(Relocation.class, TYPE, id, LockModeType.NONE, r -> r.customerId,
                current.actor()));
    }

    /** Relocations, filtered; a customer token lists only its own. A state filter reads the derived state. */
    @Transactional
    public Page<RelocationView> list(String customerId, String spaceId, RelocationState state, PageRequest page) {
        Actor actor = current.actor();
        if (customerId != null && !actor.maySee(customerId)) {
            return new Page<>(new ArrayList<>(), null);
        }
        Instant now = clock.instant();
        Where where = new Where().eq("e.customerId", actor.tenant().orElse(customerId))
                .when(spaceId, "(e.fromSpaceId = :space or e.toSpaceId = :space)", "space");
        if (state == RelocationState.SCHEDULED) {
            where.when(now, "(e.state = 'SCHEDULED' or (e.state = 'PROPOSED' and e.schedulesAt <= :now))", "now");
        } else if (state == RelocationState.PROPOSED) {
            where.when(now, "(e.state = 'PROPOSED' and (e.schedulesAt is null or e.schedulesAt > :now))", "now");
        } else {
            where.eq("e.state", state);
        }
        return where.page(Relocation.class, page, r -> RelocationView.of(r, now));
    }

    /** The old space, leased by the customer now under an order (422 naming fromSpaceId otherwise). */
    private static SpaceView leasedFrom(Optional<SpaceView> space, String customerId, String fromSpaceId) {
        return space.filter(s -> leasedBy(s, customerId)).orElseThrow(() -> RuleViolation.unprocessable(
                new Rejection("SPACE_NOT_LEASED_BY_CUSTOMER", "§3.2", "The customer does not lease space "
                        + fromSpaceId + " now; only equipment in the customer's own space is relocated.")
                        .at("fromSpaceId")));
    }

    /** §3.5(a), §3.2, §3.3: the old space is neither lien-restricted nor suspended, nor has work in progress. */
    private Optional<Rejection> oldSpaceRefusal(SpaceView from) {
        return RelocationPreconditions.oldSpaceRefusal(from.code(), restrictions.restricted(from.id()),
                suspensions.standing(from.id()) || "SUSPENDED".equals(String.valueOf(from.state())),
                alterations.inProgressIn(from.id()));
    }

    /**
     * The relocation's order, locked before the relocation and its spaces (the order a termination
     * and the scheduled end lock in), so the two never wait on each other crosswise. The
     * relocation is read unlocked only for its order, which never changes.
     */
    private OrderView lockOrderOf(String id) {
        Relocation r = CustomerOwned.find(Relocation.class, TYPE, id, LockModeType.NONE, x -> x.customerId,
                current.actor());
        String orderId = r.orderId;
        Relocation.getEntityManager().detach(r);
        return orders.lockForRelocation(orderId).orElseThrow();
    }

    private static String fit(String reason) {
        return reason.length() <= 1000 ? reason : reason.substring(0, 999) + "\u2026";
    }

    private static boolean leasedBy(SpaceView s, String customerId) {
        // by name: the space's states are the space feature's; an order in force leaves it LEASED or SUSPENDED
        String state = String.valueOf(s.state());
        return customerId.equals(s.customerId()) && s.orderId() != null
                && (state.equals("LEASED") || state.equals("SUSPENDED"));
    }

    /**
     * The target space. To a customer token an unknown space and another customer's read the same
     * (422), so the answer tells nothing of spaces that are not on offer.
     */
    private SpaceView target(String toSpaceId, String customerId, boolean byCustomer) {
        Optional<SpaceView> to = spaces.forRelocation(toSpaceId);
        if (byCustomer && (to.isEmpty() || (to.get().customerId() != null && !customerId.equals(to.get().customerId())))) {
            throw RuleViolation.unprocessable(new Rejection("RELOCATION_TARGET_NOT_AVAILABLE", "§3.2",
                    "Space " + toSpaceId + " is not available to relocate to.").at("toSpaceId"));
        }
        return to.orElseThrow(() -> RuleViolation.unprocessable(new Rejection("SPACE_UNKNOWN", "§3.2",
                "Space " + toSpaceId + " does not exist.").at("toSpaceId")));
    }

    private TargetIsComparable.Facts comparability(SpaceView from, SpaceView to, String customerId,
            boolean otherFacilityReason) {
        return comparability(from, to, customerId, otherFacilityReason, null);
    }

    /** Rule 18: what the comparability rule reads, with the equipment's load now; {@code self} is not a rival. */
    private TargetIsComparable.Facts comparability(SpaceView from, SpaceView to, String customerId,
            boolean otherFacilityReason, String self) {
        EquipmentService.SpaceLoad load = equipment.loadOf(from.id(), customerId);
        boolean reserved = Relocation.count("toSpaceId = ?1 and state in ?2 and id <> ?3", to.id(), Relocation.OPEN,
                self == null ? "" : self) > 0;
        return new TargetIsComparable.Facts(side(from), side(to), load.rackUnits(), load.powerDrawKw(),
                suspensions.standing(to.id()), restrictions.restricted(to.id()), reserved, otherFacilityReason);
    }

    private static TargetIsComparable.Space side(SpaceView s) {
        return new TargetIsComparable.Space(s.id(), s.code(), s.facilityId(), String.valueOf(s.kind()), s.rackUnits(),
                s.powerKw() == null ? BigDecimal.ZERO : s.powerKw(), s.environmentalClass() == null ? null
                        : String.valueOf(s.environmentalClass()), String.valueOf(s.state()));
    }

    /** §3.2, §12.7: the RELOCATION notice given to the customer and deemed given, named by the request. */
    private Optional<NoticeView> relocationNotice(String customerId, String noticeId) {
        if (noticeId == null) {
            return Optional.empty();
        }
        return notices.deemedNotices(customerId, NoticeSubject.RELOCATION).stream()
                .filter(n -> n.id().equalsIgnoreCase(noticeId)).findFirst();
    }

    private Relocation openFrom(String spaceId) {
        return Relocation.<Relocation>find("fromSpaceId = ?1 and state in ?2 order by id", spaceId, Relocation.OPEN)
                .firstResult();
    }

    /** Stores a state that time has decided (the notice period ran out), with its audit record. */
    private void settle(Relocation r) {
        RelocationView before = view(r);
        if (r.settle(clock.instant())) {
            changed(r, before, "RELOCATION_SCHEDULED", "The notice period ran out on " + r.noticePeriodEndsOn
                    + " (§3.2)", Actor.SYSTEM);
        }
    }

    private RelocationView view(Relocation r) {
        return RelocationView.of(r, clock.instant());
    }

    private RelocationView changed(Relocation r, RelocationView before, String action, String reason) {
        return changed(r, before, action, reason, current.actor());
    }

    private RelocationView changed(Relocation r, RelocationView before, String action, String reason, Actor actor) {
        return audit.change(actor, TYPE, r.id, action, reason, before, () -> view(r));
    }

    private Relocation lock(String id) {
        return CustomerOwned.find(Relocation.class, TYPE, id, LockModeType.PESSIMISTIC_WRITE, r -> r.customerId,
                current.actor());
    }
}
