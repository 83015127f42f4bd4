package com.cagekeeper.equipment.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import com.cagekeeper.audit.application.AuditTrail;
import com.cagekeeper.equipment.domain.CustodyEntry;
import com.cagekeeper.equipment.domain.CustodyEvent;
import com.cagekeeper.equipment.domain.Equipment;
import com.cagekeeper.equipment.domain.EquipmentOwner;
import com.cagekeeper.equipment.domain.EquipmentState;
import com.cagekeeper.equipment.domain.RackPosition;
import com.cagekeeper.equipment.domain.RackPositionFitsSpace;
import com.cagekeeper.equipment.domain.RackPositionIsFree;
import com.cagekeeper.shared.domain.Actor;
import com.cagekeeper.shared.domain.Ids;
import com.cagekeeper.shared.domain.InvalidInput;
import com.cagekeeper.shared.domain.NotFound;
import com.cagekeeper.shared.domain.Page;
import com.cagekeeper.shared.domain.PageRequest;
import com.cagekeeper.shared.domain.Rejection;
import com.cagekeeper.shared.domain.RuleViolation;
import com.cagekeeper.shared.domain.StaleVersion;
import com.cagekeeper.shared.persistence.Where;
import com.cagekeeper.shared.security.CurrentActor;
import com.cagekeeper.space.application.SpaceService;

/**
 * Equipment located in the customers' spaces (§3.1) and under the provider's lien (§3.5): each
 * use case is one transaction that changes the item, writes its custody-ledger entries and one
 * audit record per item. A customer token sees and changes only its own items.
 */
@ApplicationScoped
public class EquipmentService {

    static final String TYPE = "Equipment";
    /** Rule 13: the states in which the lien covers an item. */
    static final Set<EquipmentState> UNDER_LIEN = EnumSet.copyOf(
            java.util.Arrays.stream(EquipmentState.values()).filter(EquipmentState::underLien).toList());
    static final Set<EquipmentState> HOLDING_A_PLACE = EnumSet.copyOf(
            java.util.Arrays.stream(EquipmentState.values()).filter(EquipmentState::holdsItsPlace).toList());

    @Inject
    AccessRestrictions restrictions;
    @Inject
    Clock clock;
    @Inject
    CurrentActor current;
    @Inject
    AuditTrail audit;
    @Inject
    SpaceService spaces;

    /** An item to register, as the API received it. */
    public record Registration(String spaceId, String name, String manufacturer, String model, String serial,
            String assetTag, Integer rackUnitFrom, Integer rackUnits, BigDecimal powerDrawKw, EquipmentOwner owner) {
    }

    /**
     * §3.1: the item is placed in a space a customer leases now and belongs to that customer; a
     * customer token places only in its own spaces. In a cabinet or cage it has a rack position
     * that fits the space and overlaps no other item's. INSTALLED, under the lien (rule 13),
     * ledger entry PLACED.
     */
    @Transactional
    public EquipmentView register(Registration r) {
        Actor actor = current.actor();
        RackPosition position = position(r.rackUnitFrom(), r.rackUnits());
        SpaceService.Placement space = placement(actor, r.spaceId());
        RuleViolation.unprocessableIf(Equipment.ownershipRefusal(r.owner(), actor.tenant().isPresent()));
        RuleViolation.unprocessableIf(
                RackPositionFitsSpace.refusal(position, space.code(), space.racked(), space.rackUnits()));
        RuleViolation.unprocessableIf(RackPositionIsFree.refusal(position, space.code(), occupants(space.spaceId(), null)));
        Instant now = clock.instant();
        Equipment e = Equipment.register(Ids.newId(clock), now, space.lesseeId(), space.spaceId(),
                new Equipment.Description(r.name(), r.manufacturer(), r.model(), r.serial(), r.assetTag(),
                        r.powerDrawKw(), r.owner()),
                position, actor.subject());
        e.persist();
        CustodyEntry.inSpace(Ids.newId(clock), now, e, CustodyEvent.PLACED, actor.subject(), null).persist();
        EquipmentView after = EquipmentView.of(e);
        audit.record(actor, TYPE, e.id, "EQUIPMENT_REGISTERED", null, null, after);
        return after;
    }

