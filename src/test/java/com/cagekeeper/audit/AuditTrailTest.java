package com.cagekeeper.audit;

import static com.cagekeeper.support.Api.AUDITOR;
import static com.cagekeeper.support.Api.BILLING;
import static com.cagekeeper.support.Api.OPERATIONS;
import static com.cagekeeper.support.Api.SECURITY;
import static com.cagekeeper.support.Api.anonymous;
import static com.cagekeeper.support.Api.as;
import static com.cagekeeper.support.Api.asCustomer;
import static com.cagekeeper.support.Api.withToken;
import static com.cagekeeper.support.Fixtures.code;
import static com.cagekeeper.support.Fixtures.facilityBody;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.either;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.cagekeeper.support.Fixtures;
import com.cagekeeper.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * Every change writes exactly one audit record in the same transaction; the trail is read-only,
 * in the API as in the database.
 */
@QuarkusTest
@DisplayName("Audit trail")
class AuditTrailTest {

    static final String AUDIT = "/api/v1/audit";
    static final String FACILITIES = "/api/v1/facilities";

    @Inject
    DataSource dataSource;

    @Test
    @DisplayName("opening a facility writes exactly one record: FACILITY_OPENED by the token's subject and roles, before null, after the facility")
    void creationRecord() {
        String code = code("A", 8);
        Instant before = Instant.now();
        String id = Fixtures.create(FACILITIES, facilityBody(code));
        Instant after = Instant.now();

        var records = records("Facility", id);
        records.body("items", hasSize(1))
                .body("items[0].objectType", equalTo("Facility"))
                .body("items[0].objectId", equalTo(id))
                .body("items[0].action", equalTo("FACILITY_OPENED"))
                .body("items[0].actorSubject", equalTo("test.operations"))
                .body("items[0].actorRoles", equalTo("operations"))
                .body("items[0].before", nullValue())
                .body("items[0].after.id", equalTo(id))
                .body("items[0].after.code", equalTo(code))
                .body("items[0].after.version", equalTo(0))
                .body("items[0].id", notNullValue());
        Instant at = Instant.parse(records.extract().path("items[0].at"));
        assertFalse(at.isBefore(before.truncatedTo(ChronoUnit.MICROS)) || at.isAfter(after),
                "recorded at " + at + ", during the request");
    }

    @Test
    @DisplayName("updating a facility writes one more record, FACILITY_UPDATED, with the name before and after")
    void updateRecord() {
        String id = Fixtures.facility();
        String oldName = as(OPERATIONS).get(FACILITIES + "/{id}", id).then().extract().path("name");
        as(OPERATIONS).header("If-Match", "\"0\"")
                .body(Map.of("name", "Renamed for audit", "address", Fixtures.address(), "timeZone", "UTC"))
                .put(FACILITIES + "/{id}", id).then().statusCode(200);

        records("Facility", id).body("items", hasSize(2))
                .body("items.action", contains("FACILITY_OPENED", "FACILITY_UPDATED"))
                .body("items[1].before.name", equalTo(oldName))
                .body("items[1].after.name", equalTo("Renamed for audit"))
                .body("items[1].before.version", equalTo(0))
                .body("items[1].after.version", equalTo(1))
                .body("items[1].actorSubject", equalTo("test.operations"));
    }

    @Test
    @DisplayName("activating an order writes ORDER_ACTIVATED for the order and SPACE_LEASED for its space")
    void activationRecords() {
        String facility = Fixtures.facility();
        String customer = Fixtures.customer();
        String space = Fixtures.space(facility);
        String order = Fixtures.order(customer, space);

        as(OPERATIONS).body("{}").post("/api/v1/orders/{id}/activation", order).then().statusCode(200);

        records("Order", order).body("items.action", contains("ORDER_PLACED", "ORDER_ACTIVATED"))
                .body("items[1].before.state", equalTo("PENDING_ACTIVATION"))
                .body("items[1].after.state", equalTo("ACTIVE"));
        records("Space", space).body("items.action", contains("SPACE_CREATED", "SPACE_LEASED"))
                .body("items[1].before.state", equalTo("AVAILABLE"))
                .body("items[1].after.state", equalTo("LEASED"))
                .body("items[1].after.orderId", equalTo(order))
                .body("items[1].after.customerId", equalTo(customer));
    }

