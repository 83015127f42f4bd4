package com.cagekeeper.endofterm.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.cagekeeper.alteration.application.AlterationService;
import com.cagekeeper.alteration.application.AlterationView;
import com.cagekeeper.audit.application.AuditTrail;
import com.cagekeeper.billing.application.ChargeService;
import com.cagekeeper.customer.application.CustomerService;
import com.cagekeeper.endofterm.domain.Inspection;
import com.cagekeeper.endofterm.domain.InspectionOutcome;
import com.cagekeeper.endofterm.domain.InspectionPreconditions;
import com.cagekeeper.equipment.application.EquipmentService;
import com.cagekeeper.equipment.application.EquipmentView;
import com.cagekeeper.facility.application.FacilityService;
import com.cagekeeper.order.application.OrderService;
import com.cagekeeper.order.application.OrderView;
import com.cagekeeper.relocation.application.RelocationService;
import com.cagekeeper.shared.domain.Actor;
import com.cagekeeper.shared.domain.ChargeKind;
import com.cagekeeper.shared.domain.EndOfTermSettings;
import com.cagekeeper.shared.domain.Ids;
import com.cagekeeper.shared.domain.Money;
import com.cagekeeper.shared.domain.NotFound;
import com.cagekeeper.shared.domain.Rejection;
import com.cagekeeper.shared.domain.RemovalWindow;
import com.cagekeeper.shared.domain.RuleViolation;
import com.cagekeeper.shared.domain.StaleVersion;
import com.cagekeeper.shared.security.CurrentActor;
import com.cagekeeper.space.application.SpaceService;
import com.cagekeeper.space.application.SpaceView;

/**
 * §7.6 (rule 28), built on the order's facts (TERMINATED with its effective date, or the term
 * run out), not on how it ended: provider-owned items are surrendered, the customer's removed
 * or, after the removal window, disposed of by the provider at the customer's cost, and the
 * inspection returns the space, less its approved alterations (rule 22), to be leased again.
 * Each use case is one transaction with the changes, custody entries, charges and audit records.
 */
@ApplicationScoped
public class EndOfTermService {

    static final String TYPE = "EndOfTermInspection";
    static final String SPACE = "Space";
    static final String EQUIPMENT = "Equipment";

    @Inject
    Clock clock;
    @Inject
    CurrentActor current;
    @Inject
    AuditTrail audit;
    @Inject
    SpaceService spaces;
    @Inject
    OrderService orders;
    @Inject
    FacilityService facilities;
    @Inject
    EquipmentService equipment;
    @Inject
    AlterationService alterations;
    @Inject
    ChargeService charges;
    @Inject
    CustomerService customers;
    @Inject
    EndOfTermSettings settings;
    @Inject
    RelocationService relocations;

    /**
     * The space's order and when its rights end; {@code rightsEndOn} null when no order leases the
     * space. {@code departure} is the relocation that left the space to its customer's
     * restoration when it has no customer of its own any more (rules 19, 22).
     */
    private record Tenure(SpaceView space, OrderView order, String customerId, LocalDate rightsEndOn, ZoneId zone,
            LocalDate today, RelocationService.Departure departure) {

        Tenure(SpaceView space, OrderView order, String customerId, LocalDate rightsEndOn, ZoneId zone,
                LocalDate today) {
            this(space, order, customerId, rightsEndOn, zone, today, null);
        }

        /** §3.2 (rule 19): a restoration after a move the provider required is the provider's cost. */
        boolean restorationChargeable() {
            return departure == null || departure.costsBorneByCustomer();
        }

        boolean ended() {
            return rightsEndOn != null && !today.isBefore(rightsEndOn);
        }
    }

    /**
     * The end of term of the space: its current order once ended, else the last one the
     * inspection closed, else (staff only) a space awaiting restoration without one. A customer
     * sees only its own end of term; anything else is 404, as for a space that does not exist.
     */
    @Transactional
    public EndOfTermView view(String spaceId) {
        Tenure t = tenure(spaceId);
        Inspection closing = null;
        if (!t.ended()) {
            closing = Inspection.latestOf(t.space().id());
            if (closing != null) {
                OrderView order = closing.orderId == null ? null
                        : orders.ofCustomer(closing.orderId, closing.customerId).orElse(null);
                t = new Tenure(t.space(), order, closing.customerId, order == null ? null : rightsEndOn(order), t.zone(),
                        t.today());
            } else if (!"RESTORATION_DUE".equals(String.valueOf(t.space().state()))) {
                t = null;
            }
        }
        Actor actor = current.actor();
        if (t == null || (actor.tenant().isPresent() && !actor.maySee(t.customerId()))) {
            throw new NotFound(SPACE, spaceId);
        }
        return view(t, closing);
    }

