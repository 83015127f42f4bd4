package com.cagekeeper.space;

import static com.cagekeeper.support.Api.OPERATIONS;
import static com.cagekeeper.support.Api.SECURITY;
import static com.cagekeeper.support.Api.as;
import static com.cagekeeper.support.Fixtures.code;
import static com.cagekeeper.support.Fixtures.spaceBody;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.cagekeeper.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@DisplayName("Spaces")
class SpaceResourceTest {

    @Test
    @DisplayName("operations creates a space in a facility; it is AVAILABLE and leased by nobody")
    void creates() {
        String facility = Fixtures.facility();
        String code = code("SP-", 14);
        String id = as(OPERATIONS).body(spaceBody(facility, code)).post("/api/v1/spaces").then().statusCode(201)
                .body("state", equalTo("AVAILABLE")).body("customerId", nullValue())
                .body("kind", equalTo("CAGE")).body("rackUnits", equalTo(42))
                .body("environmentalClass", equalTo("A1")).extract().path("id");
        as(SECURITY).get("/api/v1/spaces/{id}", id).then().statusCode(200).body("code", equalTo(code))
                .body("facilityId", equalTo(facility));
    }

    @Test
    @DisplayName("a space in an unknown facility is refused (422), a duplicate code answers 409")
    void refusals() {
        as(OPERATIONS).body(spaceBody("0190c7a4-0000-7000-8000-00000000dead", code("SP-", 14)))
                .post("/api/v1/spaces").then().statusCode(422).body("code", equalTo("FACILITY_UNKNOWN"));
        String facility = Fixtures.facility();
        String code = code("SP-", 14);
        as(OPERATIONS).body(spaceBody(facility, code)).post("/api/v1/spaces").then().statusCode(201);
        as(OPERATIONS).body(spaceBody(facility, code)).post("/api/v1/spaces").then().statusCode(409)
                .body("code", equalTo("SPACE_CODE_TAKEN"));
    }

    @Test
    @DisplayName("filters by facility, customer, state and code")
    void filters() {
        String facility = Fixtures.facility();
        String free = Fixtures.space(facility);
        String leased = Fixtures.space(facility);
        String customer = Fixtures.customer();
        Fixtures.activeOrder(customer, leased);

        as(OPERATIONS).queryParam("facilityId", facility).get("/api/v1/spaces").then().statusCode(200)
                .body("items.id", containsInAnyOrder(free, leased));
        as(OPERATIONS).queryParam("facilityId", facility).queryParam("state", "AVAILABLE").get("/api/v1/spaces")
                .then().body("items.id", contains(free));
        as(OPERATIONS).queryParam("customerId", customer).get("/api/v1/spaces").then()
                .body("items.id", contains(leased)).body("items[0].state", equalTo("LEASED"));
        String code = as(OPERATIONS).get("/api/v1/spaces/{id}", free).then().extract().path("code");
        as(OPERATIONS).queryParam("code", code).get("/api/v1/spaces").then().body("items.id", contains(free));
    }

    @Test
    @DisplayName("update of capacity needs the current version: If-Match current 200, stale 412")
    void update() {
        String id = Fixtures.space(Fixtures.facility());
        Map<String, Object> update = Map.of("kind", "CABINET", "rackUnits", 48, "powerKw",
                new java.math.BigDecimal("10.50"), "areaSqm", new java.math.BigDecimal("1.20"), "environmentalClass", "A2",
                "underlyingLeaseRef", "LL-1");
        as(OPERATIONS).header("If-Match", "\"0\"").body(update).put("/api/v1/spaces/{id}", id).then()
                .statusCode(200).header("ETag", equalTo("\"1\"")).body("kind", equalTo("CABINET"))
                .body("rackUnits", equalTo(48)).body("powerKw", equalTo(10.5f))
                .body("underlyingLeaseRef", equalTo("LL-1"));
        as(OPERATIONS).header("If-Match", "\"0\"").body(update).put("/api/v1/spaces/{id}", id).then()
                .statusCode(412);
    }

    @Test
    @DisplayName("§3.4 an underlying lease that ends terminates the active order, cancels a pending one; spaces await restoration, then the ended one goes out of service")
    void underlyingLeaseEnds() {
        var t = Fixtures.tenancy();
        String otherSpace = Fixtures.space(t.facilityId());
        String secondActive = Fixtures.activeOrder(t.customerId(), otherSpace);
        String pending = Fixtures.order(Fixtures.customer(), t.spaceId());

        String today = Fixtures.facilityToday().toString();
        as(OPERATIONS).body(Map.of("effectiveDate", today, "reason", "Landlord lease expired"))
                .post("/api/v1/spaces/{id}/underlying-lease-termination", t.spaceId())
                .then().statusCode(200).body("state", equalTo("RESTORATION_DUE"))
                .body("underlyingLeaseEndedOn", equalTo(today));

        as(OPERATIONS).get("/api/v1/orders/{id}", t.orderId()).then().body("state", equalTo("TERMINATED"))
                .body("termination.clause", equalTo("§3.4"));
        as(OPERATIONS).get("/api/v1/orders/{id}", pending).then().body("state", equalTo("CANCELLED"))
                .body("cancellation.fee.amount", equalTo("0.00"));
        // an order that does not include the space is untouched
        as(OPERATIONS).get("/api/v1/orders/{id}", secondActive).then().body("state", equalTo("ACTIVE"));
        as(OPERATIONS).get("/api/v1/spaces/{id}", otherSpace).then().body("state", equalTo("LEASED"));

        // the earlier contract: a note alone is enough (the customer restored it), and the answer is the space
        as(OPERATIONS).body(Map.of("note", "Walkthrough done"))
                .post("/api/v1/spaces/{id}/restoration-completion", t.spaceId()).then().statusCode(200)
                .body("id", equalTo(t.spaceId())).body("state", equalTo("OUT_OF_SERVICE"))
                .body("customerId", nullValue());
        as(OPERATIONS).get("/api/v1/spaces/{id}/end-of-term", t.spaceId()).then()
                .body("inspection.outcome", equalTo("RESTORED_BY_CUSTOMER"));
        // an out-of-service space cannot be leased again
        String again = Fixtures.order(t.customerId(), t.spaceId());
        as(OPERATIONS).body("{}").post("/api/v1/orders/{id}/activation", again).then().statusCode(409)
                .body("code", equalTo("SPACE_NOT_AVAILABLE")).body("clause", equalTo("§3.1"));
    }

