package com.cagekeeper.personnel;

import static com.cagekeeper.support.Api.OPERATIONS;
import static com.cagekeeper.support.Api.as;
import static com.cagekeeper.support.Api.asCustomer;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.cagekeeper.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@DisplayName("Asking for a person: every reference checked, one record per document (§3.2)")
class PersonReferencesTest {

    @jakarta.inject.Inject
    com.cagekeeper.support.TestClock clock;
    @jakarta.inject.Inject
    com.cagekeeper.personnel.application.InactivitySweep sweep;

    @org.junit.jupiter.api.AfterEach
    void resetClock() {
        clock.reset();
    }

    private static int count(String customerId) {
        List<?> items = as(OPERATIONS).queryParam("customerId", customerId).queryParam("limit", 500)
                .get("/api/v1/people").then().statusCode(200).extract().path("items");
        return items.size();
    }

    @Test
    @DisplayName("§3.2 a malformed space id is a 400 naming spaceIds[0], and nothing is created")
    void malformedSpaceId() {
        var t = Fixtures.tenancy();
        as(OPERATIONS).body(Fixtures.personBody(t.customerId(), List.of("not-an-id"))).post("/api/v1/people").then()
                .statusCode(400).body("errors.field", hasItem("spaceIds[0]"));
        assertEquals(0, count(t.customerId()));
    }

    @Test
    @DisplayName("§3.1, §3.2 an unknown space id and another customer's space id are the same 422, and nothing is created")
    void unknownAndForeignSpacesAreTheSame() {
        var mine = Fixtures.tenancy();
        var theirs = Fixtures.tenancy();
        for (String space : List.of(UUID.randomUUID().toString(), theirs.spaceId())) {
            asCustomer(mine.customerId()).body(Fixtures.personBody(mine.customerId(), List.of(space)))
                    .post("/api/v1/people").then().statusCode(422)
                    .body("code", equalTo("SPACE_NOT_LEASED_BY_CUSTOMER")).body("clause", equalTo("§3.2"))
                    .body("detail", containsString(space));
        }
        assertEquals(0, count(mine.customerId()));
    }

    @Test
    @DisplayName("§3.2 one human, one record: asking again for the same document while requested or approved is a 409 naming the person")
    void sameDocumentTwice() {
        var t = Fixtures.tenancy();
        Map<String, Object> body = Fixtures.personBody(t.customerId(), List.of(t.spaceId()));
        String first = as(OPERATIONS).body(body).post("/api/v1/people").then().statusCode(201).extract().path("id");
        Map<String, Object> again = new java.util.HashMap<>(body);
        again.put("name", "Same Person, Other Spelling");
        again.put("idDocumentNumber", ((String) body.get("idDocumentNumber")).toLowerCase());
        as(OPERATIONS).body(again).post("/api/v1/people").then().statusCode(409)
                .body("code", equalTo("PERSON_ALREADY_LISTED")).body("detail", containsString(first));
        Fixtures.approve(first);
        as(OPERATIONS).body(again).post("/api/v1/people").then().statusCode(409)
                .body("code", equalTo("PERSON_ALREADY_LISTED"));
        // once removed from the list, the customer may ask for the person again
        as(OPERATIONS).body(Map.of()).post("/api/v1/people/{id}/removal", first).then().statusCode(200);
        as(OPERATIONS).body(again).post("/api/v1/people").then().statusCode(201);
        assertEquals(2, count(t.customerId()));
    }

    @Test
    @DisplayName("§3.2 one human, one record: an expired person asked for anew cannot also be reinstated (409 naming the new record)")
    void reinstatingWhileAskedForAnew() {
        var t = Fixtures.tenancy();
        Map<String, Object> body = Fixtures.personBody(t.customerId(), List.of(t.spaceId()));
        String first = as(OPERATIONS).body(body).post("/api/v1/people").then().statusCode(201).extract().path("id");
        Fixtures.approve(first);
        clock.advance(java.time.Duration.ofDays(366));
        sweep.run();
        as(OPERATIONS).get("/api/v1/people/{id}", first).then().body("state", equalTo("EXPIRED"));
        String second = as(OPERATIONS).body(body).post("/api/v1/people").then().statusCode(201).extract()
                .path("id");
        as(OPERATIONS).body(Map.of("writtenApprovalReference", "ACC-R")).post("/api/v1/people/{id}/approval", first)
                .then().statusCode(409).body("code", equalTo("PERSON_ALREADY_LISTED"))
                .body("detail", containsString(second));
        as(OPERATIONS).get("/api/v1/people/{id}", first).then().body("state", equalTo("EXPIRED"));
    }

    @Test
    @DisplayName("§3.2 two concurrent requests for the same document create one person; the other is refused")
    void concurrentSameDocument() throws Exception {
        var t = Fixtures.tenancy();
        Map<String, Object> body = Fixtures.personBody(t.customerId(), List.of(t.spaceId()));
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(pool.submit(() -> as(OPERATIONS).body(body).post("/api/v1/people").statusCode()));
            }
            int created = 0;
            for (var a : answers) {
                int status = a.get();
                if (status == 201) {
                    created++;
                } else {
                    assertEquals(409, status);
                }
            }
            assertEquals(1, created);
        } finally {
            pool.shutdown();
        }
        assertEquals(1, count(t.customerId()));
    }

    @Test
    @DisplayName("§3.2 an approval whose validity window already ended is refused (422 VALIDITY_ENDED), at request and at approval")
    void endedWindowRefused() {
        var t = Fixtures.tenancy();
        Map<String, Object> body = new java.util.HashMap<>(Fixtures.personBody(t.customerId(), List.of(t.spaceId())));
        body.put("validFrom", "2020-01-01T00:00:00Z");
        body.put("validUntil", "2021-01-01T00:00:00Z");
        as(OPERATIONS).body(body).post("/api/v1/people").then().statusCode(422)
                .body("code", equalTo("VALIDITY_ENDED"));
        String person = Fixtures.requestedPerson(t.customerId(), t.spaceId());
        as(OPERATIONS).body(Map.of("writtenApprovalReference", "ACC-9", "validUntil",
                Instant.now().minusSeconds(60).toString())).post("/api/v1/people/{id}/approval", person).then()
                .statusCode(422).body("code", equalTo("VALIDITY_ENDED"));
        as(OPERATIONS).get("/api/v1/people/{id}", person).then().body("state", equalTo("REQUESTED"));
    }
}