    /**
     * §3.1: an installed item moves within its space to another rack position of the same height,
     * which must fit the space and be free. Ledger entry MOVED.
     */
    @Transactional
    public EquipmentView move(String id, Long expectedVersion, int rackUnitFrom, String reason) {
        Equipment e = load(id);
        StaleVersion.check(expectedVersion, e.version);
        RuleViolation.conflictIf(e.moveRefusal());
        SpaceService.Placement space = spaces.lockForPlacement(e.spaceId)
                .orElseThrow(() -> new IllegalStateException("the space of item " + e.id + " is gone"));
        if (e.position() == null) {
            throw RuleViolation.unprocessable("RACK_POSITION_NOT_APPLICABLE", RackPositionFitsSpace.CLAUSE,
                    "Item " + e.id + " has no rack position: it stands in a suite or room.");
        }
        if (rackUnitFrom < 1) {
            throw new InvalidInput("rackUnitFrom", "must be 1 or more");
        }
        RackPosition to = e.position().startingAt(rackUnitFrom);
        RuleViolation.unprocessableIf(e.samePositionRefusal(to));
        RuleViolation.unprocessableIf(RackPositionFitsSpace.refusal(to, space.code(), space.racked(), space.rackUnits()));
        RuleViolation.unprocessableIf(RackPositionIsFree.refusal(to, space.code(), occupants(space.spaceId(), e.id)));
        EquipmentView before = EquipmentView.of(e);
        Instant now = clock.instant();
        e.moveTo(to, now);
        return changed(e, before, CustodyEvent.MOVED, "EQUIPMENT_MOVED", reason, now);
    }

    /**
     * §7.6(iv): the item is taken out of the facility, by the customer or by operations; the lien
     * no longer covers it (rule 13). Refused (409) once it is gone, while the provider holds it
     * (§3.5), and to a customer for provider-owned equipment (§7.6(iii)). Ledger entry REMOVED.
     */
    @Transactional
    public EquipmentView remove(String id, Long expectedVersion, String reason) {
        Equipment e = load(id);
        StaleVersion.check(expectedVersion, e.version);
        RuleViolation.conflictIf(e.removalRefusal(current.actor().tenant().isPresent()));
        // §3.5(a): while the lien restricts the space, the customer takes nothing out of it
        if (current.actor().tenant().isPresent() && restrictions.restricted(e.spaceId)) {
            throw RuleViolation.conflict("SPACE_LIEN_RESTRICTED", "§3.5(a)", "The provider restricted access to"
                    + " this space while enforcing its lien; equipment cannot be removed until it is released.");
        }
        EquipmentView before = EquipmentView.of(e);
        Instant now = clock.instant();
        e.remove(now);
        return changed(e, before, CustodyEvent.REMOVED, "EQUIPMENT_REMOVED", reason, now);
    }

    @Transactional
    public EquipmentView get(String id) {
        return EquipmentView.of(load(id));
    }

    /** Items, filtered; a customer token lists only its own. */
    @Transactional
    public Page<EquipmentView> list(String spaceId, String customerId, EquipmentState state, String serial,
            String assetTag, PageRequest page) {
        Actor actor = current.actor();
        if (customerId != null && !actor.maySee(customerId)) {
            return new Page<>(List.of(), null);
        }
        return new Where().eq("e.customerId", actor.tenant().orElse(customerId)).eq("e.spaceId", spaceId)
                .eq("e.state", state).eq("e.serial", serial).eq("e.assetTag", assetTag)
                .page(Equipment.class, page, EquipmentView::of);
    }

    /** The item's custody ledger, oldest first. */
    @Transactional
    public Page<CustodyEntryView> custody(String id, PageRequest page) {
        Equipment e = load(id);
        return new Where().eq("e.equipmentId", e.id).page(CustodyEntry.class, page, CustodyEntryView::of);
    }

