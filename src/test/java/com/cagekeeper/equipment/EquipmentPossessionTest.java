package com.cagekeeper.equipment;

import static com.cagekeeper.support.Api.OPERATIONS;
import static com.cagekeeper.support.Api.as;
import static com.cagekeeper.support.Fixtures.equipmentBody;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.cagekeeper.equipment.application.EquipmentService;
import com.cagekeeper.equipment.application.EquipmentView;
import com.cagekeeper.equipment.domain.EquipmentState;
import com.cagekeeper.shared.domain.RuleViolation;
import com.cagekeeper.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/**
 * The service methods the lien feature calls (§3.5, rules 13, 15, 16), called directly as an
 * operations actor; their results are read back through the REST API.
 */
@QuarkusTest
@DisplayName("Equipment in the provider's possession under its lien (§3.5)")
class EquipmentPossessionTest {

    static final String EQUIPMENT = "/api/v1/equipment";
    static final String LIEN = "0190c7a4-0000-7000-8000-0000000011e1";

    @Inject
    EquipmentService equipment;

    @Test
    @TestSecurity(user = "test.lien-operator", roles = OPERATIONS)
    @DisplayName("§3.5(b), rule 15: taking possession makes items IN_PROVIDER_POSSESSION, still under the lien, with TAKEN_INTO_POSSESSION and STORED_AT ledger entries and an audit record each")
    void takeIntoPossession() {
        var t = Fixtures.tenancy();
        String one = Fixtures.equipment(t.spaceId(), 1, 2);
        String two = Fixtures.equipment(t.spaceId(), 3, 1);
        List<EquipmentView> taken = equipment.takeIntoPossession(List.of(two, one, one), "ATL1 cage store, shelf 4",
                "Undisputed invoices unpaid after notice and cure period", LIEN);
        assertEquals(List.of(one, two), taken.stream().map(EquipmentView::id).toList(), "each item once, in id order");
        for (EquipmentView v : taken) {
            assertEquals(EquipmentState.IN_PROVIDER_POSSESSION, v.state());
            assertTrue(v.underLien(), "rule 13: still in the facility's custody, still under the lien");
            assertEquals("ATL1 cage store, shelf 4", v.storageLocation());
            assertEquals(LIEN, v.lienActionId());
        }
        as(OPERATIONS).get(EQUIPMENT + "/{id}/custody", one).then().statusCode(200)
                .body("items.event", contains("PLACED", "TAKEN_INTO_POSSESSION", "STORED_AT"))
                .body("items[1].spaceId", equalTo(t.spaceId())).body("items[1].rackUnitFrom", equalTo(1))
                .body("items[1].lienActionId", equalTo(LIEN)).body("items[1].actorSubject", equalTo("test.lien-operator"))
                .body("items[1].reason", containsString("cure period"))
                .body("items[2].storageLocation", equalTo("ATL1 cage store, shelf 4")).body("items[2].spaceId", nullValue())
                .body("items[2].lienActionId", equalTo(LIEN));
        as(OPERATIONS).queryParam("objectId", two).get("/api/v1/audit").then()
                .body("items.action", contains("EQUIPMENT_REGISTERED", "EQUIPMENT_TAKEN_INTO_POSSESSION"))
                .body("items[1].actorSubject", equalTo("test.lien-operator"));
    }

    @Test
    @TestSecurity(user = "test.lien-operator", roles = OPERATIONS)
    @DisplayName("§3.5(b): only INSTALLED or RELOCATING items are taken: 409 naming the others, and none of the items changes")
    void possessionOnlyOfItemsInTheirSpace() {
        var t = Fixtures.tenancy();
        String installed = Fixtures.equipment(t.spaceId(), 1, 1);
        String removed = Fixtures.equipment(t.spaceId(), 2, 1);
        as(OPERATIONS).body("{}").post(EQUIPMENT + "/{id}/removal", removed).then().statusCode(200);
        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> equipment.takeIntoPossession(List.of(installed, removed), "Store", "Lien", LIEN));
        assertEquals(RuleViolation.Kind.STATE_CONFLICT, refused.kind());
        assertEquals("EQUIPMENT_NOT_IN_SPACE", refused.rejection().code());
        assertEquals("§3.5", refused.rejection().clause());
        assertTrue(refused.rejection().message().contains(removed + " (REMOVED)"), refused.rejection().message());
        as(OPERATIONS).get(EQUIPMENT + "/{id}", installed).then().body("state", equalTo("INSTALLED"))
                .body("version", equalTo(0));
        as(OPERATIONS).get(EQUIPMENT + "/{id}/custody", installed).then().body("items.event", contains("PLACED"));

