package com.cagekeeper.space.application;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import com.cagekeeper.audit.application.AuditTrail;
import com.cagekeeper.shared.domain.Actor;
import com.cagekeeper.shared.domain.Ids;
import com.cagekeeper.shared.domain.NotFound;
import com.cagekeeper.shared.domain.Page;
import com.cagekeeper.shared.domain.PageRequest;
import com.cagekeeper.shared.domain.RuleViolation;
import com.cagekeeper.shared.domain.StaleVersion;
import com.cagekeeper.shared.persistence.Where;
import com.cagekeeper.shared.security.CurrentActor;
import com.cagekeeper.space.domain.Space;
import com.cagekeeper.space.domain.SpaceState;
import com.cagekeeper.space.domain.Suspension;
import com.cagekeeper.space.domain.SuspensionReason;

import io.quarkus.hibernate.orm.panache.Panache;

/** §3.2 emergency suspensions of a customer's operations in a space, and their lifting. */
@ApplicationScoped
public class SuspensionService {

    static final String TYPE = "Suspension";

    @Inject
    Clock clock;
    @Inject
    CurrentActor current;
    @Inject
    AuditTrail audit;

    @Transactional
    public SuspensionView suspend(String spaceId, SuspensionReason reason, String description) {
        Space space = Ids.isWellFormed(spaceId) ? Space.findById(spaceId, LockModeType.PESSIMISTIC_WRITE) : null;
        if (space == null) {
            throw new NotFound("Space", spaceId);
        }
        if (space.customerId == null) {
            throw RuleViolation.conflict("SPACE_NOT_LEASED", "§3.2",
                    "Space " + space.code + " is " + space.state + "; there are no customer operations to suspend.");
        }
        if (Suspension.standingFor(space.id) != null) {
            throw RuleViolation.conflict("SPACE_ALREADY_SUSPENDED", "§3.2",
                    "Operations in space " + space.code + " are already suspended.");
        }
        Actor actor = current.actor();
        Suspension s = Suspension.start(Ids.newId(clock), clock.instant(), space, reason, description,
                actor.subject());
        s.persist();
        SpaceState before = space.state;
        space.suspend(clock.instant());
        Panache.getEntityManager().flush();
        SuspensionView after = SuspensionView.of(s);
        audit.record(actor, TYPE, s.id, "OPERATIONS_SUSPENDED", reason + ": " + description, null, after);
        audit.record(actor, "Space", space.id, "SPACE_SUSPENDED", reason + ": " + description,
                java.util.Map.of("state", before), java.util.Map.of("state", space.state));
        return after;
    }

    @Transactional
    public SuspensionView lift(String id, Long expectedVersion, String note) {
        Suspension s = load(id);
        StaleVersion.check(expectedVersion, s.version);
        if (!s.isStanding()) {
            throw RuleViolation.conflict("SUSPENSION_ALREADY_LIFTED", "§3.2", "The suspension was lifted at "
                    + s.liftedAt + ".");
        }
        Actor actor = current.actor();
        SuspensionView before = SuspensionView.of(s);
        s.lift(actor.subject(), note, clock.instant());
        Space space = Space.findById(s.spaceId, LockModeType.PESSIMISTIC_WRITE);
        SpaceState spaceBefore = space.state;
        space.resume(s.spaceStateBefore, clock.instant());
        Panache.getEntityManager().flush();
        SuspensionView after = SuspensionView.of(s);
        audit.record(actor, TYPE, s.id, "SUSPENSION_LIFTED", note, before, after);
        audit.record(actor, "Space", space.id, "SPACE_RESUMED", note, java.util.Map.of("state", spaceBefore),
                java.util.Map.of("state", space.state));
        return after;
    }

    @Transactional
    public SuspensionView get(String id) {
        return SuspensionView.of(load(id));
    }

    @Transactional
    public Page<SuspensionView> list(String spaceId, Boolean standing, PageRequest page) {
        Actor actor = current.actor();
        Where where = new Where().eq("e.spaceId", spaceId).eq("e.customerId", actor.tenant().orElse(null));
        if (standing != null) {
            where.condition(standing ? "e.liftedAt is null" : "e.liftedAt is not null");
        }
        return where.page(Suspension.class, page, SuspensionView::of);
    }

    private Suspension load(String id) {
        Suspension s = Ids.isWellFormed(id) ? Suspension.findById(id) : null;
        if (s == null || !current.actor().maySee(s.customerId)) {
            throw new NotFound(TYPE, id);
        }
        return s;
    }
}