    /**
     * §3.5(b), rule 15: the provider takes the items into its possession under a lien action and
     * stores them at {@code storageLocation}. All the items are of one customer and each is
     * INSTALLED or RELOCATING (409 naming the others); they become IN_PROVIDER_POSSESSION and keep
     * their place in the space for their return. Ledger entries TAKEN_INTO_POSSESSION (from where)
     * and STORED_AT (to where). For the lien feature; joins its transaction.
     */
    @Transactional
    public List<EquipmentView> takeIntoPossession(List<String> itemIds, String storageLocation, String reason,
            String lienActionId) {
        requireText("storageLocation", storageLocation, 500);
        requireText("lienActionId", lienActionId, 36);
        List<Equipment> items = lockAll(itemIds);
        RuleViolation.conflictIf(Equipment.possessionRefusal(items));
        Actor actor = current.actor();
        List<EquipmentView> after = new ArrayList<>();
        for (Equipment e : items) {
            EquipmentView before = EquipmentView.of(e);
            Instant now = clock.instant();
            e.takeIntoPossession(storageLocation, lienActionId, now);
            CustodyEntry.inSpace(Ids.newId(clock), now, e, CustodyEvent.TAKEN_INTO_POSSESSION, actor.subject(), reason)
                    .persist();
            CustodyEntry.storedAt(Ids.newId(clock), now, e, storageLocation, actor.subject(), reason).persist();
            after.add(audit.change(actor, TYPE, e.id, "EQUIPMENT_TAKEN_INTO_POSSESSION", reason, before,
                    () -> EquipmentView.of(e)));
        }
        return after;
    }

    /**
     * Rule 16: once the lien action is released, items in the provider's possession return,
     * INSTALLED, to the place they were taken from (409 for items not in its possession). Ledger
     * entry RETURNED. For the lien feature; joins its transaction.
     */
    @Transactional
    public List<EquipmentView> returnFromPossession(List<String> itemIds, String reason) {
        List<Equipment> items = lockAll(itemIds);
        RuleViolation.conflictIf(Equipment.returnRefusal(items));
        Actor actor = current.actor();
        List<EquipmentView> after = new ArrayList<>();
        for (Equipment e : items) {
            EquipmentView before = EquipmentView.of(e);
            Instant now = clock.instant();
            // written before the return clears it, so the entry names the lien action that held the item
            CustodyEntry.inSpace(Ids.newId(clock), now, e, CustodyEvent.RETURNED, actor.subject(), reason).persist();
            e.returnFromPossession(now);
            after.add(audit.change(actor, TYPE, e.id, "EQUIPMENT_RETURNED", reason, before,
                    () -> EquipmentView.of(e)));
        }
        return after;
    }

    /**
     * Rule 13: the customer's items under the lien (every state but REMOVED and DISPOSED) in the
     * given spaces, or in all its spaces when {@code spaceIds} is null, in id order. For the lien
     * feature; a customer token reads only its own.
     */
    @Transactional
    public List<EquipmentView> itemsOf(String customerId, Collection<String> spaceIds) {
        if (customerId == null || !current.actor().maySee(customerId) || (spaceIds != null && spaceIds.isEmpty())) {
            return List.of();
        }
        List<Equipment> items = spaceIds == null
                ? Equipment.list("customerId = ?1 and state in ?2 order by id", customerId, UNDER_LIEN)
                : Equipment.list("customerId = ?1 and spaceId in ?2 and state in ?3 order by id", customerId,
                        Set.copyOf(spaceIds), UNDER_LIEN);
        return items.stream().map(EquipmentView::of).toList();
    }

    /**
     * Rule 18: what the customer's equipment in a space uses now: the items that hold a place there
     * (installed, relocating, or in the provider's possession), the rack units they occupy and the
     * power they draw, and those the provider holds under its lien.
     */
    public record SpaceLoad(List<String> itemIds, int rackUnits, BigDecimal powerDrawKw,
            List<String> inProviderPossession) {
    }

    /** Rule 18: the load of the customer's equipment in the space, read now. For the relocation feature. */
    @Transactional(Transactional.TxType.MANDATORY)
    public SpaceLoad loadOf(String spaceId, String customerId) {
        List<Equipment> items = holdingAPlace(spaceId, customerId, false);
        int units = items.stream().mapToInt(e -> e.rackUnits == null ? 0 : e.rackUnits).sum();
        BigDecimal power = items.stream().map(e -> e.powerDrawKw).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new SpaceLoad(items.stream().map(e -> e.id).toList(), units, power, items.stream()
                .filter(e -> e.state == EquipmentState.IN_PROVIDER_POSSESSION).map(e -> e.id).toList());
    }

