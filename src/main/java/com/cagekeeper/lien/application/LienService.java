package com.cagekeeper.lien.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.cagekeeper.audit.application.AuditTrail;
import com.cagekeeper.billing.application.ChargeService;
import com.cagekeeper.billing.application.LienStanding;
import com.cagekeeper.billing.application.StandingService;
import com.cagekeeper.billing.application.StandingView;
import com.cagekeeper.customer.application.CustomerService;
import com.cagekeeper.equipment.application.AccessRestrictions;
import com.cagekeeper.equipment.application.EquipmentService;
import com.cagekeeper.lien.domain.LienAction;
import com.cagekeeper.lien.domain.LienActionState;
import com.cagekeeper.lien.domain.LienRequiresElapsedCurePeriod;
import com.cagekeeper.lien.domain.LienSettings;
import com.cagekeeper.notice.application.NoticeService;
import com.cagekeeper.notice.application.NoticeView;
import com.cagekeeper.shared.persistence.CustomerOwned;
import com.cagekeeper.shared.domain.Actor;
import com.cagekeeper.shared.domain.ChargeKind;
import com.cagekeeper.shared.domain.Ids;
import com.cagekeeper.shared.domain.Money;
import com.cagekeeper.shared.domain.NoticeSubject;
import com.cagekeeper.shared.domain.Page;
import com.cagekeeper.shared.domain.PageRequest;
import com.cagekeeper.shared.domain.RuleViolation;
import com.cagekeeper.shared.domain.StaleVersion;
import com.cagekeeper.shared.persistence.Where;
import com.cagekeeper.shared.security.CurrentActor;
import com.cagekeeper.space.application.SpaceService;

/**
 * §3.5 (rules 14-16): enforcement of the lien on nonpayment and its release. Each use case is
 * one transaction with its audit record, its equipment custody entries and its charges.
 */
@ApplicationScoped
public class LienService implements LienStanding, AccessRestrictions {

    static final String TYPE = "LienAction";

    @Inject
    Clock clock;
    @Inject
    CurrentActor current;
    @Inject
    AuditTrail audit;
    @Inject
    CustomerService customers;
    @Inject
    StandingService standings;
    @Inject
    NoticeService notices;
    @Inject
    SpaceService spaces;
    @Inject
    EquipmentService equipment;
    @Inject
    ChargeService charges;
    @Inject
    LienSettings settings;
    @ConfigProperty(name = "billing.restoration-fee", defaultValue = "250.00")
    BigDecimal restorationFee;

    /** What operations asks for: restrict these spaces (§3.5(a)) and/or take these items (§3.5(b)). */
    public record Enforcement(String customerId, List<String> restrictSpaceIds, List<String> itemIds,
            String storageLocation, String reason) {
    }

    /**
     * §3.5, rule 14: allowed only when, on the customer's date today, undisputed amounts are past
     * due, a DELINQUENCY notice was deemed given after they fell due, and the cure period has
     * elapsed since (409 naming each missing condition and the earliest date otherwise).
     */
    @Transactional
    public LienActionView enforce(Enforcement e) {
        Actor actor = current.actor();
        CustomerService.Account account = customers.account(e.customerId(), actor)
                .orElseThrow(() -> RuleViolation.unprocessable("CUSTOMER_UNKNOWN", null,
                        "Customer " + e.customerId() + " does not exist."));
        Set<String> spaceIds = new TreeSet<>(e.restrictSpaceIds() == null ? List.of() : e.restrictSpaceIds());
        Set<String> itemIds = new TreeSet<>(e.itemIds() == null ? List.of() : e.itemIds());
        RuleViolation.unprocessableIf(LienAction.shapeRefusal(spaceIds, itemIds, e.storageLocation()));
        RuleViolation.unprocessableIf(spaces.notLeasedRefusal(account.customerId(), spaceIds)
                .map(r -> r.at("restrictSpaceIds")));
        StandingView standing = standings.standing(account.customerId(), account.today());
        NoticeView notice = curingNotice(account.customerId(), standing.oldestPastDueOn());
        LienRequiresElapsedCurePeriod rule = new LienRequiresElapsedCurePeriod(settings.curePeriodDays());
        RuleViolation.conflictIf(rule.refusal(new LienRequiresElapsedCurePeriod.Facts(
                standing.undisputedPastDue().amount().signum() > 0, standing.oldestPastDueOn(),
                notice == null ? null : notice.deemedGivenOn(), account.today())));
        LienAction a = LienAction.enforce(Ids.newId(clock), clock.instant(), account.customerId(), notice.id(),
                spaceIds, itemIds, e.storageLocation(), account.today(), e.reason(), actor.subject());
        a.persist();
        if (!itemIds.isEmpty()) {
            var taken = equipment.takeIntoPossession(List.copyOf(itemIds), e.storageLocation(),
                    "Lien enforced (§3.5(b)): " + e.reason(), a.id);
            if (taken.stream().anyMatch(i -> !i.customerId().equals(account.customerId()))) {
                throw RuleViolation.unprocessable("EQUIPMENT_NOT_THE_CUSTOMERS", "§3.5",
                        "Only the customer's own equipment is under its lien.");
            }
        }
        LienActionView after = LienActionView.of(a);
        audit.record(actor, TYPE, a.id, "LIEN_ENFORCED", e.reason(), null, after);
        return after;
    }

