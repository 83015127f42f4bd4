package com.cagekeeper.space.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import com.cagekeeper.audit.application.AuditTrail;
import com.cagekeeper.facility.application.FacilityService;
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
import com.cagekeeper.space.domain.Space;
import com.cagekeeper.space.domain.SpaceKind;
import com.cagekeeper.space.domain.SpaceState;

/**
 * Spaces: created and described by operations; leased, released and restored on behalf
 * of orders. A customer token sees only the spaces it subleases now.
 */
@ApplicationScoped
public class SpaceService {

    static final String TYPE = "Space";

    @Inject
    Clock clock;
    @Inject
    CurrentActor current;
    @Inject
    AuditTrail audit;
    @Inject
    FacilityService facilities;

    @Transactional
    public SpaceView create(String facilityId, String code, Space.Capacity capacity) {
        if (!facilities.exists(facilityId)) {
            throw RuleViolation.unprocessable("FACILITY_UNKNOWN", null, "Facility " + facilityId + " does not exist.");
        }
        if (Space.byCode(code) != null) {
            throw RuleViolation.conflict("SPACE_CODE_TAKEN", null, "A space with code " + code + " exists.");
        }
        Space s = Space.create(Ids.newId(clock), clock.instant(), facilityId, code, capacity);
        s.persist();
        SpaceView after = SpaceView.of(s);
        audit.record(current.actor(), TYPE, s.id, "SPACE_CREATED", null, null, after);
        return after;
    }

    @Transactional
    public SpaceView describe(String id, Long expectedVersion, Space.Capacity capacity) {
        Space s = load(id);
        StaleVersion.check(expectedVersion, s.version);
        SpaceView before = SpaceView.of(s);
        s.describe(capacity);
        s.touch(clock.instant());
        return changed(s, before, "SPACE_UPDATED", null);
    }

    @Transactional
    public SpaceView get(String id) {
        return SpaceView.of(load(id));
    }

    @Transactional
    public Page<SpaceView> list(String facilityId, String customerId, SpaceState state, SpaceKind kind, String code,
            PageRequest page) {
        Actor actor = current.actor();
        if (actor.tenant().isPresent() && customerId != null && !actor.maySee(customerId)) {
            return new Page<>(List.of(), null);
        }
        return new Where().eq("e.facilityId", facilityId)
                .eq("e.customerId", actor.tenant().orElse(customerId))
                .eq("e.state", state).eq("e.kind", kind).eq("e.code", code)
                .page(Space.class, page, SpaceView::of);
    }

    /** §3.5-independent existence check used when an order names spaces; unknown ones are a 422. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requireExisting(List<String> spaceIds) {
        for (String id : spaceIds) {
            if (!Ids.isWellFormed(id) || Space.findById(id) == null) {
                throw RuleViolation.unprocessable("SPACE_UNKNOWN", null, "Space " + id + " does not exist.");
            }
        }
    }

    /**
     * §3.1: subleases the spaces to a customer through an order. The rows are locked in id
     * order, so two activations that share a space serialize and the second sees it leased.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void leaseTo(List<String> spaceIds, String customerId, String orderId, String reason) {
        List<Space> spaces = lockAll(spaceIds);
        for (Space s : spaces) {
            RuleViolation.conflictIf(s.leaseRefusal());
        }
        for (Space s : spaces) {
            SpaceView before = SpaceView.of(s);
            s.leaseTo(customerId, orderId, clock.instant());
            changed(s, before, "SPACE_LEASED", reason);
        }
    }

    /** §7.6(iv): the order that leased these spaces ended; they await removal and restoration. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void awaitRestoration(List<String> spaceIds, String orderId, Actor actor, String reason) {
        for (Space s : lockAll(spaceIds)) {
            if (orderId.equals(s.orderId)) {
                SpaceView before = SpaceView.of(s);
                s.awaitRestoration(clock.instant());
                changed(s, before, "SPACE_RESTORATION_DUE", reason, actor);
            }
        }
    }

    /** Today at the space's facility, in its time zone: the date the contract counts there. */
    @Transactional(Transactional.TxType.MANDATORY)
    public LocalDate today(String spaceId) {
        Space s = Space.findById(spaceId);
        return facilities.today(s.facilityId);
    }

