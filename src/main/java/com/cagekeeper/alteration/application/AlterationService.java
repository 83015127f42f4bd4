package com.cagekeeper.alteration.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import com.cagekeeper.alteration.domain.Alteration;
import com.cagekeeper.alteration.domain.AlterationState;
import com.cagekeeper.audit.application.AuditTrail;
import com.cagekeeper.shared.domain.Actor;
import com.cagekeeper.shared.domain.Ids;
import com.cagekeeper.shared.domain.Page;
import com.cagekeeper.shared.domain.PageRequest;
import com.cagekeeper.shared.domain.RuleViolation;
import com.cagekeeper.shared.domain.StaleVersion;
import com.cagekeeper.shared.persistence.CustomerOwned;
import com.cagekeeper.shared.persistence.Where;
import com.cagekeeper.shared.security.CurrentActor;
import com.cagekeeper.space.application.SpaceService;

/**
 * §3.3 (rules 21-22): alterations of a space. The customer submits plans for a space it leases;
 * operations consents in writing or refuses; work is recorded as started and completed only
 * under consent. Each use case is one transaction with its audit record; a customer token sees
 * and acts on its own alterations only.
 */
@ApplicationScoped
public class AlterationService {

    static final String TYPE = "Alteration";

    @Inject
    Clock clock;
    @Inject
    CurrentActor current;
    @Inject
    AuditTrail audit;
    @Inject
    SpaceService spaces;

    /** Plans as the API received them. */
    public record Submission(String spaceId, String description, List<String> documentReferences) {
    }

    /**
     * §3.3: plans for a space the customer leases now (LEASED or SUSPENDED); the alteration is
     * the lessee's. To a customer token another customer's space, an unleased and an unknown one
     * are the same 422, as for equipment.
     */
    @Transactional
    public AlterationView submit(Submission s) {
        Actor actor = current.actor();
        String lessee = lessee(s.spaceId()).orElse(null);
        Optional<String> tenant = actor.tenant();
        if (lessee == null || (tenant.isPresent() && !tenant.get().equals(lessee))) {
            throw RuleViolation.unprocessable("SPACE_NOT_LEASED_BY_CUSTOMER", Alteration.CLAUSE, "Space " + s.spaceId()
                    + " is not subleased to " + (tenant.isPresent() ? "the customer" : "a customer")
                    + " now; plans are submitted for a space the customer leases.");
        }
        Alteration a = Alteration.submit(Ids.newId(clock), clock.instant(), lessee, Ids.canonical(s.spaceId()),
                s.description(), documents(s.documentReferences()), actor.subject());
        a.persist();
        AlterationView after = AlterationView.of(a);
        audit.record(actor, TYPE, a.id, "ALTERATION_SUBMITTED", null, null, after);
        return after;
    }

    /** Rule 21: the provider's prior written consent, with who, its reference and conditions. */
    @Transactional
    public AlterationView consent(String id, Long expectedVersion, String reference, String conditions) {
        Alteration a = lock(id, expectedVersion);
        RuleViolation.conflictIf(a.decisionRefusal());
        AlterationView before = AlterationView.of(a);
        a.consent(current.actor().subject(), reference, conditions, clock.instant());
        return changed(a, before, "ALTERATION_CONSENTED", reference);
    }

    /** §3.3: the provider refuses the plans, with its reasons; no work may be done on them. */
    @Transactional
    public AlterationView refuse(String id, Long expectedVersion, String reasons) {
        Alteration a = lock(id, expectedVersion);
        RuleViolation.conflictIf(a.decisionRefusal());
        AlterationView before = AlterationView.of(a);
        a.refuse(current.actor().subject(), reasons, clock.instant());
        return changed(a, before, "ALTERATION_REFUSED", reasons);
    }

    /** Rule 21: work starts only on consented plans (409 ALTERATION_CONSENT_REQUIRED before). */
    @Transactional
    public AlterationView start(String id, Long expectedVersion, String note) {
        Alteration a = lock(id, expectedVersion);
        RuleViolation.conflictIf(a.startRefusal());
        requireLeased(a);
        AlterationView before = AlterationView.of(a);
        a.start(clock.instant());
        return changed(a, before, "ALTERATION_STARTED", note);
    }