    /**
     * Rule 16, §4.5: once every undisputed past-due amount is paid, operations releases the
     * action: access returns at the next check, possessed equipment is returned (custody
     * ledger), storage is charged by the day of possession, and restoring access is charged
     * the restoration fee. Partial payment leaves it standing (409).
     */
    @Transactional
    public LienActionView release(String id, Long expectedVersion, String note) {
        LienAction a = load(id);
        StaleVersion.check(expectedVersion, a.version);
        RuleViolation.conflictIf(a.releaseRefusal());
        Actor actor = current.actor();
        CustomerService.Account account = customers.account(a.customerId, Actor.SYSTEM).orElseThrow();
        StandingView standing = standings.standing(a.customerId, account.today());
        if (standing.undisputedPastDue().amount().signum() > 0) {
            throw RuleViolation.conflict("UNDISPUTED_AMOUNTS_UNPAID", "§3.5", "Undisputed amounts of "
                    + standing.undisputedPastDue().amount() + " " + standing.undisputedPastDue().currency()
                    + " are still past due; the lien action stands until they are paid.");
        }
        LienActionView before = LienActionView.of(a);
        a.release(actor.subject(), note, clock.instant());
        if (!a.itemIds.isEmpty()) {
            equipment.returnFromPossession(List.copyOf(a.itemIds), "Lien released (rule 16)");
            long days = Math.max(1, ChronoUnit.DAYS.between(a.possessedOn, account.today()));
            BigDecimal amount = settings.storageDailyRate().multiply(BigDecimal.valueOf(days * a.itemIds.size()));
            // by the day from the day of possession up to the day of return; at least one day
            charges.charge(a.customerId, ChargeKind.STORAGE, new Money(amount, account.billingCurrency()),
                    a.possessedOn, a.possessedOn.plusDays(days - 1), "§3.5(b)", TYPE, a.id);
        }
        if (a.restrictsAccess) {
            charges.charge(a.customerId, ChargeKind.RESTORATION_FEE, new Money(restorationFee,
                    account.billingCurrency()), account.today(), account.today(), "§4.5", TYPE, a.id);
        }
        return audit.change(actor, TYPE, a.id, "LIEN_RELEASED", note, before, () -> LienActionView.of(a));
    }

    /** How the delinquency list is ordered. */
    public enum DelinquencyOrder {
        /** Largest undisputed amount past due first. */
        AMOUNT,
        /** Longest past due first. */
        AGE
    }

    /** §3.5, §12.7: the DELINQUENCY notice the customer's cure period runs from, or null. */
    private NoticeView curingNotice(String customerId, LocalDate oldestPastDueOn) {
        return LienRequiresElapsedCurePeriod.noticeCounted(
                notices.deemedNotices(customerId, NoticeSubject.DELINQUENCY), NoticeView::deemedGivenOn,
                oldestPastDueOn).orElse(null);
    }