    /**
     * §7.6(iii): the provider-owned item is surrendered once the order has ended (409
     * ORDER_NOT_ENDED with the day its rights end before). Not in its original condition, its
     * replacement value is charged to the customer (REPLACEMENT, source the item).
     */
    @Transactional
    public EquipmentView surrender(String itemId, Long expectedVersion, boolean originalCondition,
            Money replacementValue, String note) {
        EquipmentView item = equipment.get(itemId);
        Tenure t = tenureOf(item);
        RuleViolation.conflictIf(window().endedRefusal(t.rightsEndOn(), t.today()));
        if (originalCondition && replacementValue != null) {
            throw RuleViolation.unprocessable("REPLACEMENT_VALUE_NOT_APPLICABLE", "§7.6(iii)", "An item surrendered"
                    + " in its original condition is not charged; leave replacementValue out.");
        }
        if (!originalCondition && (replacementValue == null || replacementValue.amount().signum() <= 0)) {
            throw RuleViolation.unprocessable("REPLACEMENT_VALUE_REQUIRED", "§7.6(iii)", "An item not surrendered in"
                    + " its original condition is charged its replacement value: name it.");
        }
        CustomerService.Account account = account(item.customerId());
        requireCurrency("replacementValue", replacementValue, account);
        EquipmentView after = equipment.surrender(item.id(), expectedVersion, fit("Surrendered to the provider at the"
                + " end of the term (§7.6(iii)), " + (originalCondition ? "in its original condition"
                        : "not in its original condition: replacement value " + replacementValue.amount() + " "
                                + replacementValue.currency() + " charged")
                + (note == null ? "" : ". " + note)));
        if (!originalCondition) {
            charges.charge(item.customerId(), ChargeKind.REPLACEMENT, replacementValue, account.today(),
                    account.today(), "§7.6(iii)", EQUIPMENT, item.id());
        }
        return after;
    }

    /**
     * §7.6(iv): after the removal window (409 REMOVAL_WINDOW_OPEN with the day it is allowed
     * before), the provider removes and disposes of a customer's item left in the space and
     * charges the customer its costs of removal and disposal (REMOVAL, DISPOSAL, source the item).
     */
    @Transactional
    public EquipmentView dispose(String itemId, Long expectedVersion, Money removalCost, Money disposalCost,
            String note) {
        EquipmentView item = equipment.get(itemId);
        Tenure t = tenureOf(item);
        RuleViolation.conflictIf(window().disposalRefusal(t.rightsEndOn(), t.today()));
        CustomerService.Account account = account(item.customerId());
        requireCurrency("removalCost", removalCost, account);
        requireCurrency("disposalCost", disposalCost, account);
        EquipmentView after = equipment.dispose(item.id(), expectedVersion, fit("Not removed within the removal"
                + " window; removed and disposed of by the provider at the customer's cost (§7.6(iv))"
                + (note == null ? "" : ". " + note)));
        if (removalCost.amount().signum() > 0) {
            charges.charge(item.customerId(), ChargeKind.REMOVAL, removalCost, account.today(), account.today(),
                    "§7.6(iv)", EQUIPMENT, item.id());
        }
        if (disposalCost.amount().signum() > 0) {
            charges.charge(item.customerId(), ChargeKind.DISPOSAL, disposalCost, account.today(), account.today(),
                    "§7.6(iv)", EQUIPMENT, item.id());
        }
        return after;
    }