    @Test
    @DisplayName("a refused action (activating an order whose space is already leased: 409) writes no record and changes nothing")
    void refusedActionWritesNothing() {
        String facility = Fixtures.facility();
        String leased = Fixtures.space(facility);
        String free = Fixtures.space(facility);
        String first = Fixtures.activeOrder(Fixtures.customer(), leased);
        String second = Fixtures.order(Fixtures.customer(), free, leased);
        Instant start = Instant.now();

        as(OPERATIONS).body("{}").post("/api/v1/orders/{id}/activation", second).then().statusCode(409)
                .contentType(startsWith("application/problem+json")).body("code", equalTo("SPACE_ALREADY_LEASED"));

        // bounded above too: another test may have moved the service's clock ahead and left future-dated records
        as(AUDITOR).queryParam("from", start.toString()).queryParam("to", Instant.now().plusSeconds(60).toString())
                .get(AUDIT).then().statusCode(200).body("items", empty());
        as(OPERATIONS).get("/api/v1/orders/{id}", second).then().body("state", equalTo("PENDING_ACTIVATION"))
                .body("version", equalTo(0));
        as(OPERATIONS).get("/api/v1/spaces/{id}", free).then().body("state", equalTo("AVAILABLE"))
                .body("orderId", nullValue()).body("version", equalTo(0));
        as(OPERATIONS).get("/api/v1/spaces/{id}", leased).then().body("state", equalTo("LEASED"))
                .body("orderId", equalTo(first));
    }

    @Test
    @DisplayName("a change whose audit record cannot be written is rolled back with it: same transaction")
    void changeAndRecordCommitTogether() throws SQLException {
        String id = Fixtures.facility();
        String name = as(OPERATIONS).get(FACILITIES + "/{id}", id).then().extract().path("name");
        // refuse, in the database, the audit record of this facility's next update
        String trigger = "test_refuse_audit_" + id.replace("-", "_");
        execute("CREATE TRIGGER " + trigger + " BEFORE INSERT ON audit_records FOR EACH ROW"
                + " IF NEW.object_id = '" + id + "' AND NEW.action = 'FACILITY_UPDATED' THEN"
                + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'refused by test'; END IF");
        try {
            int status = as(OPERATIONS)
                    .body(Map.of("name", "Never committed", "address", Fixtures.address(), "timeZone", "UTC"))
                    .put(FACILITIES + "/{id}", id).then().extract().statusCode();
            assertTrue(status >= 500, "the update failed with its audit record, answered " + status);
        } finally {
            execute("DROP TRIGGER " + trigger);
        }
        as(OPERATIONS).get(FACILITIES + "/{id}", id).then().statusCode(200).body("name", equalTo(name))
                .body("version", equalTo(0));
        records("Facility", id).body("items.action", contains("FACILITY_OPENED"));
    }

    @Test
    @DisplayName("filters objectType, objectId, actor, from (inclusive) and to (exclusive) select records, in pages")
    void filtersAndPaging() {
        String subject = "test.audit." + code("", 10).toLowerCase();
        String token = Tokens.mint(subject, OPERATIONS, null, 3600);
        List<String> facilities = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            facilities.add(withToken(token).body(facilityBody(code("A", 8))).post(FACILITIES).then().statusCode(201)
                    .extract().path("id"));
        }
        String customer = withToken(token).body(Fixtures.customerBody(code("CA", 12))).post("/api/v1/customers")
                .then().statusCode(201).extract().path("id");

        // actor
        var all = as(AUDITOR).queryParam("actor", subject).get(AUDIT).then().statusCode(200)
                .body("items", hasSize(4)).body("items.actorSubject", everyItem(equalTo(subject)))
                .body("items.objectId", contains(facilities.get(0), facilities.get(1), facilities.get(2), customer))
                .body("next", nullValue()).extract();
        List<String> at = all.path("items.at");

        // objectType and objectId
        as(AUDITOR).queryParam("actor", subject).queryParam("objectType", "Customer").get(AUDIT).then()
                .body("items.objectId", contains(customer));
        as(AUDITOR).queryParam("actor", subject).queryParam("objectType", "Facility").get(AUDIT).then()
                .body("items.objectId", contains(facilities.toArray()));
        as(AUDITOR).queryParam("objectType", "Facility").queryParam("objectId", facilities.get(1)).get(AUDIT).then()
                .body("items.objectId", contains(facilities.get(1)));
        as(AUDITOR).queryParam("actor", "test.nobody.at.all").get(AUDIT).then().body("items", empty());

        // from is inclusive, to is exclusive
        as(AUDITOR).queryParam("actor", subject).queryParam("from", at.get(1)).get(AUDIT).then()
                .body("items.objectId", contains(facilities.get(1), facilities.get(2), customer));
        as(AUDITOR).queryParam("actor", subject).queryParam("to", at.get(1)).get(AUDIT).then()
                .body("items.objectId", contains(facilities.get(0)));
        as(AUDITOR).queryParam("actor", subject).queryParam("from", at.get(1)).queryParam("to", at.get(3))
                .get(AUDIT).then().body("items.objectId", contains(facilities.get(1), facilities.get(2)));

        // pages of 3: the cursor continues where the first page ended, the last page has next null
        String next = as(AUDITOR).queryParam("actor", subject).queryParam("limit", 3).get(AUDIT).then()
                .body("items.objectId", contains(facilities.toArray())).body("next", notNullValue()).extract()
                .path("next");
        as(AUDITOR).queryParam("actor", subject).queryParam("limit", 3).queryParam("cursor", next)
                .get(AUDIT).then().body("items.objectId", contains(customer)).body("next", nullValue());
    }