    /**
     * §3.5: the customers with undisputed amounts past due, each with what the contract allows
     * next, so operations can go from the list to an action. Paged after the customer id a
     * cursor names, in the order asked for.
     */
    @Transactional
    public Page<DelinquencyView> delinquencies(String facilityId, DelinquencyOrder order, PageRequest page) {
        java.util.Set<String> inFacility = facilityId == null ? null : spaces.lesseesIn(facilityId);
        LienRequiresElapsedCurePeriod rule = new LienRequiresElapsedCurePeriod(settings.curePeriodDays());
        List<DelinquencyView> all = new ArrayList<>();
        // a day's margin: customers count their own today, which may be ahead of UTC's
        for (String customerId : standings.customersWithInvoicesDueBefore(LocalDate.now(clock).plusDays(1))) {
            if (inFacility != null && !inFacility.contains(customerId)) {
                continue;
            }
            StandingView s = standings.standing(customerId, null);
            if (s.undisputedPastDue().amount().signum() <= 0) {
                continue;
            }
            NoticeView notice = curingNotice(customerId, s.oldestPastDueOn());
            var assessment = rule.assess(new LienRequiresElapsedCurePeriod.Facts(true, s.oldestPastDueOn(),
                    notice == null ? null : notice.deemedGivenOn(), s.on()));
            DelinquencyView.NextStep step = lienActionStanding(customerId) ? DelinquencyView.NextStep.ENFORCED
                    : switch (assessment.step()) {
                        case ENFORCEABLE -> DelinquencyView.NextStep.ENFORCEABLE;
                        case WAIT_CURE_PERIOD -> DelinquencyView.NextStep.WAIT_CURE_PERIOD;
                        default -> DelinquencyView.NextStep.SEND_NOTICE;
                    };
            all.add(new DelinquencyView(customerId, s.undisputedPastDue(), s.oldestPastDueOn(), s.daysPastDue(),
                    step, assessment.allowedOn(), notice == null ? null : notice.id()));
        }
        java.util.Comparator<DelinquencyView> by = order == DelinquencyOrder.AGE
                ? java.util.Comparator.comparingLong(DelinquencyView::daysPastDue).reversed()
                : java.util.Comparator.comparing((DelinquencyView d) -> d.undisputedPastDue().amount()).reversed();
        all.sort(by.thenComparing(DelinquencyView::customerId));
        int from = 0;
        if (page.after() != null) {
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).customerId().equals(page.after())) {
                    from = i + 1;
                }
            }
        }
        List<DelinquencyView> rest = all.subList(Math.min(from, all.size()), all.size());
        return page.toPage(rest.subList(0, Math.min(rest.size(), page.limit() + 1)), DelinquencyView::customerId,
                d -> d);
    }

    @Transactional
    public LienActionView get(String id) {
        return LienActionView.of(load(id));
    }

    @Transactional
    public Page<LienActionView> list(String customerId, LienActionState state, PageRequest page) {
        Actor actor = current.actor();
        if (customerId != null && !actor.maySee(customerId)) {
            return new Page<>(new ArrayList<>(), null);
        }
        return new Where().eq("e.customerId", actor.tenant().orElse(customerId)).eq("e.state", state)
                .page(LienAction.class, page, LienActionView::of);
    }

    /** Rule 16 and the customer's standing: LIEN_ENFORCED while an action stands. */
    @Override
    @Transactional
    public boolean lienActionStanding(String customerId) {
        return LienAction.count("customerId = ?1 and state = ?2", customerId, LienActionState.STANDING) > 0;
    }

    /** §3.5(a): whether a standing lien action restricts access to the space. */
    @Override
    @Transactional
    public boolean restricted(String spaceId) {
        return LienAction.count("select count(a) from LienAction a join a.spaceIds s where s = ?1 and a.state = ?2",
                spaceId, LienActionState.STANDING) > 0;
    }

    private LienAction load(String id) {
        return CustomerOwned.find(LienAction.class, TYPE, id, LockModeType.NONE, a -> a.customerId, current.actor());
    }
}
