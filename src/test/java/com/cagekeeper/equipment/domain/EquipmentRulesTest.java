package com.cagekeeper.equipment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("Equipment: the lien, moves, removal, possession and return")
class EquipmentRulesTest {

    static final Instant NOW = Instant.parse("2026-11-23T14:05:00Z");

    static Equipment item(String id, EquipmentState state, EquipmentOwner owner) {
        Equipment e = Equipment.register(id, NOW, "customer", "space", new Equipment.Description("Router", null, null,
                null, null, BigDecimal.ONE, owner), new RackPosition(10, 1), "test");
        e.state = state;
        return e;
    }

    @ParameterizedTest(name = "rule 13, §3.5: an item {0} is under the lien")
    @EnumSource(value = EquipmentState.class, names = { "INSTALLED", "RELOCATING", "IN_PROVIDER_POSSESSION" })
    void underLien(EquipmentState state) {
        assertTrue(state.underLien());
        assertTrue(state.holdsItsPlace());
    }

    @ParameterizedTest(name = "rule 13, §3.5: an item {0} has left the facility and the lien no longer covers it")
    @EnumSource(value = EquipmentState.class, names = { "REMOVED", "DISPOSED" })
    void leftTheFacility(EquipmentState state) {
        assertFalse(state.underLien());
        assertFalse(state.holdsItsPlace());
    }

    @Test
    @DisplayName("§3.1 a registered item is INSTALLED at its rack position")
    void registered() {
        Equipment e = item("e1", EquipmentState.INSTALLED, EquipmentOwner.CUSTOMER);
        assertEquals(new RackPosition(10, 1), e.position());
        assertTrue(e.moveRefusal().isEmpty());
        assertEquals("RACK_POSITION_UNCHANGED", e.samePositionRefusal(new RackPosition(10, 1)).orElseThrow().code());
        assertTrue(e.samePositionRefusal(new RackPosition(11, 1)).isEmpty());
    }

    @ParameterizedTest(name = "§3.1 an item {0} is not moved: EQUIPMENT_NOT_INSTALLED")
    @EnumSource(value = EquipmentState.class, names = "INSTALLED", mode = EnumSource.Mode.EXCLUDE)
    void onlyInstalledMoves(EquipmentState state) {
        assertEquals("EQUIPMENT_NOT_INSTALLED", item("e1", state, EquipmentOwner.CUSTOMER).moveRefusal().orElseThrow()
                .code());
    }

    @Test
    @DisplayName("§7.6(iv), §3.5: removal from the space, once; never out of the provider's possession")
    void removal() {
        assertTrue(item("e1", EquipmentState.INSTALLED, EquipmentOwner.CUSTOMER).removalRefusal(true).isEmpty());
        assertTrue(item("e1", EquipmentState.RELOCATING, EquipmentOwner.CUSTOMER).removalRefusal(true).isEmpty());
        assertEquals("EQUIPMENT_IN_PROVIDER_POSSESSION", item("e1", EquipmentState.IN_PROVIDER_POSSESSION,
                EquipmentOwner.CUSTOMER).removalRefusal(false).orElseThrow().code());
        assertEquals("EQUIPMENT_ALREADY_GONE",
                item("e1", EquipmentState.REMOVED, EquipmentOwner.CUSTOMER).removalRefusal(false).orElseThrow().code());
        assertEquals("EQUIPMENT_ALREADY_GONE",
                item("e1", EquipmentState.DISPOSED, EquipmentOwner.CUSTOMER).removalRefusal(false).orElseThrow().code());
    }

    @Test
    @DisplayName("§7.6(iii) provider-owned equipment is surrendered: the customer neither removes it nor declares it")
    void providerOwned() {
        Equipment e = item("e1", EquipmentState.INSTALLED, EquipmentOwner.PROVIDER);
        assertEquals("PROVIDER_OWNED_EQUIPMENT", e.removalRefusal(true).orElseThrow().code());
        assertTrue(e.removalRefusal(false).isEmpty());
        assertEquals("§7.6(iii)", Equipment.ownershipRefusal(EquipmentOwner.PROVIDER, true).orElseThrow().clause());
        assertTrue(Equipment.ownershipRefusal(EquipmentOwner.PROVIDER, false).isEmpty());
        assertTrue(Equipment.ownershipRefusal(EquipmentOwner.CUSTOMER, true).isEmpty());
    }

    @Test
    @DisplayName("§3.5(b) possession only of installed or relocating items; the refusal names every other item")
    void possession() {
        List<Equipment> fine = List.of(item("e1", EquipmentState.INSTALLED, EquipmentOwner.CUSTOMER),
                item("e2", EquipmentState.RELOCATING, EquipmentOwner.CUSTOMER));
        assertTrue(Equipment.possessionRefusal(fine).isEmpty());
        var r = Equipment.possessionRefusal(List.of(fine.get(0), item("e3", EquipmentState.REMOVED,
                EquipmentOwner.CUSTOMER), item("e4", EquipmentState.IN_PROVIDER_POSSESSION, EquipmentOwner.CUSTOMER)))
                .orElseThrow();
        assertEquals("EQUIPMENT_NOT_IN_SPACE", r.code());
        assertEquals("§3.5", r.clause());
        assertTrue(r.message().contains("e3 (REMOVED)") && r.message().contains("e4 (IN_PROVIDER_POSSESSION)")
                && !r.message().contains("e1"), r.message());

        Equipment e = fine.get(0);
        e.takeIntoPossession("Store 1", "lien-1", NOW);
        assertEquals(EquipmentState.IN_PROVIDER_POSSESSION, e.state);
        assertEquals(new RackPosition(10, 1), e.position(), "it keeps its place for its return");
        assertTrue(Equipment.returnRefusal(List.of(e)).isEmpty());
        e.returnFromPossession(NOW);
        assertEquals(EquipmentState.INSTALLED, e.state);
        assertEquals("EQUIPMENT_NOT_IN_POSSESSION", Equipment.returnRefusal(List.of(e)).orElseThrow().code());
    }
}
