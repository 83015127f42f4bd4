package com.cagekeeper.equipment;

import static com.cagekeeper.support.Api.AUDITOR;
import static com.cagekeeper.support.Api.BILLING;
import static com.cagekeeper.support.Api.OPERATIONS;
import static com.cagekeeper.support.Api.SECURITY;
import static com.cagekeeper.support.Api.as;
import static com.cagekeeper.support.Api.asCustomer;
import static com.cagekeeper.support.Fixtures.equipmentBody;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import com.cagekeeper.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@DisplayName("Equipment (§3.1, §3.5, §7.6) and its custody ledger")
class EquipmentResourceTest {

    static final String EQUIPMENT = "/api/v1/equipment";

    @Inject
    DataSource dataSource;

    /** A space of the kind and size, leased to the customer by an active order. */
    static String leasedSpace(String customerId, String kind, int rackUnits) {
        Map<String, Object> body = new HashMap<>(Fixtures.spaceBody(Fixtures.facility(), Fixtures.code("SP-", 14)));
        body.put("kind", kind);
        body.put("rackUnits", rackUnits);
        String space = Fixtures.create("/api/v1/spaces", body);
        Fixtures.activeOrder(customerId, space);
        return space;
    }

    @Nested
    @DisplayName("registration")
    class Registration {

        @Test
        @DisplayName("§3.1 a customer registers an item in a space it leases: 201, its own, INSTALLED, under the lien (§3.5), ledger PLACED, audited")
        void customerRegisters() {
            var t = Fixtures.tenancy();
            Map<String, Object> body = equipmentBody(t.spaceId(), 10, 2);
            var created = asCustomer(t.customerId()).body(body).post(EQUIPMENT).then().statusCode(201)
                    .header("Location", containsString(EQUIPMENT + "/")).header("ETag", equalTo("\"0\""))
                    .body("customerId", equalTo(t.customerId())).body("spaceId", equalTo(t.spaceId()))
                    .body("state", equalTo("INSTALLED")).body("underLien", equalTo(true))
                    .body("rackUnitFrom", equalTo(10)).body("rackUnits", equalTo(2))
                    .body("powerDrawKw", equalTo(0.45f)).body("owner", equalTo("CUSTOMER"))
                    .body("serial", equalTo(body.get("serial"))).body("assetTag", equalTo(body.get("assetTag")))
                    .body("storageLocation", nullValue()).body("leftAt", nullValue()).extract();
            String id = created.path("id");
            assertTrue(created.header("Location").endsWith(id));

            asCustomer(t.customerId()).get(EQUIPMENT + "/{id}/custody", id).then().statusCode(200)
                    .body("items", hasSize(1)).body("items[0].event", equalTo("PLACED"))
                    .body("items[0].equipmentId", equalTo(id)).body("items[0].spaceId", equalTo(t.spaceId()))
                    .body("items[0].rackUnitFrom", equalTo(10)).body("items[0].rackUnits", equalTo(2))
                    .body("items[0].actorSubject", equalTo("test.customer." + t.customerId()))
                    .body("items[0].at", notNullValue()).body("next", nullValue());
            as(AUDITOR).queryParam("objectType", "Equipment").queryParam("objectId", id).get("/api/v1/audit").then()
                    .body("items.action", contains("EQUIPMENT_REGISTERED"));
        }

        @Test
        @DisplayName("§3.1 operations names the space and the item belongs to the customer that leases it; an unleased space is 422 SPACE_NOT_LEASED, an unknown one SPACE_UNKNOWN")
        void operationsRegistersForTheLessee() {
            var t = Fixtures.tenancy();
            as(OPERATIONS).body(equipmentBody(t.spaceId(), 1, 1)).post(EQUIPMENT).then().statusCode(201)
                    .body("customerId", equalTo(t.customerId()));
            String unleased = Fixtures.space(t.facilityId());
            as(OPERATIONS).body(equipmentBody(unleased, 1, 1)).post(EQUIPMENT).then().statusCode(422)
                    .body("code", equalTo("SPACE_NOT_LEASED")).body("clause", equalTo("§3.1"));
            as(OPERATIONS).body(equipmentBody(UUID.randomUUID().toString(), 1, 1)).post(EQUIPMENT).then()
                    .statusCode(422).body("code", equalTo("SPACE_UNKNOWN"));
        }