    /** §3.4: records that the provider's lease of the space has ended. */
    @Transactional(Transactional.TxType.MANDATORY)
    public SpaceView underlyingLeaseEnded(String id, Long expectedVersion, LocalDate on, String reason) {
        Space s = lockAll(List.of(id)).get(0);
        StaleVersion.check(expectedVersion, s.version);
        RuleViolation.unprocessableIf(
                s.underlyingLeaseEndDateRefusal(on, facilities.zoneOf(s.facilityId), clock.instant()));
        RuleViolation.conflictIf(s.underlyingLeaseEndRefusal());
        SpaceView before = SpaceView.of(s);
        s.underlyingLeaseEnded(on, clock.instant());
        return changed(s, before, "UNDERLYING_LEASE_ENDED", reason);
    }

    /**
     * §3.3, §7.6(iv): the customer's equipment is out and the space is back in its original
     * condition, except for approved alterations. For the end of term's inspection, which checks
     * the rest; joins its transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public SpaceView restorationCompleted(String id, Long expectedVersion, String note) {
        Space s = load(id);
        StaleVersion.check(expectedVersion, s.version);
        RuleViolation.conflictIf(s.restorationRefusal());
        SpaceView before = SpaceView.of(s);
        s.restored(clock.instant());
        return changed(s, before, "SPACE_RESTORED", note);
    }

    /** The customers that lease a space in the facility now. */
    @Transactional
    public java.util.Set<String> lesseesIn(String facilityId) {
        return new java.util.TreeSet<>(Space.<Space>find("facilityId = ?1 and customerId is not null", facilityId)
                .stream().map(sp -> sp.customerId).toList());
    }

    /**
     * §3.1, §3.2: people are approved, and visits scheduled, only for spaces the customer
     * subleases now; the refusal names the others (unknown ones included).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Rejection> notLeasedRefusal(String customerId, java.util.Collection<String> spaceIds) {
        List<String> notLeased = new ArrayList<>();
        for (String id : new TreeSet<>(spaceIds)) {
            Space s = Ids.isWellFormed(id) ? Space.findById(id) : null;
            if (s == null || !customerId.equals(s.customerId)) {
                notLeased.add(id);
            }
        }
        return notLeased.isEmpty() ? Optional.empty()
                : Optional.of(new Rejection("SPACE_NOT_LEASED_BY_CUSTOMER", "§3.2", "The customer does not sublease "
                        + String.join(", ", notLeased) + "; only the customer's own spaces can be covered."));
    }

    /**
     * What placing equipment in a space needs to know of it (§3.1): who subleases it now, if
     * anyone (an order in force: LEASED or SUSPENDED), whether it is racked (a cabinet or a
     * cage) and how many rack units it has.
     */
    public record Placement(String spaceId, String code, String lesseeId, boolean racked, int rackUnits) {
    }