    /**
     * §3.2: the move starts: every installed item of the customer in the space is RELOCATING. 409
     * while the provider holds one of its items there under the lien (§3.5(b)): it moves only once
     * returned. For the relocation feature; joins its transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<EquipmentView> startRelocation(String spaceId, String customerId, String reason) {
        List<Equipment> items = holdingAPlace(spaceId, customerId, true);
        RuleViolation.conflictIf(possessedRefusal(items));
        List<EquipmentView> after = new ArrayList<>();
        Actor actor = current.actor();
        for (Equipment e : items) {
            if (e.state == EquipmentState.INSTALLED) {
                EquipmentView before = EquipmentView.of(e);
                e.startRelocation(clock.instant());
                after.add(audit.change(actor, TYPE, e.id, "EQUIPMENT_RELOCATING", reason, before,
                        () -> EquipmentView.of(e)));
            }
        }
        return after;
    }

    /** §3.2: a relocation in progress was cancelled: its items are INSTALLED where they are. Joins the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void abandonRelocation(String spaceId, String customerId, String reason) {
        abandonRelocation(spaceId, customerId, reason, current.actor());
    }

    /**
     * §3.2, §7.6: as {@link #abandonRelocation(String, String, String)}, by the given actor: the
     * order ending under it (a termination, or the scheduled end run by the service itself).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void abandonRelocation(String spaceId, String customerId, String reason, Actor actor) {
        for (Equipment e : holdingAPlace(spaceId, customerId, true)) {
            if (e.state == EquipmentState.RELOCATING) {
                EquipmentView before = EquipmentView.of(e);
                e.returnFromRelocation(clock.instant());
                audit.change(actor, TYPE, e.id, "EQUIPMENT_RELOCATION_CANCELLED", reason, before,
                        () -> EquipmentView.of(e));
            }
        }
    }

    /**
     * Rule 20: every item of the customer that holds a place in the old space moves to the new one,
     * INSTALLED, at the rack position given for it or else at the units it had, which must fit the
     * new space and be free (422 naming the item otherwise); in a suite or room it has none. Ledger
     * entry MOVED (to the new place) and one audit record per item. The new space must already be
     * leased to the customer (the caller moves the lease first, in the same transaction). 409 while
     * the provider holds an item under its lien. Returns the ids moved, in id order.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> relocate(String fromSpaceId, String toSpaceId, String customerId,
            java.util.Map<String, Integer> rackUnitFrom, String reason) {
        List<Equipment> items = holdingAPlace(fromSpaceId, customerId, true);
        RuleViolation.conflictIf(possessedRefusal(items));
        Set<String> moving = new TreeSet<>(items.stream().map(e -> e.id).toList());
        List<String> strangers = rackUnitFrom.keySet().stream().filter(id -> !moving.contains(id)).sorted().toList();
        if (!strangers.isEmpty()) {
            throw RuleViolation.unprocessable("PLACEMENT_NOT_RELOCATED", "§3.2", "Not among the items this"
                    + " relocation moves: " + String.join(", ", strangers) + ".");
        }
        SpaceService.Placement to = spaces.lockForPlacement(toSpaceId)
                .orElseThrow(() -> new IllegalStateException("the target space " + toSpaceId + " is gone"));
        List<RackPositionIsFree.Occupant> occupied = new ArrayList<>(occupants(to.spaceId(), null));
        Actor actor = current.actor();
        Instant now = clock.instant();
        List<String> moved = new ArrayList<>();
        for (Equipment e : items) {
            RackPosition position = null;
            if (to.racked() && e.position() != null) {
                Integer wanted = rackUnitFrom.get(e.id);
                position = wanted == null ? e.position() : e.position().startingAt(wanted);
            }
            RuleViolation.unprocessableIf(RackPositionFitsSpace.refusal(position, to.code(), to.racked(),
                    to.rackUnits()).map(r -> r.at("placements")));
            RuleViolation.unprocessableIf(RackPositionIsFree.refusal(position, to.code(), occupied)
                    .map(r -> r.at("placements")));
            occupied.add(new RackPositionIsFree.Occupant(e.id, position));
            EquipmentView before = EquipmentView.of(e);
            e.relocateTo(toSpaceId, position, now);
            CustodyEntry.inSpace(Ids.newId(clock), now, e, CustodyEvent.MOVED, actor.subject(), reason).persist();
            audit.change(actor, TYPE, e.id, "EQUIPMENT_RELOCATED", reason, before, () -> EquipmentView.of(e));
            moved.add(e.id);
        }
        return moved;
    }

    /** The customer's items holding a place in the space, in id order, optionally locked. */
    private static List<Equipment> holdingAPlace(String spaceId, String customerId, boolean lock) {
        var query = Equipment.<Equipment>find("spaceId = ?1 and customerId = ?2 and state in ?3 order by id", spaceId,
                customerId, HOLDING_A_PLACE);
        return lock ? query.withLock(LockModeType.PESSIMISTIC_WRITE).list() : query.list();
    }

