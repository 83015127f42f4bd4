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
import com.cagekeeper.space.domain.Suspension;
import com.cagekeeper.space.domain.SuspensionReason;

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
        RuleViolation.conflictIf(space.suspensionRefusal(Suspension.standingFor(space.id) != null));
        Actor actor = current.actor();
        Suspension s = Suspension.start(Ids.newId(clock), clock.instant(), space, reason, description,
                actor.subject());
        s.persist();
        SpaceView spaceBefore = SpaceView.of(space);
        space.suspend(clock.instant());
        String why = reason + ": " + description;
        audit.change(actor, SpaceService.TYPE, space.id, "SPACE_SUSPENDED", why, spaceBefore,
                () -> SpaceView.of(space));
        return audit.change(actor, TYPE, s.id, "OPERATIONS_SUSPENDED", why, null, () -> SuspensionView.of(s));
    }

    @Transactional
    public SuspensionView lift(String id, Long expectedVersion, String note) {
        Suspension s = load(id);
        StaleVersion.check(expectedVersion, s.version);
        RuleViolation.conflictIf(s.liftRefusal());
        Actor actor = current.actor();
        SuspensionView before = SuspensionView.of(s);
        s.lift(actor.subject(), note, clock.instant());
        Space space = Space.findById(s.spaceId, LockModeType.PESSIMISTIC_WRITE);
        SpaceView spaceBefore = SpaceView.of(space);
        space.resume(s.spaceStateBefore, clock.instant());
        audit.change(actor, SpaceService.TYPE, space.id, "SPACE_RESUMED", note, spaceBefore,
                () -> SpaceView.of(space));
        return audit.change(actor, TYPE, s.id, "SUSPENSION_LIFTED", note, before, () -> SuspensionView.of(s));
    }

    /** §3.2: whether a suspension stands on the space now (a relocation target must not be suspended). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean standing(String spaceId) {
        return Ids.isWellFormed(spaceId) && Suspension.standingFor(Ids.canonical(spaceId)) != null;
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
