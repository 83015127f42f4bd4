package com.cagekeeper.equipment.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import com.cagekeeper.shared.domain.Rejection;
import com.cagekeeper.shared.persistence.BaseEntity;

/**
 * An item of equipment located in a space (§3.1), under the provider's lien from placement
 * until it leaves the facility (§3.5, rule 13). Every change of its custody or place is also
 * written to its custody ledger ({@link CustodyEntry}).
 */
@Entity
@Table(name = "equipment")
public class Equipment extends BaseEntity {

    /** The customer that leased the space when the item was placed: the owner of the lien's debt. */
    public String customerId;
    /** The space it is in, or was last in (while in the provider's possession, or after it left). */
    public String spaceId;
    public String name;
    public String manufacturer;
    public String model;
    public String serial;
    public String assetTag;
    /** Its rack position in a cabinet or cage, else both null. */
    public Integer rackUnitFrom;
    public Integer rackUnits;
    public BigDecimal powerDrawKw;
    @Enumerated(EnumType.STRING)
    public EquipmentOwner owner;
    @Enumerated(EnumType.STRING)
    public EquipmentState state;
    public String registeredBy;
    /** Where the provider stores it while in its possession (§3.5(b)). */
    public String storageLocation;
    /** The lien action under which the provider holds it (§3.5(b)). */
    public String lienActionId;
    /** When it left the facility, removed or disposed of. */
    public Instant leftAt;

    /** What the item is, as registered. */
    public record Description(String name, String manufacturer, String model, String serial, String assetTag,
            BigDecimal powerDrawKw, EquipmentOwner owner) {
    }

    /** §3.1: the item is placed in its space, INSTALLED, and under the lien from now on (rule 13). */
    public static Equipment register(String id, Instant now, String customerId, String spaceId, Description d,
            RackPosition position, String registeredBy) {
        Equipment e = new Equipment();
        e.stampCreated(id, now);
        e.customerId = customerId;
        e.spaceId = spaceId;
        e.name = d.name();
        e.manufacturer = d.manufacturer();
        e.model = d.model();
        e.serial = d.serial();
        e.assetTag = d.assetTag();
        e.powerDrawKw = d.powerDrawKw();
        e.owner = d.owner();
        e.place(position);
        e.state = EquipmentState.INSTALLED;
        e.registeredBy = registeredBy;
        return e;
    }

    /** §7.6(iii): the provider declares what it owns; a customer registers only its own equipment. */
    public static Optional<Rejection> ownershipRefusal(EquipmentOwner owner, boolean byCustomer) {
        if (byCustomer && owner == EquipmentOwner.PROVIDER) {
            return Optional.of(new Rejection("PROVIDER_OWNERSHIP_DECLARED_BY_PROVIDER", "§7.6(iii)",
                    "Only the provider registers equipment it owns and provided to the customer."));
        }
        return Optional.empty();
    }

    /** The rack position it holds, or null in a suite or room. */
    public RackPosition position() {
        return rackUnitFrom == null ? null : new RackPosition(rackUnitFrom, rackUnits);
    }

    /** §3.1: only an item installed in its space is moved within it. */
    public Optional<Rejection> moveRefusal() {
        if (state != EquipmentState.INSTALLED) {
            return Optional.of(new Rejection("EQUIPMENT_NOT_INSTALLED", "§3.1",
                    "Item " + id + " is " + state + "; only an installed item can be moved within its space."));
        }
        return Optional.empty();
    }

    /** §3.1: a move goes somewhere else. */
    public Optional<Rejection> samePositionRefusal(RackPosition to) {
        if (to.equals(position())) {
            return Optional.of(new Rejection("RACK_POSITION_UNCHANGED", "§3.1",
                    "Item " + id + " is already at " + to + "."));
        }
        return Optional.empty();
    }

    public void moveTo(RackPosition to, Instant now) {
        place(to);
        touch(now);
    }

    /**
     * §3.5, §7.6: an item leaves the facility from its space, not from the provider's possession
     * (which only the release of the lien ends), and only once; provider-owned equipment is
     * surrendered to the provider, never taken out by the customer (§7.6(iii)).
     */
    public Optional<Rejection> removalRefusal(boolean byCustomer) {
        if (!state.underLien()) {
            return Optional.of(new Rejection("EQUIPMENT_ALREADY_GONE", "§7.6(iv)",
                    "Item " + id + " is " + state + "; it has already left the facility."));
        }
        if (state == EquipmentState.IN_PROVIDER_POSSESSION) {
            return Optional.of(new Rejection("EQUIPMENT_IN_PROVIDER_POSSESSION", "§3.5",
                    "The provider holds item " + id + " under its lien; it can be removed only after it is returned."));
        }
        if (byCustomer && owner == EquipmentOwner.PROVIDER) {
            return Optional.of(new Rejection("PROVIDER_OWNED_EQUIPMENT", "§7.6(iii)",
                    "Item " + id + " is the provider's; the customer surrenders it to the provider instead."));
        }
        return Optional.empty();
    }