    private static Optional<Rejection> possessedRefusal(List<Equipment> items) {
        List<String> held = items.stream().filter(e -> e.state == EquipmentState.IN_PROVIDER_POSSESSION)
                .map(e -> e.id).toList();
        return held.isEmpty() ? Optional.empty()
                : Optional.of(new Rejection("EQUIPMENT_IN_PROVIDER_POSSESSION", "§3.5(b)", "The provider holds "
                        + String.join(", ", held) + " under its lien; the equipment moves once it is returned."));
    }

    /** The space an item is placed in, locked; a customer token gets one answer for every space it does not lease. */
    private SpaceService.Placement placement(Actor actor, String spaceId) {
        Optional<SpaceService.Placement> space = spaces.lockForPlacement(spaceId);
        Optional<String> tenant = actor.tenant();
        if (tenant.isPresent()) {
            // §3.1: unknown, unleased and another customer's space read the same, so the answer tells nothing
            if (space.isEmpty() || !tenant.get().equals(space.get().lesseeId())) {
                throw RuleViolation.unprocessable("SPACE_NOT_LEASED_BY_CUSTOMER", "§3.1", "The customer does not"
                        + " sublease space " + spaceId + "; equipment is placed only in the customer's own spaces.");
            }
            return space.get();
        }
        if (space.isEmpty()) {
            throw RuleViolation.unprocessable("SPACE_UNKNOWN", "§3.1", "Space " + spaceId + " does not exist.");
        }
        if (space.get().lesseeId() == null) {
            throw RuleViolation.unprocessable("SPACE_NOT_LEASED", "§3.1", "Space " + space.get().code()
                    + " is not subleased to a customer now; equipment is placed in a space a customer leases.");
        }
        return space.get();
    }

    private static RackPosition position(Integer from, Integer units) {
        if (from == null && units == null) {
            return null;
        }
        if (from == null || units == null) {
            throw new InvalidInput(from == null ? "rackUnitFrom" : "rackUnits",
                    "give rackUnitFrom and rackUnits together, or neither");
        }
        return new RackPosition(from, units);
    }

    /**
     * The items that hold a place in the space, read under the space's lock with a locking read:
     * it sees the latest committed items, not the snapshot of an earlier read in this transaction.
     */
    private static List<RackPositionIsFree.Occupant> occupants(String spaceId, String except) {
        List<Equipment> holding = Equipment.<Equipment>find("spaceId = ?1 and state in ?2 order by id", spaceId,
                HOLDING_A_PLACE).withLock(LockModeType.PESSIMISTIC_READ).list();
        return holding.stream().filter(e -> !e.id.equals(except))
                .map(e -> new RackPositionIsFree.Occupant(e.id, e.position())).toList();
    }