    /**
     * §7.6(iv), §3.3: operations records the inspection of a space awaiting restoration, once
     * none of the customer's items is left in it (409 naming them): restored by the customer, or
     * by the provider at the customer's cost (RESTORATION, source the space). The completed
     * alterations stay with the space and are listed as kept (rule 22); the space is offered
     * again (AVAILABLE), or OUT_OF_SERVICE when its underlying lease ended.
     */
    @Transactional
    public SpaceView inspect(String spaceId, Long expectedVersion, InspectionOutcome outcome,
            Money restorationCost, String note) {
        Tenure t = tenure(spaceId);
        StaleVersion.check(expectedVersion, t.space().version());
        List<InspectionPreconditions.Remaining> remaining = equipment.placedIn(t.space().id(), t.customerId()).stream()
                .filter(EndOfTermService::inSpace)
                .map(i -> new InspectionPreconditions.Remaining(i.id(), i.name(), String.valueOf(i.state()))).toList();
        RuleViolation.conflictIf(InspectionPreconditions.stateRefusal(
                "RESTORATION_DUE".equals(String.valueOf(t.space().state())), t.space().code(), String.valueOf(t.space().state()),
                remaining));
        RuleViolation.unprocessableIf(InspectionPreconditions.costRefusal(outcome, restorationCost,
                t.restorationChargeable()));
        CustomerService.Account account = null;
        if (outcome == InspectionOutcome.RESTORED_BY_PROVIDER && t.restorationChargeable()) {
            if (t.customerId() == null) {
                throw RuleViolation.unprocessable("NO_CUSTOMER_TO_CHARGE", InspectionPreconditions.CLAUSE, "Space "
                        + t.space().code() + " awaits restoration without a customer to charge.")
                        ;
            }
            account = account(t.customerId());
            requireCurrency("restorationCost", restorationCost, account);
        }
        Actor actor = current.actor();
        List<String> kept = alterations.fixturesOf(t.space().id(), t.customerId()).stream().map(AlterationView::id)
                .toList();
        Inspection i = Inspection.record(Ids.newId(clock), clock.instant(), t.space().id(),
                t.order() == null ? null : t.order().id(), t.customerId(), outcome, restorationCost, note, kept,
                actor.subject());
        i.persist();
        if (account != null) {
            charges.charge(t.customerId(), ChargeKind.RESTORATION, restorationCost, account.today(), account.today(),
                    InspectionPreconditions.CLAUSE, SPACE, t.space().id());
        }
        SpaceView after = spaces.restorationCompleted(t.space().id(), expectedVersion, fit("Inspected: " + outcome
                + (kept.isEmpty() ? "" : "; alterations kept as fixtures: " + String.join(", ", kept))
                + (note == null ? "" : ". " + note)));
        audit.record(actor, TYPE, i.id, "RESTORATION_INSPECTED", note, null, inspectionView(i));
        return after;
    }

    private EndOfTermView view(Tenure t, Inspection closing) {
        RemovalWindow window = window();
        Instant now = clock.instant();
        Instant rightsEndedAt = t.rightsEndOn() == null ? null : t.rightsEndOn().atStartOfDay(t.zone()).toInstant();
        Instant windowEndsAt = rightsEndedAt == null ? null : window.closesAt(rightsEndedAt, t.zone());
        LocalDate disposalOn = t.rightsEndOn() == null ? null : window.closesOn(t.rightsEndOn());
        boolean open = rightsEndedAt != null && !now.isBefore(rightsEndedAt) && now.isBefore(windowEndsAt);
        List<EquipmentView> placed = equipment.placedIn(t.space().id(), t.customerId());
        List<EndOfTermView.Item> items = placed.stream().map(e -> new EndOfTermView.Item(e.id(), e.name(), e.serial(),
                e.assetTag(), String.valueOf(e.owner()), String.valueOf(e.state()), inSpace(e))).toList();
        Map<String, Integer> counts = new TreeMap<>();
        for (EquipmentView e : placed) {
            if (inSpace(e)) {
                counts.merge(String.valueOf(e.owner()) + " " + String.valueOf(e.state()), 1, Integer::sum);
            }
        }
        List<EndOfTermView.Count> remainingCounts = counts.entrySet().stream().map(c -> new EndOfTermView.Count(
                c.getKey().split(" ")[0], c.getKey().split(" ")[1], c.getValue())).toList();
        List<String> toSurrender = placed.stream().filter(e -> inSpace(e) && "PROVIDER".equals(String.valueOf(e.owner())))
                .map(EquipmentView::id).toList();
        List<String> sources = new ArrayList<>(placed.stream().map(EquipmentView::id).toList());
        sources.add(t.space().id());
        List<EndOfTermView.KeptAlteration> kept = (closing != null
                ? closing.keptAlterationIds.stream().sorted().map(alterations::get).toList()
                : alterations.fixturesOf(t.space().id(), t.customerId())).stream()
                .map(a -> new EndOfTermView.KeptAlteration(a.id(), a.description(), a.consentReference(),
                        a.completedAt())).toList();
        List<EndOfTermView.Step> steps = new ArrayList<>();
        if (closing == null) {
            boolean customerItems = placed.stream().anyMatch(e -> inSpace(e) && !"PROVIDER".equals(String.valueOf(e.owner())));
            if (customerItems && open) {
                steps.add(new EndOfTermView.Step("REMOVE_EQUIPMENT", RemovalWindow.CLAUSE, "The customer removes its"
                        + " equipment before the removal window closes at " + windowEndsAt + ".", null));
            }
            if (customerItems) {
                steps.add(new EndOfTermView.Step("DISPOSE_OF_EQUIPMENT_LEFT", RemovalWindow.CLAUSE, "Once the window"
                        + " has closed, operations may remove and dispose of what is left, at the customer's cost.",
                        disposalOn));
            }
            if (!toSurrender.isEmpty()) {
                steps.add(new EndOfTermView.Step("SURRENDER_PROVIDER_EQUIPMENT", "§7.6(iii)", "The provider's own"
                        + " equipment is surrendered to it: " + String.join(", ", toSurrender) + ".", null));
            }
            steps.add(new EndOfTermView.Step("RECORD_INSPECTION", InspectionPreconditions.CLAUSE, "Operations inspects"
                    + " the space: restored to its original condition except approved alterations, by the customer"
                    + " or by the provider at the customer's cost.", null));
        }
        return new EndOfTermView(t.space().id(), t.space().code(), String.valueOf(t.space().state()), t.customerId(),
                t.order() == null ? null : t.order().id(), t.order() == null ? null : String.valueOf(t.order().state()),
                t.rightsEndOn(), rightsEndedAt, window.days(), windowEndsAt, disposalOn, open, items,
                remainingCounts, toSurrender, charges.fromSources(t.customerId(), sources), kept,
                closing == null ? null : inspectionView(closing), steps, t.space().version());
    }

