package com.cagekeeper.access;

import static com.cagekeeper.support.Api.AUDITOR;
import static com.cagekeeper.support.Api.OPERATIONS;
import static com.cagekeeper.support.Api.SECURITY;
import static com.cagekeeper.support.Api.as;
import static com.cagekeeper.support.Fixtures.check;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.cagekeeper.support.Fixtures;
import com.cagekeeper.support.TestClock;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@DisplayName("A recorded check decides at the service's clock, never at the client's (rules 3, 11, 12)")
class DoorDecidesNowTest {

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static io.restassured.response.ValidatableResponse checkAt(String person, String space, Instant at) {
        return as(SECURITY).body(Map.of("personId", person, "spaceId", space, "at", at.toString()))
                .post("/api/v1/access-checks").then();
    }

    @Test
    @DisplayName("§3.2 a person revoked an hour ago is not GRANTED by naming yesterday: 422 pointing to the preview, nothing recorded")
    void revokedPersonCannotBackdate() {
        var t = Fixtures.tenancy();
        String person = Fixtures.approvedPerson(t.customerId(), t.spaceId());
        as(OPERATIONS).body(Map.of("reason", "DAMAGE")).post("/api/v1/people/{id}/revocation", person).then()
                .statusCode(200);
        checkAt(person, t.spaceId(), clock.instant().minus(Duration.ofDays(1))).statusCode(422)
                .body("code", equalTo("AT_OUTSIDE_CLOCK_SKEW")).body("detail", containsString("PT2M"))
                .body("detail", containsString("/api/v1/access-checks/preview"));
        as(AUDITOR).queryParam("personId", person).get("/api/v1/access-events").then().body("items", hasSize(0));
        check(person, t.spaceId()).body("decision", equalTo("DENIED")).body("reasons.code", contains("REVOKED"));
    }

    @Test
    @DisplayName("§3.2 an approval whose window ended and a lapsed approval are not GRANTED by naming a past instant")
    void endedAndLapsedApprovalsCannotBackdate() {
        var t = Fixtures.tenancy();
        String person = Fixtures.approvedPerson(t.customerId(), t.spaceId());
        clock.advance(Duration.ofDays(400));
        checkAt(person, t.spaceId(), clock.instant().minus(Duration.ofDays(300))).statusCode(422)
                .body("code", equalTo("AT_OUTSIDE_CLOCK_SKEW"));
        check(person, t.spaceId()).body("decision", equalTo("DENIED"))
                .body("reasons.code", contains("APPROVAL_LAPSED"));
    }

    @Test
    @DisplayName("§3.2 an approval whose validity window ended an hour ago is not GRANTED by naming a time inside it")
    void endedWindowCannotBackdate() {
        var t = Fixtures.tenancy();
        String person = Fixtures.requestedPerson(t.customerId(), t.spaceId());
        Instant until = clock.instant().plus(Duration.ofDays(2));
        as(OPERATIONS).body(Map.of("writtenApprovalReference", "ACC-W", "validUntil", until.toString()))
                .post("/api/v1/people/{id}/approval", person).then().statusCode(200);
        clock.standAt(until.plus(Duration.ofHours(1)));
        checkAt(person, t.spaceId(), until.minus(Duration.ofHours(1))).statusCode(422)
                .body("code", equalTo("AT_OUTSIDE_CLOCK_SKEW"));
        check(person, t.spaceId()).body("decision", equalTo("DENIED"))
                .body("reasons.code", contains("OUTSIDE_VALIDITY"));
    }

    @Test
    @DisplayName("rule 12: an 'at' in the future is refused, so it cannot move the last entry forward and postpone the lapse")
    void futureAtCannotPostponeTheLapse() {
        var t = Fixtures.tenancy();
        String person = Fixtures.approvedPerson(t.customerId(), t.spaceId());
        checkAt(person, t.spaceId(), clock.instant().plus(Duration.ofDays(300))).statusCode(422)
                .body("code", equalTo("AT_OUTSIDE_CLOCK_SKEW"));
        as(OPERATIONS).get("/api/v1/people/{id}", person).then().body("lastEntryAt", nullValue());
    }

    @Test
    @DisplayName("rule 11: a door clock within the skew is accepted, but the decision and the record are at the service's clock")
    void smallSkewIsAbsorbed() {
        var t = Fixtures.tenancy();
        String person = Fixtures.approvedPerson(t.customerId(), t.spaceId());
        Instant doorClock = clock.instant().minus(Duration.ofSeconds(90));
        String decidedAt = checkAt(person, t.spaceId(), doorClock).statusCode(200)
                .body("decision", equalTo("GRANTED")).extract().path("at");
        Instant decided = Instant.parse(decidedAt);
        assertTrue(decided.isAfter(doorClock.plusSeconds(80)), "decided at the service's clock, not the door's");
        String lastEntry = as(OPERATIONS).get("/api/v1/people/{id}", person).then().extract().path("lastEntryAt");
        assertEquals(decided, Instant.parse(lastEntry));
        as(AUDITOR).queryParam("personId", person).get("/api/v1/access-events").then()
                .body("items[0].at", equalTo(decidedAt));
    }

    @Test
    @DisplayName("preview takes any instant, past or future, and records nothing")
    void previewTakesAnyInstant() {
        var t = Fixtures.tenancy();
        String person = Fixtures.approvedPerson(t.customerId(), t.spaceId());
        as(OPERATIONS).body(Map.of("personId", person, "spaceId", t.spaceId(), "at",
                clock.instant().minus(Duration.ofDays(1)).toString())).post("/api/v1/access-checks/preview").then()
                .statusCode(200).body("eventId", nullValue());
        as(AUDITOR).queryParam("personId", person).get("/api/v1/access-events").then().body("items", hasSize(0));
    }

    @Test
    @DisplayName("rule 11: malformed ids in a check are a 400 naming the field, not a 500 and not a guess")
    void malformedIds() {
        as(SECURITY).body(Map.of("personId", "not-a-uuid", "spaceId", "also bad")).post("/api/v1/access-checks")
                .then().statusCode(400).body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("personId",
                        "spaceId"));
    }
}