        @Test
        @DisplayName("§3.1 a customer may not register in a space it does not lease: another customer's, an unleased and an unknown space are the same 422")
        void customerOnlyInItsOwnSpaces() {
            var a = Fixtures.tenancy();
            var b = Fixtures.tenancy();
            String unleased = Fixtures.space(a.facilityId());
            String unknown = UUID.randomUUID().toString();
            Map<String, Object> expected = null;
            for (String space : List.of(b.spaceId(), unleased, unknown)) {
                Map<String, Object> problem = asCustomer(a.customerId()).body(equipmentBody(space, 1, 1)).post(EQUIPMENT)
                        .then().statusCode(422).body("code", equalTo("SPACE_NOT_LEASED_BY_CUSTOMER"))
                        .body("clause", equalTo("§3.1")).extract().as(Map.class);
                problem.put("detail", ((String) problem.get("detail")).replace(space, "<space>"));
                problem.remove("instance");
                if (expected == null) {
                    expected = problem;
                }
                assertEquals(expected, problem, "the answer for " + space + " tells nothing more");
            }
            as(OPERATIONS).queryParam("customerId", a.customerId()).get(EQUIPMENT).then().body("items", hasSize(0));
            as(OPERATIONS).queryParam("spaceId", b.spaceId()).get(EQUIPMENT).then().body("items", hasSize(0));
        }

        @Test
        @DisplayName("§3.1 a space whose order ended (RESTORATION_DUE) is not leased now: no new equipment in it")
        void notAfterTheOrderEnded() {
            var t = Fixtures.tenancy();
            as(OPERATIONS).body(Map.of("effectiveDate", Fixtures.facilityToday().toString(), "reason", "Landlord lease ended"))
                    .post("/api/v1/spaces/{id}/underlying-lease-termination", t.spaceId()).then().statusCode(200);
            asCustomer(t.customerId()).body(equipmentBody(t.spaceId(), 1, 1)).post(EQUIPMENT).then().statusCode(422)
                    .body("code", equalTo("SPACE_NOT_LEASED_BY_CUSTOMER"));
            as(OPERATIONS).body(equipmentBody(t.spaceId(), 1, 1)).post(EQUIPMENT).then().statusCode(422)
                    .body("code", equalTo("SPACE_NOT_LEASED"));
        }

        @Test
        @DisplayName("§7.6(iii) only operations registers provider-owned equipment (a customer token: 422)")
        void providerOwnedByOperations() {
            var t = Fixtures.tenancy();
            Map<String, Object> body = equipmentBody(t.spaceId(), 5, 1);
            body.put("owner", "PROVIDER");
            asCustomer(t.customerId()).body(body).post(EQUIPMENT).then().statusCode(422)
                    .body("code", equalTo("PROVIDER_OWNERSHIP_DECLARED_BY_PROVIDER")).body("clause", equalTo("§7.6(iii)"));
            as(OPERATIONS).body(body).post(EQUIPMENT).then().statusCode(201).body("owner", equalTo("PROVIDER"))
                    .body("customerId", equalTo(t.customerId()));
        }

        @Test
        @DisplayName("malformed input is a 400 naming the field: a malformed space id, unit 0, half a rack position, a negative power draw")
        void malformed() {
            var t = Fixtures.tenancy();
            Map<String, Object> body = equipmentBody("not-an-id", 1, 1);
            as(OPERATIONS).body(body).post(EQUIPMENT).then().statusCode(400)
                    .body("errors.field", contains("spaceId"));
            body = equipmentBody(t.spaceId(), 0, 1);
            as(OPERATIONS).body(body).post(EQUIPMENT).then().statusCode(400)
                    .body("errors.field", contains("rackPosition.rackUnitFrom"));
            body = equipmentBody(t.spaceId(), 3, null);
            as(OPERATIONS).body(body).post(EQUIPMENT).then().statusCode(400)
                    .body("errors.field", contains("rackPosition.rackUnits"));
            body = equipmentBody(t.spaceId(), 3, 1);
            body.put("powerDrawKw", new java.math.BigDecimal("-0.1"));
            as(OPERATIONS).body(body).post(EQUIPMENT).then().statusCode(400).body("errors.field", contains("powerDrawKw"));
            as(OPERATIONS).queryParam("spaceId", t.spaceId()).get(EQUIPMENT).then().body("items", hasSize(0));
        }