    private static EndOfTermView.InspectionView inspectionView(Inspection i) {
        return new EndOfTermView.InspectionView(i.id, i.outcome.name(), i.restorationCost, i.note, i.inspectedBy,
                i.inspectedAt);
    }

    /** The space and its current order, with when the order's rights end (404 for no such space). */
    private Tenure tenure(String spaceId) {
        SpaceView space = spaces.find(spaceId).orElseThrow(() -> new NotFound(SPACE, spaceId));
        ZoneId zone = facilities.zoneOf(space.facilityId());
        LocalDate today = facilities.today(space.facilityId());
        OrderView order = space.orderId() == null || space.customerId() == null ? null
                : orders.ofCustomer(space.orderId(), space.customerId()).orElse(null);
        if (space.customerId() == null && "RESTORATION_DUE".equals(String.valueOf(space.state()))) {
            Optional<RelocationService.Departure> moved = relocations.lastDepartureFrom(space.id())
                    .filter(RelocationService.Departure::restorationDue).filter(d -> {
                        Inspection last = Inspection.latestOf(space.id());
                        return last == null || last.inspectedAt.isBefore(d.completedAt());
                    });
            if (moved.isPresent()) {
                // rules 19, 22: relocated away from, the space awaits its customer's restoration; its
                // rights there ended with the move, the order goes on in the new space
                RelocationService.Departure d = moved.get();
                return new Tenure(space, orders.ofCustomer(d.orderId(), d.customerId()).orElse(null), d.customerId(),
                        null, zone, today, d);
            }
        }
        LocalDate rightsEndOn = order == null ? null : rightsEndOn(order);
        return new Tenure(space, order, order == null ? space.customerId() : order.customerId(), rightsEndOn, zone,
                today);
    }

    /** The tenure under which the item is in its space: none when another customer's order holds the space now. */
    private Tenure tenureOf(EquipmentView item) {
        Tenure t = tenure(item.spaceId());
        if (!item.customerId().equals(t.customerId())) {
            return new Tenure(t.space(), null, item.customerId(), null, t.zone(), t.today());
        }
        return t;
    }

    /** §7.1, §7.6(i): a pending or cancelled order has no rights to end; any other ends by its effective date or term. */
    private static LocalDate rightsEndOn(OrderView o) {
        String state = String.valueOf(o.state());
        if (state.equals("PENDING_ACTIVATION") || state.equals("CANCELLED")) {
            return null;
        }
        return RemovalWindow.rightsEndOn(o.termination() == null ? null : o.termination().effectiveDate(),
                o.termStart(), o.termMonths());
    }

    private RemovalWindow window() {
        return settings.removalWindow();
    }

    /** §3.1: still at the facility for this space: installed, relocating, or held by the provider under its lien. */
    private static boolean inSpace(EquipmentView e) {
        String state = String.valueOf(e.state());
        return state.equals("INSTALLED") || state.equals("RELOCATING") || state.equals("IN_PROVIDER_POSSESSION");
    }

    private CustomerService.Account account(String customerId) {
        return customers.account(customerId, Actor.SYSTEM).orElseThrow(() -> RuleViolation
                .unprocessable("CUSTOMER_UNKNOWN", null, "Customer " + customerId + " does not exist."));
    }

    /** Charges are in the customer's billing currency (§4.1): 422 naming the field otherwise. */
    private static void requireCurrency(String field, Money amount, CustomerService.Account account) {
        if (amount != null && !amount.currency().equals(account.billingCurrency())) {
            RuleViolation.unprocessableIf(Optional.of(new Rejection("CURRENCY_MISMATCH", "§4.1", field + " is in "
                    + amount.currency() + "; the customer is billed in " + account.billingCurrency() + ".")
                    .at(field + ".currency")));
        }
    }

    /** A composed reason within what the ledger and audit keep (1,000 characters). */
    private static String fit(String reason) {
        return reason.length() <= 1000 ? reason : reason.substring(0, 999) + "\u2026";
    }
}