    /** §7.6(iv): the item left the facility; the lien no longer covers it (rule 13). */
    public void remove(Instant now) {
        this.state = EquipmentState.REMOVED;
        this.leftAt = now;
        touch(now);
    }

    /**
     * §3.5(b): the provider takes possession only of items that are in their space (installed, or
     * being relocated); the refusal names every other item and its state.
     */
    public static Optional<Rejection> possessionRefusal(Collection<Equipment> items) {
        List<String> refused = items.stream()
                .filter(e -> e.state != EquipmentState.INSTALLED && e.state != EquipmentState.RELOCATING)
                .map(e -> e.id + " (" + e.state + ")").toList();
        if (refused.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Rejection("EQUIPMENT_NOT_IN_SPACE", "§3.5", "Only installed or relocating items can be"
                + " taken into possession; these are not: " + String.join(", ", refused) + "."));
    }

    /** §3.5(b), rule 15: stored by the provider at the customer's expense; its place in the space stays its own. */
    public void takeIntoPossession(String storageLocation, String lienActionId, Instant now) {
        this.state = EquipmentState.IN_PROVIDER_POSSESSION;
        this.storageLocation = storageLocation;
        this.lienActionId = lienActionId;
        touch(now);
    }

    /** Rule 16: only items in the provider's possession are returned; the refusal names every other one. */
    public static Optional<Rejection> returnRefusal(Collection<Equipment> items) {
        List<String> refused = items.stream().filter(e -> e.state != EquipmentState.IN_PROVIDER_POSSESSION)
                .map(e -> e.id + " (" + e.state + ")").toList();
        if (refused.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Rejection("EQUIPMENT_NOT_IN_POSSESSION", "§3.5",
                "Only items in the provider's possession can be returned; these are not: " + String.join(", ", refused)
                        + "."));
    }

    /** Rule 16: back to its last place, installed. */
    public void returnFromPossession(Instant now) {
        this.state = EquipmentState.INSTALLED;
        this.storageLocation = null;
        this.lienActionId = null;
        touch(now);
    }

    /** §3.2: the item is being moved to another space. */
    public void startRelocation(Instant now) {
        this.state = EquipmentState.RELOCATING;
        touch(now);
    }

    /** §3.2: the relocation was cancelled; the item stays installed where it is. */
    public void returnFromRelocation(Instant now) {
        this.state = EquipmentState.INSTALLED;
        touch(now);
    }

    /** Rule 20: the item is installed in its new space, at its new rack position (null in a suite or room). */
    public void relocateTo(String spaceId, RackPosition position, Instant now) {
        this.spaceId = spaceId;
        place(position);
        this.state = EquipmentState.INSTALLED;
        touch(now);
    }

    private void place(RackPosition position) {
        this.rackUnitFrom = position == null ? null : position.from();
        this.rackUnits = position == null ? null : position.units();
    }

    /**
     * §7.6(iii): at the end the customer surrenders the provider's own equipment, from its space
     * (not from the provider's possession, which only the lien's release ends), and only once.
     */
    public Optional<Rejection> surrenderRefusal() {
        if (owner != EquipmentOwner.PROVIDER) {
            return Optional.of(new Rejection("EQUIPMENT_NOT_PROVIDER_OWNED", "§7.6(iii)",
                    "Item " + id + " is the customer's; it is removed by the customer or, after the removal window,"
                            + " disposed of by the provider (§7.6(iv))."));
        }
        return inSpaceRefusal();
    }

    /** §7.6(iii): the provider has its item back; it left the customer's space (REMOVED) and the customer's lien. */
    public void surrender(Instant now) {
        remove(now);
    }

    /**
     * §7.6(iv): the provider removes and disposes of the customer's own items left in the space;
     * its own equipment is surrendered instead, and an item it holds under its lien is not in the space.
     */
    public Optional<Rejection> disposalRefusal() {
        if (owner == EquipmentOwner.PROVIDER) {
            return Optional.of(new Rejection("PROVIDER_OWNED_EQUIPMENT", "§7.6(iii)",
                    "Item " + id + " is the provider's; it is surrendered, not disposed of."));
        }
        return inSpaceRefusal();
    }

    /** §7.6(iv): the provider disposed of the item; it has left the facility and the lien (rule 13). */
    public void dispose(Instant now) {
        this.state = EquipmentState.DISPOSED;
        this.leftAt = now;
        touch(now);
    }

    private Optional<Rejection> inSpaceRefusal() {
        if (!state.underLien()) {
            return Optional.of(new Rejection("EQUIPMENT_ALREADY_GONE", "§7.6(iv)",
                    "Item " + id + " is " + state + "; it has already left the facility."));
        }
        if (state == EquipmentState.IN_PROVIDER_POSSESSION) {
            return Optional.of(new Rejection("EQUIPMENT_IN_PROVIDER_POSSESSION", "§3.5",
                    "The provider holds item " + id + " under its lien; it leaves only after it is returned."));
        }
        return Optional.empty();
    }
}