        @Test
        @DisplayName("the same Idempotency-Key and body register one item, not two")
        void idempotent() {
            var t = Fixtures.tenancy();
            Map<String, Object> body = equipmentBody(t.spaceId(), 1, 1);
            String key = "eq-" + UUID.randomUUID();
            String first = as(OPERATIONS).header("Idempotency-Key", key).body(body).post(EQUIPMENT).then().statusCode(201)
                    .extract().path("id");
            as(OPERATIONS).header("Idempotency-Key", key).body(body).post(EQUIPMENT).then().statusCode(201)
                    .header("Idempotent-Replayed", "true").body("id", equalTo(first));
            as(OPERATIONS).queryParam("spaceId", t.spaceId()).get(EQUIPMENT).then().body("items.id", contains(first));
        }
    }

    @Nested
    @DisplayName("rack positions (§3.1)")
    class RackPositions {

        @Test
        @DisplayName("§3.1 two items in the same space may not overlap: 422 RACK_POSITION_TAKEN naming the other item; adjacent units and another space are free")
        void overlapRefused() {
            var t = Fixtures.tenancy();
            String first = Fixtures.equipment(t.spaceId(), 10, 2);
            for (int[] p : new int[][] { { 10, 1 }, { 11, 1 }, { 9, 2 }, { 8, 5 } }) {
                asCustomer(t.customerId()).body(equipmentBody(t.spaceId(), p[0], p[1])).post(EQUIPMENT).then()
                        .statusCode(422).body("code", equalTo("RACK_POSITION_TAKEN")).body("clause", equalTo("§3.1"))
                        .body("detail", containsString(first));
            }
            asCustomer(t.customerId()).body(equipmentBody(t.spaceId(), 12, 1)).post(EQUIPMENT).then().statusCode(201);
            asCustomer(t.customerId()).body(equipmentBody(t.spaceId(), 9, 1)).post(EQUIPMENT).then().statusCode(201);
            String other = leasedSpace(t.customerId(), "CABINET", 42);
            asCustomer(t.customerId()).body(equipmentBody(other, 10, 2)).post(EQUIPMENT).then().statusCode(201);
        }

