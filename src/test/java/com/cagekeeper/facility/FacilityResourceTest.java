package com.cagekeeper.facility;

import static com.cagekeeper.support.Api.AUDITOR;
import static com.cagekeeper.support.Api.OPERATIONS;
import static com.cagekeeper.support.Api.as;
import static com.cagekeeper.support.Fixtures.code;
import static com.cagekeeper.support.Fixtures.facilityBody;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.cagekeeper.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@DisplayName("Facilities")
class FacilityResourceTest {

    @Test
    @DisplayName("operations opens a facility: 201 with Location, ETag and the facility NORMAL")
    void opensFacility() {
        String code = code("F", 8);
        var response = as(OPERATIONS).body(facilityBody(code)).post("/api/v1/facilities").then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/facilities/"))
                .header("ETag", equalTo("\"0\""))
                .body("code", equalTo(code))
                .body("operatingState", equalTo("NORMAL"))
                .body("timeZone", equalTo("America/New_York"))
                .body("address.country", equalTo("US"))
                .extract();
        String location = response.header("Location");
        String id = response.path("id");
        org.junit.jupiter.api.Assertions.assertTrue(location.endsWith("/api/v1/facilities/" + id));

        as(AUDITOR).get("/api/v1/facilities/{id}", id).then().statusCode(200)
                .header("ETag", equalTo("\"0\"")).body("code", equalTo(code)).body("name", equalTo("Facility " + code));
    }

    @Test
    @DisplayName("a facility code is unique: the second one answers 409")
    void codeIsUnique() {
        String code = code("F", 8);
        as(OPERATIONS).body(facilityBody(code)).post("/api/v1/facilities").then().statusCode(201);
        as(OPERATIONS).body(facilityBody(code)).post("/api/v1/facilities").then().statusCode(409)
                .contentType("application/problem+json").body("code", equalTo("FACILITY_CODE_TAKEN"));
        as(OPERATIONS).queryParam("code", code).get("/api/v1/facilities").then().statusCode(200)
                .body("items", hasSize(1));
    }

    @Test
    @DisplayName("lists are keyset-paged: limit bounds a page, the cursor continues it, the last page has next null")
    void paging() {
        String backup = Fixtures.facility();
        // three facilities that share a backup, so a filter isolates them from other tests' data
        for (int i = 0; i < 3; i++) {
            Map<String, Object> body = new HashMap<>(facilityBody(code("P", 8)));
            body.put("backupFacilityId", backup);
            as(OPERATIONS).body(body).post("/api/v1/facilities").then().statusCode(201);
        }
        var page1 = as(OPERATIONS).queryParam("limit", 2).get("/api/v1/facilities").then().statusCode(200)
                .body("items", hasSize(2)).body("next", notNullValue()).extract();
        String next = page1.path("next");
        String lastOfPage1 = page1.path("items[1].id");
        String firstOfPage2 = as(OPERATIONS).queryParam("limit", 2).queryParam("cursor", next)
                .get("/api/v1/facilities").then().statusCode(200).extract().path("items[0].id");
        org.junit.jupiter.api.Assertions.assertTrue(firstOfPage2.compareTo(lastOfPage1) > 0,
                "page 2 starts after page 1");

        as(OPERATIONS).queryParam("limit", 501).get("/api/v1/facilities").then().statusCode(400)
                .body("errors.field", contains("limit"));
        as(OPERATIONS).queryParam("cursor", "not-a-cursor").get("/api/v1/facilities").then().statusCode(400)
                .body("errors.field", contains("cursor"));
    }

    @Test
    @DisplayName("update with the current If-Match succeeds and bumps the ETag; a stale one answers 412 and changes nothing")
    void updateWithIfMatch() {
        String id = Fixtures.facility();
        Map<String, Object> update = Map.of("name", "Renamed", "address", Fixtures.address(), "timeZone",
                "Europe/London");
        as(OPERATIONS).header("If-Match", "\"0\"").body(update).put("/api/v1/facilities/{id}", id).then()
                .statusCode(200).header("ETag", equalTo("\"1\"")).body("name", equalTo("Renamed"))
                .body("timeZone", equalTo("Europe/London")).body("version", equalTo(1));
        Map<String, Object> stale = Map.of("name", "Stale", "address", Fixtures.address(), "timeZone", "UTC");
        as(OPERATIONS).header("If-Match", "\"0\"").body(stale).put("/api/v1/facilities/{id}", id).then()
                .statusCode(412).body("code", equalTo("STALE_VERSION"));
        as(OPERATIONS).get("/api/v1/facilities/{id}", id).then().body("name", equalTo("Renamed"))
                .body("version", equalTo(1));
    }

    @Test
    @DisplayName("BCP: the backup facility must exist and must not be the facility itself (422)")
    void backupFacility() {
        Map<String, Object> body = new HashMap<>(facilityBody(code("F", 8)));
        body.put("backupFacilityId", "0190c7a4-0000-7000-8000-00000000dead");
        as(OPERATIONS).body(body).post("/api/v1/facilities").then().statusCode(422)
                .body("code", equalTo("BACKUP_FACILITY_UNKNOWN"));

        String id = Fixtures.facility();
        Map<String, Object> self = Map.of("name", "Self", "address", Fixtures.address(), "timeZone", "UTC",
                "backupFacilityId", id);
        as(OPERATIONS).body(self).put("/api/v1/facilities/{id}", id).then().statusCode(422)
                .body("code", equalTo("BACKUP_FACILITY_INVALID"));
        as(OPERATIONS).get("/api/v1/facilities/{id}", id).then().body("backupFacilityId", nullValue());
    }

    @Test
    @DisplayName("an unknown or malformed id answers 404 as problem+json")
    void unknownId() {
        as(OPERATIONS).get("/api/v1/facilities/{id}", "0190c7a4-0000-7000-8000-00000000dead").then()
                .statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
        as(OPERATIONS).get("/api/v1/facilities/{id}", "nope").then().statusCode(404);
    }
}