    @Test
    @DisplayName("the audit API has no write method: POST, PUT, PATCH and DELETE answer 405 (404 for a record), never 2xx")
    void noWriteMethods() {
        String id = Fixtures.facility();
        String recordId = records("Facility", id).extract().path("items[0].id");
        String body = "{\"objectType\":\"Facility\",\"objectId\":\"" + id + "\",\"action\":\"FORGED\"}";
        for (String role : List.of(AUDITOR, OPERATIONS)) {
            for (String method : List.of("POST", "PUT", "PATCH", "DELETE")) {
                ExtractableResponse<Response> collection = as(role).body(body).request(method, AUDIT).then()
                        .extract();
                assertEquals(405, collection.statusCode(), method + " " + AUDIT + " as " + role);
                assertEquals("application/problem+json", collection.contentType());
                ExtractableResponse<Response> record = as(role).body(body).request(method, AUDIT + "/" + recordId)
                        .then().extract();
                assertTrue(Set.of(404, 405).contains(record.statusCode()),
                        method + " " + AUDIT + "/{id} as " + role + " answered " + record.statusCode());
            }
        }
        records("Facility", id).body("items", hasSize(1)).body("items[0].id", equalTo(recordId))
                .body("items[0].action", equalTo("FACILITY_OPENED"));
        as(AUDITOR).queryParam("objectId", id).get(AUDIT).then().body("items.action",
                everyItem(either(equalTo("FACILITY_OPENED")).or(equalTo("FACILITY_UPDATED"))));
    }

    @Test
    @DisplayName("auditor and operations may read the trail; billing, security and customer get 403; no token gets 401")
    void whoMayRead() {
        as(AUDITOR).get(AUDIT).then().statusCode(200).body("items", notNullValue());
        as(OPERATIONS).get(AUDIT).then().statusCode(200).body("items", notNullValue());
        for (var spec : List.of(as(BILLING), as(SECURITY), asCustomer(Fixtures.customer()))) {
            spec.get(AUDIT).then().statusCode(403).contentType(startsWith("application/problem+json"))
                    .body("status", equalTo(403)).body(containsString("FORBIDDEN"));
        }
        anonymous().get(AUDIT).then().statusCode(401);
    }

    @Test
    @DisplayName("the database itself refuses to update or delete an audit record")
    void databaseRefusesUpdateAndDelete() throws SQLException {
        String id = Fixtures.facility();
        String recordId = records("Facility", id).extract().path("items[0].id");

        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE audit_records SET reason = 'tampered', action = 'FORGED' WHERE id = ?")) {
                update.setString(1, recordId);
                SQLException refused = assertThrows(SQLException.class, update::executeUpdate);
                assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
            }
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM audit_records WHERE id = ?")) {
                delete.setString(1, recordId);
                SQLException refused = assertThrows(SQLException.class, delete::executeUpdate);
                assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
            }
        }
        records("Facility", id).body("items", hasSize(1)).body("items[0].id", equalTo(recordId))
                .body("items[0].action", equalTo("FACILITY_OPENED")).body("items[0].reason", nullValue());
    }

    private static io.restassured.response.ValidatableResponse records(String objectType, String objectId) {
        return as(AUDITOR).queryParam("objectType", objectType).queryParam("objectId", objectId).get(AUDIT).then()
                .statusCode(200);
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