        equipment.takeIntoPossession(List.of(installed), "Store", "Lien", LIEN);
        RuleViolation again = assertThrows(RuleViolation.class,
                () -> equipment.takeIntoPossession(List.of(installed), "Store", "Lien", LIEN));
        assertEquals("EQUIPMENT_NOT_IN_SPACE", again.rejection().code());
        RuleViolation unknown = assertThrows(RuleViolation.class, () -> equipment.takeIntoPossession(
                List.of(UUID.randomUUID().toString()), "Store", "Lien", LIEN));
        assertEquals("EQUIPMENT_UNKNOWN", unknown.rejection().code());
    }

    @Test
    @TestSecurity(user = "test.lien-operator", roles = OPERATIONS)
    @DisplayName("§3.5: a lien secures one customer's fees: items of two customers in one possession are refused (422)")
    void oneCustomerAtATime() {
        var a = Fixtures.tenancy();
        var b = Fixtures.tenancy();
        String mine = Fixtures.equipment(a.spaceId(), 1, 1);
        String theirs = Fixtures.equipment(b.spaceId(), 1, 1);
        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> equipment.takeIntoPossession(List.of(mine, theirs), "Store", "Lien", LIEN));
        assertEquals(RuleViolation.Kind.UNPROCESSABLE, refused.kind());
        assertEquals("EQUIPMENT_OF_SEVERAL_CUSTOMERS", refused.rejection().code());
    }

    @Test
    @TestSecurity(user = "test.lien-operator", roles = OPERATIONS)
    @DisplayName("§3.5, §3.1: an item in the provider's possession keeps its rack position (no other item takes it) and cannot be removed or moved (409)")
    void possessedItemKeepsItsPlace() {
        var t = Fixtures.tenancy();
        String item = Fixtures.equipment(t.spaceId(), 10, 2);
        equipment.takeIntoPossession(List.of(item), "Store", "Lien", LIEN);
        as(OPERATIONS).body(equipmentBody(t.spaceId(), 11, 1)).post(EQUIPMENT).then().statusCode(422)
                .body("code", equalTo("RACK_POSITION_TAKEN")).body("detail", containsString(item));
        as(OPERATIONS).body("{}").post(EQUIPMENT + "/{id}/removal", item).then().statusCode(409)
                .body("code", equalTo("EQUIPMENT_IN_PROVIDER_POSSESSION")).body("clause", equalTo("§3.5"));
        as(OPERATIONS).body(java.util.Map.of("rackUnitFrom", 20)).post(EQUIPMENT + "/{id}/move", item).then()
                .statusCode(409).body("code", equalTo("EQUIPMENT_NOT_INSTALLED"));
    }

    @Test
    @TestSecurity(user = "test.lien-operator", roles = OPERATIONS)
    @DisplayName("rule 16: returned from possession, the item is INSTALLED at its last place with a RETURNED ledger entry; an item not in possession is 409")
    void returnFromPossession() {
        var t = Fixtures.tenancy();
        String item = Fixtures.equipment(t.spaceId(), 10, 2);
        String installed = Fixtures.equipment(t.spaceId(), 20, 1);
        equipment.takeIntoPossession(List.of(item), "Store", "Lien", LIEN);
        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> equipment.returnFromPossession(List.of(item, installed), "Paid in full"));
        assertEquals("EQUIPMENT_NOT_IN_POSSESSION", refused.rejection().code());
        assertTrue(refused.rejection().message().contains(installed + " (INSTALLED)"));

        List<EquipmentView> back = equipment.returnFromPossession(List.of(item), "Paid in full");
        assertEquals(EquipmentState.INSTALLED, back.get(0).state());
        assertEquals(10, back.get(0).rackUnitFrom());
        assertEquals(t.spaceId(), back.get(0).spaceId());
        assertEquals(null, back.get(0).storageLocation());
        as(OPERATIONS).get(EQUIPMENT + "/{id}/custody", item).then()
                .body("items.event", contains("PLACED", "TAKEN_INTO_POSSESSION", "STORED_AT", "RETURNED"))
                .body("items[3].spaceId", equalTo(t.spaceId())).body("items[3].rackUnitFrom", equalTo(10))
                .body("items[3].lienActionId", equalTo(LIEN)).body("items[3].reason", equalTo("Paid in full"));
        as(OPERATIONS).queryParam("objectId", item).get("/api/v1/audit").then().body("items.action",
                contains("EQUIPMENT_REGISTERED", "EQUIPMENT_TAKEN_INTO_POSSESSION", "EQUIPMENT_RETURNED"));
        // back in its space, it can be removed again
        as(OPERATIONS).body("{}").post(EQUIPMENT + "/{id}/removal", item).then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "test.lien-operator", roles = OPERATIONS)
    @DisplayName("rule 13: itemsOf lists the customer's items under the lien in the named spaces only, not those that left")
    void itemsOf() {
        var t = Fixtures.tenancy();
        String other = EquipmentResourceTest.leasedSpace(t.customerId(), "CABINET", 42);
        String one = Fixtures.equipment(t.spaceId(), 1, 1);
        String held = Fixtures.equipment(t.spaceId(), 2, 1);
        String gone = Fixtures.equipment(t.spaceId(), 3, 1);
        String elsewhere = Fixtures.equipment(other, 1, 1);
        as(OPERATIONS).body("{}").post(EQUIPMENT + "/{id}/removal", gone).then().statusCode(200);
        equipment.takeIntoPossession(List.of(held), "Store", "Lien", LIEN);

        assertEquals(List.of(one, held), ids(equipment.itemsOf(t.customerId(), Set.of(t.spaceId()))));
        assertEquals(List.of(one, held, elsewhere), ids(equipment.itemsOf(t.customerId(), Set.of(t.spaceId(), other))));
        assertEquals(List.of(one, held, elsewhere), ids(equipment.itemsOf(t.customerId(), null)));
        assertEquals(List.of(), equipment.itemsOf(t.customerId(), Set.of()));
        assertEquals(List.of(), equipment.itemsOf(Fixtures.tenancy().customerId(), Set.of(t.spaceId())));
    }

    private static List<String> ids(List<EquipmentView> views) {
        return views.stream().map(EquipmentView::id).toList();
    }
}