    @Test
    @DisplayName("§3.4 the end of an underlying lease cannot be recorded ahead of time (422) nor twice (409)")
    void underlyingLeaseRefusals() {
        String space = Fixtures.space(Fixtures.facility());
        String tomorrow = Fixtures.facilityToday().plusDays(1).toString();
        as(OPERATIONS).body(Map.of("effectiveDate", tomorrow, "reason", "x"))
                .post("/api/v1/spaces/{id}/underlying-lease-termination", space).then().statusCode(422)
                .body("code", equalTo("EFFECTIVE_DATE_IN_FUTURE")).body("clause", equalTo("§3.4"));
        as(OPERATIONS).get("/api/v1/spaces/{id}", space).then().body("state", equalTo("AVAILABLE"));
        String today = Fixtures.facilityToday().toString();
        as(OPERATIONS).body(Map.of("effectiveDate", today, "reason", "x"))
                .post("/api/v1/spaces/{id}/underlying-lease-termination", space).then().statusCode(200)
                .body("state", equalTo("OUT_OF_SERVICE"));
        as(OPERATIONS).body(Map.of("effectiveDate", today, "reason", "x"))
                .post("/api/v1/spaces/{id}/underlying-lease-termination", space).then().statusCode(409)
                .body("code", equalTo("UNDERLYING_LEASE_ALREADY_ENDED"));
    }

    @Test
    @DisplayName("§3.4 an underlying lease cannot end before its space existed (422) nor in a year such as 487 (400); the space stays in service")
    void underlyingLeaseEndNotBeforeTheSpace() {
        String space = Fixtures.space(Fixtures.facility());
        as(OPERATIONS).body(Map.of("effectiveDate", "0487-11-25", "reason", "x"))
                .post("/api/v1/spaces/{id}/underlying-lease-termination", space).then().statusCode(400)
                .body("errors.field", contains("effectiveDate"));
        as(OPERATIONS).body(Map.of("effectiveDate", Fixtures.facilityToday().minusDays(1).toString(), "reason", "x"))
                .post("/api/v1/spaces/{id}/underlying-lease-termination", space).then().statusCode(422)
                .body("code", equalTo("EFFECTIVE_DATE_BEFORE_SPACE")).body("clause", equalTo("§3.4"));
        as(OPERATIONS).get("/api/v1/spaces/{id}", space).then().body("state", equalTo("AVAILABLE"))
                .body("underlyingLeaseEndedOn", nullValue()).body("version", equalTo(0));
    }

    @Test
    @DisplayName("§3.4 the days of a lease's end are the facility's: its today is accepted where UTC has not reached it")
    void underlyingLeaseEndCountsInTheFacilityZone() {
        // UTC+14: from 10:00 UTC on, the facility's today is UTC's tomorrow
        var body = new java.util.HashMap<>(Fixtures.facilityBody(code("F", 8)));
        body.put("timeZone", "Pacific/Kiritimati");
        String facility = Fixtures.create("/api/v1/facilities", body);
        String space = Fixtures.space(facility);
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Pacific/Kiritimati")).toString();
        as(OPERATIONS).body(Map.of("effectiveDate", today, "reason", "x"))
                .post("/api/v1/spaces/{id}/underlying-lease-termination", space).then().statusCode(200)
                .body("underlyingLeaseEndedOn", equalTo(today)).body("state", equalTo("OUT_OF_SERVICE"));
    }

    @Test
    @DisplayName("§7.6 only a space awaiting restoration can be recorded as restored (409 otherwise)")
    void restorationNeedsRestorationDue() {
        String space = Fixtures.space(Fixtures.facility());
        // a blank note is no note (400 naming it), as before
        as(OPERATIONS).body(Map.of("note", "   ")).post("/api/v1/spaces/{id}/restoration-completion", space).then()
                .statusCode(400);
        as(OPERATIONS).body(Map.of("note", "x")).post("/api/v1/spaces/{id}/restoration-completion", space).then()
                .statusCode(409).body("code", equalTo("SPACE_NOT_AWAITING_RESTORATION"))
                .body("clause", equalTo("§7.6"));
        as(OPERATIONS).get("/api/v1/spaces/{id}", space).then().body("state", equalTo("AVAILABLE"))
                .body("version", equalTo(0));
    }
}
