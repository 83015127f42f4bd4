package com.cagekeeper.access;

import static com.cagekeeper.support.Api.OPERATIONS;
import static com.cagekeeper.support.Api.as;
import static com.cagekeeper.support.Fixtures.check;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.cagekeeper.personnel.application.InactivitySweep;
import com.cagekeeper.support.Fixtures;
import com.cagekeeper.support.TestClock;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@DisplayName("Inactivity lapse (rule 12)")
class InactivityLapseApiTest {

    @Inject
    TestClock clock;
    @Inject
    InactivitySweep sweep;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    @DisplayName("rule 12: with no entry for 365 days the check denies APPROVAL_LAPSED; the sweep marks the person EXPIRED and audits it")
    void lapses() {
        var t = Fixtures.tenancy();
        String idle = Fixtures.approvedPerson(t.customerId(), t.spaceId());
        String active = Fixtures.approvedPerson(t.customerId(), t.spaceId());

        clock.advance(Duration.ofDays(200));
        check(active, t.spaceId()).body("decision", equalTo("GRANTED"));
        clock.advance(Duration.ofDays(166));

        check(idle, t.spaceId()).body("decision", equalTo("DENIED"))
                .body("reasons.code", contains("APPROVAL_LAPSED"));
        check(active, t.spaceId()).body("decision", equalTo("GRANTED"));

        sweep.run();
        as(OPERATIONS).get("/api/v1/people/{id}", idle).then().body("state", equalTo("EXPIRED"))
                .body("expiredAt", notNullValue());
        as(OPERATIONS).get("/api/v1/people/{id}", active).then().body("state", equalTo("APPROVED"));
        as(OPERATIONS).queryParam("objectId", idle).get("/api/v1/audit").then()
                .body("items.action", hasItem("PERSON_EXPIRED"))
                .body("items.actorSubject", hasItem("cagekeeper"));
        check(idle, t.spaceId()).body("decision", equalTo("DENIED"))
                .body("reasons.code", contains("APPROVAL_LAPSED"));

        // a new written approval reinstates the person
        as(OPERATIONS).body(Map.of("writtenApprovalReference", "ACC-RENEW"))
                .post("/api/v1/people/{id}/approval", idle).then().statusCode(200).body("state", equalTo("APPROVED"));
        check(idle, t.spaceId()).body("decision", equalTo("GRANTED"));
    }
}