    /** Rule 22: the work is done; the alteration is a fixture of the space from now on. */
    @Transactional
    public AlterationView complete(String id, Long expectedVersion, String note) {
        Alteration a = lock(id, expectedVersion);
        RuleViolation.conflictIf(a.completionRefusal());
        requireLeased(a);
        AlterationView before = AlterationView.of(a);
        a.complete(clock.instant());
        return changed(a, before, "ALTERATION_COMPLETED", note);
    }

    /**
     * Plans withdrawn before work started; work in progress is closed by operations only (it may
     * not outlive the customer's tenancy or block a move, §3.2, §7.6).
     */
    @Transactional
    public AlterationView withdraw(String id, Long expectedVersion, String reason) {
        Alteration a = lock(id, expectedVersion);
        RuleViolation.conflictIf(a.withdrawalRefusal(current.actor().tenant().isEmpty()));
        AlterationView before = AlterationView.of(a);
        a.withdraw(reason, clock.instant());
        return changed(a, before, "ALTERATION_WITHDRAWN", reason);
    }

    @Transactional
    public AlterationView get(String id) {
        return AlterationView.of(CustomerOwned.find(Alteration.class, TYPE, id, LockModeType.NONE, a -> a.customerId,
                current.actor()));
    }

    /** Alterations, filtered; a customer token lists only its own. */
    @Transactional
    public Page<AlterationView> list(String spaceId, String customerId, AlterationState state, PageRequest page) {
        Actor actor = current.actor();
        if (customerId != null && !actor.maySee(customerId)) {
            return new Page<>(new ArrayList<>(), null);
        }
        return new Where().eq("e.customerId", actor.tenant().orElse(customerId)).eq("e.spaceId", spaceId)
                .eq("e.state", state).page(Alteration.class, page, AlterationView::of);
    }

    /**
     * Rule 22: the customer's completed alterations of the space, in id order: fixtures that stay
     * with it and that the restoration at the end of the term leaves in place. For the end of term.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<AlterationView> fixturesOf(String spaceId, String customerId) {
        if (customerId == null || !current.actor().maySee(customerId)) {
            return List.of();
        }
        return Alteration.<Alteration>list("spaceId = ?1 and customerId = ?2 and state = ?3 order by id", spaceId,
                customerId, AlterationState.COMPLETED).stream().map(AlterationView::of).toList();
    }

    /**
     * §3.3: the alterations whose work is in progress in the space, in id order: a relocation does
     * not start or complete under them. Joins the caller's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> inProgressIn(String spaceId) {
        return Alteration.<Alteration>list("spaceId = ?1 and state = ?2 order by id", spaceId,
                AlterationState.IN_PROGRESS).stream().map(a -> a.id).toList();
    }

    /**
     * The plans' references as one set: trimmed, and those differing only in case named once (the
     * store compares them without case or trailing space).
     */
    static TreeSet<String> documents(List<String> references) {
        TreeSet<String> distinct = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (String r : references) {
            distinct.add(r.strip());
        }
        return new TreeSet<>(distinct);
    }

    /** §3.3: work is done in a space the customer still leases; after its order ended, only restoration is. */
    private void requireLeased(Alteration a) {
        if (!a.customerId.equals(lessee(a.spaceId).orElse(null))) {
            throw RuleViolation.conflict("SPACE_NOT_LEASED_BY_CUSTOMER", Alteration.CLAUSE, "Space " + a.spaceId
                    + " is no longer subleased to the customer; no alteration work is recorded in it.");
        }
    }

    private Optional<String> lessee(String spaceId) {
        return spaces.lockForPlacement(spaceId).map(SpaceService.Placement::lesseeId);
    }

    private Alteration lock(String id, Long expectedVersion) {
        Alteration a = CustomerOwned.find(Alteration.class, TYPE, id, LockModeType.PESSIMISTIC_WRITE,
                x -> x.customerId, current.actor());
        StaleVersion.check(expectedVersion, a.version);
        return a;
    }

    private AlterationView changed(Alteration a, AlterationView before, String action, String reason) {
        return audit.change(current.actor(), TYPE, a.id, action, reason, before, () -> AlterationView.of(a));
    }
}