        @Test
        @DisplayName("§3.1 concurrent placements at the same units, registrations and a move, place exactly one item there")
        void concurrentPlacements() throws Exception {
            var t = Fixtures.tenancy();
            String mover = Fixtures.equipment(t.spaceId(), 1, 2);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<Integer>> answers = new ArrayList<>();
                answers.add(pool.submit(() -> as(OPERATIONS).body(Map.of("rackUnitFrom", 20))
                        .post(EQUIPMENT + "/{id}/move", mover).then().extract().statusCode()));
                for (int i = 0; i < 5; i++) {
                    answers.add(pool.submit(() -> asCustomer(t.customerId()).body(equipmentBody(t.spaceId(), 20, 2))
                            .post(EQUIPMENT).then().extract().statusCode()));
                }
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> answer : answers) {
                    statuses.add(answer.get());
                }
                assertEquals(1, statuses.stream().filter(s -> s == 200 || s == 201).count(), statuses.toString());
                assertEquals(5, statuses.stream().filter(s -> s == 422).count(), statuses.toString());
            } finally {
                pool.shutdown();
            }
            List<Map<String, Object>> items = as(OPERATIONS).queryParam("spaceId", t.spaceId()).get(EQUIPMENT).then()
                    .extract().path("items");
            assertEquals(1, items.stream().filter(i -> Integer.valueOf(20).equals(i.get("rackUnitFrom"))).count(),
                    items.toString());
        }

        @Test
        @DisplayName("§3.1 the position must fit the space's rack units: 422 RACK_POSITION_OUTSIDE_SPACE beyond them; the top unit fits")
        void mustFit() {
            var t = Fixtures.tenancy(); // a 42-unit cage
            as(OPERATIONS).body(equipmentBody(t.spaceId(), 42, 2)).post(EQUIPMENT).then().statusCode(422)
                    .body("code", equalTo("RACK_POSITION_OUTSIDE_SPACE")).body("clause", equalTo("§3.1"))
                    .body("detail", containsString("42 rack units"));
            as(OPERATIONS).body(equipmentBody(t.spaceId(), 43, 1)).post(EQUIPMENT).then().statusCode(422)
                    .body("code", equalTo("RACK_POSITION_OUTSIDE_SPACE"));
            as(OPERATIONS).body(equipmentBody(t.spaceId(), 41, 2)).post(EQUIPMENT).then().statusCode(201);
        }

        @Test
        @DisplayName("§3.1 a cabinet or cage needs a rack position; a suite or room takes none")
        void positionByKind() {
            var t = Fixtures.tenancy();
            as(OPERATIONS).body(equipmentBody(t.spaceId(), null, null)).post(EQUIPMENT).then().statusCode(422)
                    .body("code", equalTo("RACK_POSITION_REQUIRED"));
            String suite = leasedSpace(t.customerId(), "SUITE", 840);
            String inSuite = as(OPERATIONS).body(equipmentBody(suite, null, null)).post(EQUIPMENT).then().statusCode(201)
                    .body("rackUnitFrom", nullValue()).body("rackUnits", nullValue()).extract().path("id");
            as(OPERATIONS).body(equipmentBody(suite, 1, 1)).post(EQUIPMENT).then().statusCode(422)
                    .body("code", equalTo("RACK_POSITION_NOT_APPLICABLE"));
            as(OPERATIONS).body(Map.of("rackUnitFrom", 3)).post(EQUIPMENT + "/{id}/move", inSuite).then()
                    .statusCode(422).body("code", equalTo("RACK_POSITION_NOT_APPLICABLE"));
        }
    }

    @Nested
    @DisplayName("moves, removal and the custody ledger")
    class Custody {

        @Test
        @DisplayName("§3.1 an installed item moves within its space: MOVED ledger entry at the new position; overlap, fit and stale If-Match are refused")
        void move() {
            var t = Fixtures.tenancy();
            String item = Fixtures.equipment(t.spaceId(), 1, 2);
            String neighbour = Fixtures.equipment(t.spaceId(), 20, 1);
            asCustomer(t.customerId()).body(Map.of("rackUnitFrom", 19)).post(EQUIPMENT + "/{id}/move", item).then()
                    .statusCode(422).body("code", equalTo("RACK_POSITION_TAKEN")).body("detail", containsString(neighbour));
            asCustomer(t.customerId()).body(Map.of("rackUnitFrom", 42)).post(EQUIPMENT + "/{id}/move", item).then()
                    .statusCode(422).body("code", equalTo("RACK_POSITION_OUTSIDE_SPACE"));
            asCustomer(t.customerId()).body(Map.of("rackUnitFrom", 1)).post(EQUIPMENT + "/{id}/move", item).then()
                    .statusCode(422).body("code", equalTo("RACK_POSITION_UNCHANGED"));
            asCustomer(t.customerId()).header("If-Match", "\"7\"").body(Map.of("rackUnitFrom", 30))
                    .post(EQUIPMENT + "/{id}/move", item).then().statusCode(412);
            // its own units do not block it: 1-2 to 2-3
            asCustomer(t.customerId()).header("If-Match", "\"0\"")
                    .body(Map.of("rackUnitFrom", 2, "reason", "Room for a patch panel"))
                    .post(EQUIPMENT + "/{id}/move", item).then().statusCode(200).header("ETag", equalTo("\"1\""))
                    .body("rackUnitFrom", equalTo(2)).body("rackUnits", equalTo(2)).body("version", equalTo(1));
            as(SECURITY).get(EQUIPMENT + "/{id}/custody", item).then().statusCode(200)
                    .body("items.event", contains("PLACED", "MOVED")).body("items[1].rackUnitFrom", equalTo(2))
                    .body("items[1].reason", equalTo("Room for a patch panel"))
                    .body("items[1].actorSubject", equalTo("test.customer." + t.customerId()));
            as(AUDITOR).queryParam("objectId", item).get("/api/v1/audit").then()
                    .body("items.action", contains("EQUIPMENT_REGISTERED", "EQUIPMENT_MOVED"));
        }

        @Test
        @DisplayName("§7.6(iv) removal: the item left the facility, REMOVED, no longer under the lien (§3.5), ledger REMOVED; its units are free again; a second removal and a move are 409")
        void removal() {
            var t = Fixtures.tenancy();
            String item = Fixtures.equipment(t.spaceId(), 5, 1);
            asCustomer(t.customerId()).body(Map.of("reason", "Decommissioned")).post(EQUIPMENT + "/{id}/removal", item)
                    .then().statusCode(200).body("state", equalTo("REMOVED")).body("underLien", equalTo(false))
                    .body("leftAt", notNullValue());
            asCustomer(t.customerId()).body("{}").post(EQUIPMENT + "/{id}/removal", item).then().statusCode(409)
                    .body("code", equalTo("EQUIPMENT_ALREADY_GONE")).body("clause", equalTo("§7.6(iv)"));
            as(OPERATIONS).body(Map.of("rackUnitFrom", 9)).post(EQUIPMENT + "/{id}/move", item).then().statusCode(409)
                    .body("code", equalTo("EQUIPMENT_NOT_INSTALLED"));
            as(BILLING).get(EQUIPMENT + "/{id}/custody", item).then().statusCode(200)
                    .body("items.event", contains("PLACED", "REMOVED")).body("items[1].spaceId", equalTo(t.spaceId()))
                    .body("items[1].rackUnitFrom", equalTo(5)).body("items[1].reason", equalTo("Decommissioned"));
            // §3.1: a removed item holds no rack unit
            Fixtures.equipment(t.spaceId(), 5, 1);
            as(OPERATIONS).queryParam("objectId", item).get("/api/v1/audit").then()
                    .body("items.action", contains("EQUIPMENT_REGISTERED", "EQUIPMENT_REMOVED"));
        }

        @Test
        @DisplayName("§7.6(iii) provider-owned equipment is surrendered, not removed by the customer (409); operations records its removal")
        void providerOwnedRemoval() {
            var t = Fixtures.tenancy();
            Map<String, Object> body = equipmentBody(t.spaceId(), 7, 1);
            body.put("owner", "PROVIDER");
            String item = Fixtures.create(EQUIPMENT, body);
            asCustomer(t.customerId()).body("{}").post(EQUIPMENT + "/{id}/removal", item).then().statusCode(409)
                    .body("code", equalTo("PROVIDER_OWNED_EQUIPMENT")).body("clause", equalTo("§7.6(iii)"));
            as(OPERATIONS).body("{}").post(EQUIPMENT + "/{id}/removal", item).then().statusCode(200)
                    .body("state", equalTo("REMOVED"));
        }

        @Test
        @DisplayName("the custody ledger is append-only: the database refuses UPDATE and DELETE of its entries")
        void ledgerIsAppendOnly() throws SQLException {
            var t = Fixtures.tenancy();
            String item = Fixtures.equipment(t.spaceId(), 3, 1);
            String entry = as(OPERATIONS).get(EQUIPMENT + "/{id}/custody", item).then().extract().path("items[0].id");
            try (Connection c = dataSource.getConnection()) {
                try (PreparedStatement update = c.prepareStatement(
                        "UPDATE equipment_custody SET reason = 'tampered', storage_location = 'elsewhere' WHERE id = ?")) {
                    update.setString(1, entry);
                    SQLException refused = assertThrows(SQLException.class, update::executeUpdate);
                    assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
                }
                try (PreparedStatement delete = c.prepareStatement("DELETE FROM equipment_custody WHERE id = ?")) {
                    delete.setString(1, entry);
                    SQLException refused = assertThrows(SQLException.class, delete::executeUpdate);
                    assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
                }
            }
            as(OPERATIONS).get(EQUIPMENT + "/{id}/custody", item).then().body("items", hasSize(1))
                    .body("items[0].id", equalTo(entry)).body("items[0].reason", nullValue());
        }

        @Test
        @DisplayName("the custody ledger is paged oldest first, with a cursor")
        void ledgerPages() {
            var t = Fixtures.tenancy();
            String item = Fixtures.equipment(t.spaceId(), 1, 1);
            for (int unit = 2; unit <= 4; unit++) {
                as(OPERATIONS).body(Map.of("rackUnitFrom", unit)).post(EQUIPMENT + "/{id}/move", item).then()
                        .statusCode(200);
            }
            var first = as(OPERATIONS).queryParam("limit", 3).get(EQUIPMENT + "/{id}/custody", item).then()
                    .body("items.event", contains("PLACED", "MOVED", "MOVED")).body("next", notNullValue()).extract();
            as(OPERATIONS).queryParam("limit", 3).queryParam("cursor", (String) first.path("next"))
                    .get(EQUIPMENT + "/{id}/custody", item).then().body("items.event", contains("MOVED"))
                    .body("items[0].rackUnitFrom", equalTo(4)).body("next", nullValue());
        }
    }

    @Nested
    @DisplayName("tenancy and lists")
    class Tenancy {

        @Test
        @DisplayName("a customer sees only its own items: another customer's answers 404 on every path, lists hold only its own")
        void ownItemsOnly() {
            var a = Fixtures.tenancy();
            var b = Fixtures.tenancy();
            String mine = Fixtures.equipment(a.spaceId(), 1, 1);
            String theirs = Fixtures.equipment(b.spaceId(), 1, 1);
            asCustomer(a.customerId()).get(EQUIPMENT + "/{id}", mine).then().statusCode(200).header("ETag", equalTo("\"0\""));
            asCustomer(a.customerId()).get(EQUIPMENT + "/{id}", theirs).then().statusCode(404);
            asCustomer(a.customerId()).get(EQUIPMENT + "/{id}/custody", theirs).then().statusCode(404);
            asCustomer(a.customerId()).body(Map.of("rackUnitFrom", 5)).post(EQUIPMENT + "/{id}/move", theirs).then()
                    .statusCode(404);
            asCustomer(a.customerId()).body("{}").post(EQUIPMENT + "/{id}/removal", theirs).then().statusCode(404);
            asCustomer(a.customerId()).get(EQUIPMENT).then().statusCode(200).body("items.id", contains(mine));
            asCustomer(a.customerId()).queryParam("customerId", b.customerId()).get(EQUIPMENT).then()
                    .body("items", hasSize(0));
            asCustomer(a.customerId()).queryParam("spaceId", b.spaceId()).get(EQUIPMENT).then().body("items", hasSize(0));
            as(OPERATIONS).get(EQUIPMENT + "/{id}", theirs).then().statusCode(200).body("state", equalTo("INSTALLED"));
        }

        @Test
        @DisplayName("lists filter by spaceId, customerId, state, serial and assetTag, in pages")
        void filters() {
            var t = Fixtures.tenancy();
            Map<String, Object> body = equipmentBody(t.spaceId(), 1, 1);
            String tagged = Fixtures.create(EQUIPMENT, body);
            String second = Fixtures.equipment(t.spaceId(), 2, 1);
            String removed = Fixtures.equipment(t.spaceId(), 3, 1);
            as(OPERATIONS).body("{}").post(EQUIPMENT + "/{id}/removal", removed).then().statusCode(200);
            as(SECURITY).queryParam("serial", body.get("serial")).get(EQUIPMENT).then().body("items.id", contains(tagged));
            as(BILLING).queryParam("assetTag", body.get("assetTag")).get(EQUIPMENT).then().body("items.id", contains(tagged));
            as(AUDITOR).queryParam("spaceId", t.spaceId()).get(EQUIPMENT).then()
                    .body("items.id", contains(tagged, second, removed));
            as(OPERATIONS).queryParam("customerId", t.customerId()).queryParam("state", "REMOVED").get(EQUIPMENT).then()
                    .body("items.id", contains(removed)).body("items.underLien", everyItem(equalTo(false)));
            as(OPERATIONS).queryParam("customerId", t.customerId()).queryParam("state", "INSTALLED").get(EQUIPMENT)
                    .then().body("items.id", contains(tagged, second)).body("items.id", not(contains(removed)));
            var page = as(OPERATIONS).queryParam("spaceId", t.spaceId()).queryParam("limit", 2).get(EQUIPMENT).then()
                    .body("items.id", contains(tagged, second)).extract();
            as(OPERATIONS).queryParam("spaceId", t.spaceId()).queryParam("limit", 2)
                    .queryParam("cursor", (String) page.path("next")).get(EQUIPMENT).then()
                    .body("items.id", contains(removed)).body("next", nullValue());
            as(OPERATIONS).queryParam("state", "LOST").get(EQUIPMENT).then().statusCode(400)
                    .body("errors[0].field", equalTo("state")).body("errors[0].message", endsWith("DISPOSED]"));
        }
    }
}