    /**
     * The items, locked in id order so that two lien actions naming the same items serialize;
     * the ids a caller may not see, or that name nothing, are one 422 naming them. All are of one
     * customer: a lien action secures one customer's fees (§3.5).
     */
    private List<Equipment> lockAll(List<String> itemIds) {
        if (itemIds == null || itemIds.isEmpty()) {
            throw new InvalidInput("itemIds", "must name at least one item");
        }
        Actor actor = current.actor();
        List<Equipment> items = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String id : new TreeSet<>(itemIds)) {
            Equipment e = Ids.isWellFormed(id) ? Equipment.findById(id, LockModeType.PESSIMISTIC_WRITE) : null;
            if (e == null || !actor.maySee(e.customerId)) {
                unknown.add(id);
            } else {
                items.add(e);
            }
        }
        if (!unknown.isEmpty()) {
            throw RuleViolation.unprocessable("EQUIPMENT_UNKNOWN", null,
                    "No equipment has these ids: " + String.join(", ", unknown) + ".");
        }
        RuleViolation.unprocessableIf(oneCustomerRefusal(items));
        return items;
    }

    private static Optional<Rejection> oneCustomerRefusal(List<Equipment> items) {
        Set<String> customers = new TreeSet<>(items.stream().map(e -> e.customerId).toList());
        return customers.size() <= 1 ? Optional.empty()
                : Optional.of(new Rejection("EQUIPMENT_OF_SEVERAL_CUSTOMERS", "§3.5", "A lien secures one customer's"
                        + " fees; these items belong to customers " + String.join(", ", customers) + "."));
    }

    private static void requireText(String field, String value, int max) {
        if (value == null || value.isBlank() || value.length() > max) {
            throw new InvalidInput(field, "must be 1 to " + max + " characters, not all blank");
        }
    }

    private EquipmentView changed(Equipment e, EquipmentView before, CustodyEvent event, String action, String reason,
            Instant now) {
        Actor actor = current.actor();
        CustodyEntry.inSpace(Ids.newId(clock), now, e, event, actor.subject(), reason).persist();
        return audit.change(actor, TYPE, e.id, action, reason, before, () -> EquipmentView.of(e));
    }

    private Equipment load(String id) {
        Equipment e = Ids.isWellFormed(id) ? Equipment.findById(id) : null;
        if (e == null || !current.actor().maySee(e.customerId)) {
            throw new NotFound(TYPE, id);
        }
        return e;
    }

    /**
     * §7.6(iii): the customer surrenders a provider-owned item at the end of the term: it leaves
     * the customer's space (REMOVED), ledger entry SURRENDERED with the condition in its reason.
     * For the end-of-term feature, which decides when; joins its transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public EquipmentView surrender(String id, Long expectedVersion, String reason) {
        Equipment e = lockOne(id);
        StaleVersion.check(expectedVersion, e.version);
        RuleViolation.conflictIf(e.surrenderRefusal());
        EquipmentView before = EquipmentView.of(e);
        Instant now = clock.instant();
        e.surrender(now);
        return changed(e, before, CustodyEvent.SURRENDERED, "EQUIPMENT_SURRENDERED", reason, now);
    }

    /**
     * §7.6(iv): the provider removes and disposes of a customer's item left after the removal
     * window: DISPOSED, ledger entry DISPOSED. For the end-of-term feature, which decides when;
     * joins its transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public EquipmentView dispose(String id, Long expectedVersion, String reason) {
        Equipment e = lockOne(id);
        StaleVersion.check(expectedVersion, e.version);
        RuleViolation.conflictIf(e.disposalRefusal());
        EquipmentView before = EquipmentView.of(e);
        Instant now = clock.instant();
        e.dispose(now);
        return changed(e, before, CustodyEvent.DISPOSED, "EQUIPMENT_DISPOSED", reason, now);
    }

    /** Every item of the customer placed in the space, in any state, in id order: the end of term's inventory. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<EquipmentView> placedIn(String spaceId, String customerId) {
        if (customerId == null || !current.actor().maySee(customerId)) {
            return List.of();
        }
        return Equipment.<Equipment>list("spaceId = ?1 and customerId = ?2 order by id", spaceId, customerId)
                .stream().map(EquipmentView::of).toList();
    }

    private Equipment lockOne(String id) {
        Equipment e = Ids.isWellFormed(id) ? Equipment.findById(Ids.canonical(id), LockModeType.PESSIMISTIC_WRITE) : null;
        if (e == null || !current.actor().maySee(e.customerId)) {
            throw new NotFound(TYPE, id);
        }
        return e;
    }
}