    /**
     * §3.1: the space equipment is placed in or moved within, read with its row locked, so that
     * two placements in the same space serialize and the second sees the first. Empty when no
     * space has this id.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Placement> lockForPlacement(String spaceId) {
        Space s = Ids.isWellFormed(spaceId) ? Space.findById(spaceId, LockModeType.PESSIMISTIC_WRITE) : null;
        if (s == null) {
            return Optional.empty();
        }
        boolean leasedNow = s.customerId != null && (s.state == SpaceState.LEASED || s.state == SpaceState.SUSPENDED);
        return Optional.of(new Placement(s.id, s.code, leasedNow ? s.customerId : null,
                s.kind == SpaceKind.CABINET || s.kind == SpaceKind.CAGE, s.rackUnits));
    }

    /**
     * §3.2 (rule 18): a space as a relocation reads it, its source or its target, whoever leases
     * it; empty when no space has this id. The relocation feature decides what a customer sees.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<SpaceView> forRelocation(String spaceId) {
        Space s = Ids.isWellFormed(spaceId) ? Space.findById(Ids.canonical(spaceId)) : null;
        return Optional.ofNullable(s).map(SpaceView::of);
    }

    /**
     * Rule 20: locks the two spaces of a relocation in id order (the order every multi-space
     * change here uses, so two of them never deadlock) and reads them fresh.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public java.util.Map<String, SpaceView> lockForRelocation(String fromSpaceId, String toSpaceId) {
        java.util.Map<String, SpaceView> locked = new java.util.HashMap<>();
        for (Space s : lockAll(List.of(fromSpaceId, toSpaceId))) {
            Space.getEntityManager().refresh(s);
            locked.put(s.id, SpaceView.of(s));
        }
        return locked;
    }

    /**
     * Rule 20 (§3.2): the order's lease moves with the equipment. The target, which must still be
     * AVAILABLE, is leased to the old space's lessee by the same order; the old space is released
     * to RESTORATION_DUE or AVAILABLE (OUT_OF_SERVICE when its underlying lease has ended, §3.4).
     * 409 when either space is no longer as the relocation found it. Both rows locked in id order.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void moveLease(String fromSpaceId, String toSpaceId, String customerId, String orderId,
            boolean oldSpaceAwaitsRestoration, String reason) {
        Space from = null;
        Space to = null;
        for (Space s : lockAll(List.of(fromSpaceId, toSpaceId))) {
            if (s.id.equals(fromSpaceId)) {
                from = s;
            } else {
                to = s;
            }
        }
        if (!customerId.equals(from.customerId) || !orderId.equals(from.orderId)
                || (from.state != SpaceState.LEASED && from.state != SpaceState.SUSPENDED)) {
            throw RuleViolation.conflict("SPACE_NO_LONGER_LEASED", "§3.2", "Space " + from.code
                    + " is no longer leased to the customer by order " + orderId + "; nothing to relocate.");
        }
        RuleViolation.conflictIf(to.leaseRefusal());
        SpaceView toBefore = SpaceView.of(to);
        to.leaseTo(customerId, orderId, clock.instant());
        changed(to, toBefore, "SPACE_LEASED", reason);
        SpaceView fromBefore = SpaceView.of(from);
        from.releasedByRelocation(oldSpaceAwaitsRestoration, clock.instant());
        changed(from, fromBefore, oldSpaceAwaitsRestoration ? "SPACE_RESTORATION_DUE" : "SPACE_RELEASED", reason);
    }

    private List<Space> lockAll(List<String> spaceIds) {
        List<Space> spaces = new ArrayList<>();
        for (String id : new TreeSet<>(spaceIds)) {
            Space s = Ids.isWellFormed(id) ? Space.findById(id, LockModeType.PESSIMISTIC_WRITE) : null;
            if (s == null) {
                throw new NotFound(TYPE, id);
            }
            spaces.add(s);
        }
        return spaces;
    }

    private SpaceView changed(Space s, SpaceView before, String action, String reason) {
        return changed(s, before, action, reason, current.actor());
    }

    private SpaceView changed(Space s, SpaceView before, String action, String reason, Actor actor) {
        return audit.change(actor, TYPE, s.id, action, reason, before, () -> SpaceView.of(s));
    }

    private Space load(String id) {
        Space s = Ids.isWellFormed(id) ? Space.findById(id) : null;
        if (s == null || !current.actor().maySee(s.customerId)) {
            throw new NotFound(TYPE, id);
        }
        return s;
    }

    /**
     * The space whoever leases it, or empty when no space has this id: for the end of term
     * (§7.6), which shows an ended order's customer the space it no longer leases.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<SpaceView> find(String spaceId) {
        Space s = Ids.isWellFormed(spaceId) ? Space.findById(Ids.canonical(spaceId)) : null;
        return Optional.ofNullable(s).map(SpaceView::of);
    }
}
