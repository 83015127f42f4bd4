package com.cagekeeper.visit.application;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.cagekeeper.shared.domain.AccessSettings;
import com.cagekeeper.audit.application.AuditTrail;
import com.cagekeeper.customer.application.CustomerService;
import com.cagekeeper.personnel.application.PersonService;
import com.cagekeeper.shared.domain.Actor;
import com.cagekeeper.shared.domain.IdentityDocument;
import com.cagekeeper.shared.domain.Ids;
import com.cagekeeper.shared.domain.InvalidInput;
import com.cagekeeper.shared.domain.NotFound;
import com.cagekeeper.shared.domain.Page;
import com.cagekeeper.shared.domain.PageRequest;
import com.cagekeeper.shared.domain.RuleViolation;
import com.cagekeeper.shared.domain.StaleVersion;
import com.cagekeeper.shared.persistence.Where;
import com.cagekeeper.shared.security.CurrentActor;
import com.cagekeeper.space.application.SpaceService;
import com.cagekeeper.visit.domain.Visit;
import com.cagekeeper.visit.domain.VisitPurpose;
import com.cagekeeper.visit.domain.VisitState;
import com.cagekeeper.visit.domain.Visitor;

/** Visits (rule 9): scheduled by the customer for its spaces, with an escort; operations may waive the escort or cancel. */
@ApplicationScoped
public class VisitService {

    static final String TYPE = "Visit";

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
    PersonService people;
    @Inject
    AccessSettings settings;

    /** A visitor as the API received it. */
    public record NewVisitor(String name, String employer, IdentityDocument.Type idDocumentType,
            String idDocumentNumber) {
    }

    /** A visit as the API received it. */
    public record Schedule(String customerId, VisitPurpose purpose, String description, Instant startsAt,
            Instant endsAt, List<String> spaceIds, List<NewVisitor> visitors, String escortPersonId) {
    }

    @Transactional
    public VisitView schedule(Schedule s) {
        Actor actor = current.actor();
        String customerId = actor.actingFor(s.customerId());
        if (actor.isCustomer() && s.escortPersonId() == null) {
            throw new InvalidInput("escortPersonId", "must name an approved person who may escort (rule 9)");
        }
        if (!customers.visible(customerId)) {
            throw RuleViolation.unprocessable("CUSTOMER_UNKNOWN", null, "Customer " + customerId + " does not exist.");
        }
        RuleViolation.unprocessableIf(Visit.scheduleRefusal(s.startsAt(), s.endsAt(), s.visitors().size(), settings.maxVisitDays(),
                settings.maxVisitors()));
        Set<String> spaceIds = new HashSet<>(s.spaceIds());
        RuleViolation.unprocessableIf(spaces.notLeasedRefusal(customerId, spaceIds));
        if (s.escortPersonId() != null) {
            RuleViolation.unprocessableIf(people.escortRefusal(s.escortPersonId(), customerId, spaceIds));
        }
        Instant now = clock.instant();
        Visit v = new Visit();
        v.id = Ids.newId(clock);
        v.createdAt = now;
        v.updatedAt = now;
        v.customerId = customerId;
        v.purpose = s.purpose();
        v.description = s.description();
        v.startsAt = s.startsAt();
        v.endsAt = s.endsAt();
        v.spaceIds.addAll(spaceIds);
        v.escortPersonId = s.escortPersonId();
        v.state = VisitState.SCHEDULED;
        int position = 0;
        for (NewVisitor nv : s.visitors()) {
            IdentityDocument doc = IdentityDocument.of(nv.idDocumentType(), nv.idDocumentNumber(),
                    settings.identityKey());
            Visitor x = new Visitor();
            x.id = Ids.newId(clock);
            x.visitId = v.id;
            x.position = position++;
            x.name = nv.name();
            x.employer = nv.employer();
            x.idDocumentType = doc.type();
            x.idDocumentHash = doc.hash();
            x.idDocumentLast4 = doc.last4();
            v.visitors.add(x);
        }
        v.persist();
        return audit.change(actor, TYPE, v.id, "VISIT_SCHEDULED", null, null, () -> VisitView.of(v));
    }

    /**
     * Rule 20 (§3.2): the customer's scheduled visits not yet over that cover the old space cover
     * the new one instead, in the caller's transaction. Rows locked in id order; one audit record
     * each. Returns how many.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int moveSpaceScope(String customerId, String fromSpaceId, String toSpaceId, String reason) {
        List<String> ids = Visit.getEntityManager().createQuery("select v.id from Visit v join v.spaceIds s"
                + " where s = :space and v.customerId = :customer and v.state = :scheduled and v.endsAt > :now"
                + " order by v.id", String.class)
                .setParameter("space", fromSpaceId).setParameter("customer", customerId)
                .setParameter("scheduled", VisitState.SCHEDULED).setParameter("now", clock.instant())
                .getResultList();
        Actor actor = current.actor();
        for (String id : ids) {
            Visit v = Visit.findById(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
            VisitView before = VisitView.of(v);
            v.spaceIds.remove(fromSpaceId);
            v.spaceIds.add(toSpaceId);
            v.touch(clock.instant());
            audit.change(actor, TYPE, v.id, "VISIT_SPACES_RELOCATED", reason, before, () -> VisitView.of(v));
        }
        return ids.size();
    }

    /** Rule 9: operations waives the escort, with a recorded reason. */
    @Transactional
    public VisitView waiveEscort(String id, Long expectedVersion, String reason) {
        Visit v = load(id);
        StaleVersion.check(expectedVersion, v.version);
        RuleViolation.conflictIf(v.waiverRefusal());
        VisitView before = VisitView.of(v);
        v.waiveEscort(current.actor().subject(), reason, clock.instant());
        return changed(v, before, "VISIT_ESCORT_WAIVED", reason);
    }

    @Transactional
    public VisitView cancel(String id, Long expectedVersion, String reason) {
        Visit v = load(id);
        StaleVersion.check(expectedVersion, v.version);
        RuleViolation.conflictIf(v.cancellationRefusal());
        VisitView before = VisitView.of(v);
        v.cancel(current.actor().subject(), reason, clock.instant());
        return changed(v, before, "VISIT_CANCELLED", reason);
    }

    @Transactional
    public VisitView get(String id) {
        return VisitView.of(load(id));
    }

    /** Visits, filtered; security finds a visitor's visits by identity document. */
    @Transactional
    public Page<VisitView> list(String customerId, String spaceId, VisitState state,
            IdentityDocument.Type documentType, String documentNumber, PageRequest page) {
        Actor actor = current.actor();
        if (customerId != null && !actor.maySee(customerId)) {
            return new Page<>(List.of(), null);
        }
        String hash = IdentityDocument.lookupHash(documentType, documentNumber, settings.identityKey());
        return new Where().eq("e.customerId", actor.tenant().orElse(customerId)).eq("e.state", state)
                .when(spaceId, ":space member of e.spaceIds", "space")
                .when(hash, "exists (select 1 from Visitor x where x.visitId = e.id and x.idDocumentHash = :doc)",
                        "doc")
                .page(Visit.class, page, VisitView::of);
    }

    private VisitView changed(Visit v, VisitView before, String action, String reason) {
        return audit.change(current.actor(), TYPE, v.id, action, reason, before, () -> VisitView.of(v));
    }



    private Visit load(String id) {
        Visit v = Ids.isWellFormed(id) ? Visit.findById(id) : null;
        if (v == null || !current.actor().maySee(v.customerId)) {
            throw new NotFound(TYPE, id);
        }
        return v;
    }
}
