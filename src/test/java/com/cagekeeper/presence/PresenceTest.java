package com.cagekeeper.presence;

import static com.cagekeeper.support.Api.AUDITOR;
import static com.cagekeeper.support.Api.BILLING;
import static com.cagekeeper.support.Api.CUSTOMER;
import static com.cagekeeper.support.Api.OPERATIONS;
import static com.cagekeeper.support.Api.SECURITY;
import static com.cagekeeper.support.Api.as;
import static com.cagekeeper.support.Api.asCustomer;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.cagekeeper.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@DisplayName("Who is inside, and the evacuation roll call (rule 31a, BCP)")
class PresenceTest {

    static final String PRESENCE = "/api/v1/facilities/{id}/presence";

    private static String enter(String person, String space) {
        return Fixtures.check(person, space).body("decision", equalTo("GRANTED")).extract().path("eventId");
    }

    private static void exit(String person, String space) {
        Fixtures.check(Map.of("personId", person, "spaceId", space, "direction", "OUT"))
                .body("decision", equalTo("GRANTED"));
    }

    private static ValidatableResponse presence(String role, String facility) {
        return as(role).queryParam("limit", 500).get(PRESENCE, facility).then().statusCode(200);
    }

    /** A visitor of the customer's, on a visit for the space escorted by the person; its id. */
    private static String[] visitor(String customer, String space, String escort) {
        Instant now = Instant.now();
        var visit = asCustomer(customer).body(Fixtures.visitBody(customer, List.of(space),
                now.minus(Duration.ofMinutes(5)), now.plus(Duration.ofHours(2)), escort)).post("/api/v1/visits")
                .then().statusCode(201).extract();
        return new String[] { visit.path("visitors[0].id"), visit.path("id") };
    }

    @Test
    @DisplayName("rule 31a entries, exits, re-entries and an exit at another space of the facility; denied checks and other facilities ignored; visitors listed")
    void presenceFollowsPassages() {
        var t = Fixtures.tenancy();
        String space2 = Fixtures.space(t.facilityId());
        Fixtures.activeOrder(t.customerId(), space2);
        String stays = Fixtures.approvedPerson(t.customerId(), t.spaceId(), space2);
        String leavesElsewhere = Fixtures.approvedPerson(t.customerId(), t.spaceId(), space2);
        String comesBack = Fixtures.approvedPerson(t.customerId(), t.spaceId(), space2);
        String neverApproved = Fixtures.requestedPerson(t.customerId(), t.spaceId());
        String revokedAfterExit = Fixtures.approvedPerson(t.customerId(), t.spaceId());
        var elsewhere = Fixtures.tenancy();
        String otherFacility = Fixtures.approvedPerson(elsewhere.customerId(), elsewhere.spaceId());

        String staysEntry = enter(stays, t.spaceId());
        enter(leavesElsewhere, t.spaceId());
        exit(leavesElsewhere, space2); // an exit at another space of the same facility
        enter(comesBack, t.spaceId());
        exit(comesBack, t.spaceId());
        enter(comesBack, space2);
        Fixtures.check(neverApproved, t.spaceId()).body("decision", equalTo("DENIED"));
        enter(revokedAfterExit, t.spaceId());
        exit(revokedAfterExit, t.spaceId());
        as(OPERATIONS).body(Map.of("reason", "DAMAGE")).post("/api/v1/people/{id}/revocation", revokedAfterExit)
                .then().statusCode(200);
        Fixtures.check(revokedAfterExit, t.spaceId()).body("decision", equalTo("DENIED")); // no passage
        enter(otherFacility, elsewhere.spaceId());
        String[] v = visitor(t.customerId(), t.spaceId(), stays);
        Fixtures.check(Map.of("personId", v[0], "spaceId", t.spaceId(), "visitId", v[1]))
                .body("decision", equalTo("GRANTED"));

        presence(SECURITY, t.facilityId()).body("items.personId", containsInAnyOrder(stays, comesBack, v[0]))
                .body("next", nullValue())
                .body("items.find { it.personId == '" + stays + "' }.spaceId", equalTo(t.spaceId()))
                .body("items.find { it.personId == '" + stays + "' }.entryEventId", equalTo(staysEntry))
                .body("items.find { it.personId == '" + stays + "' }.kind", equalTo("PERSON"))
                .body("items.find { it.personId == '" + stays + "' }.customerId", equalTo(t.customerId()))
                .body("items.find { it.personId == '" + stays + "' }.name", notNullValue())
                .body("items.find { it.personId == '" + stays + "' }.since", notNullValue())
                .body("items.find { it.personId == '" + stays + "' }.muster", nullValue())
                .body("items.find { it.personId == '" + comesBack + "' }.spaceId", equalTo(space2))
                .body("items.find { it.personId == '" + v[0] + "' }.kind", equalTo("VISITOR"))
                .body("items.find { it.personId == '" + v[0] + "' }.visitId", equalTo(v[1]))
                .body("items.find { it.personId == '" + v[0] + "' }.name", equalTo("Alex Kim"));
        presence(OPERATIONS, elsewhere.facilityId()).body("items.personId", containsInAnyOrder(otherFacility));

        // paged by person id: two pages, no gap, no duplicate
        var first = as(AUDITOR).queryParam("limit", 2).get(PRESENCE, t.facilityId()).then().statusCode(200)
                .body("items", hasSize(2)).body("next", notNullValue()).extract();
        List<String> all = new ArrayList<>(first.<List<String>>path("items.personId"));
        as(AUDITOR).queryParam("limit", 2).queryParam("cursor", first.<String>path("next")).get(PRESENCE,
                t.facilityId()).then().statusCode(200).body("items", hasSize(1)).body("next", nullValue()).extract()
                .<List<String>>path("items.personId").forEach(all::add);
        assertEquals(List.of(stays, comesBack, v[0]).stream().sorted().toList(), all);
    }

    @Test
    @DisplayName("rule 31a a customer sees its own people and visitors only; B at the same facility sees none of A's; roles and 404")
    void customerSeesItsOwn() {
        var a = Fixtures.tenancy();
        String bCustomer = Fixtures.customer();
        String bSpace = Fixtures.space(a.facilityId());
        Fixtures.activeOrder(bCustomer, bSpace);
        String aPerson = Fixtures.approvedPerson(a.customerId(), a.spaceId());
        String bPerson = Fixtures.approvedPerson(bCustomer, bSpace);
        enter(aPerson, a.spaceId());
        enter(bPerson, bSpace);
        String[] aVisitor = visitor(a.customerId(), a.spaceId(), aPerson);
        Fixtures.check(Map.of("personId", aVisitor[0], "spaceId", a.spaceId(), "visitId", aVisitor[1]))
                .body("decision", equalTo("GRANTED"));

        asCustomer(a.customerId()).get(PRESENCE, a.facilityId()).then().statusCode(200)
                .body("items.personId", containsInAnyOrder(aPerson, aVisitor[0]));
        asCustomer(bCustomer).get(PRESENCE, a.facilityId()).then().statusCode(200)
                .body("items.personId", containsInAnyOrder(bPerson))
                .body("items.customerId", containsInAnyOrder(bCustomer));
        for (String role : List.of(OPERATIONS, SECURITY, AUDITOR)) {
            presence(role, a.facilityId()).body("items.personId", containsInAnyOrder(aPerson, bPerson, aVisitor[0]));
        }
        as(BILLING).get(PRESENCE, a.facilityId()).then().statusCode(403);
        as(SECURITY).get(PRESENCE, java.util.UUID.randomUUID().toString()).then().statusCode(404);
        as(SECURITY).get(PRESENCE, "not-an-id").then().statusCode(404);
        asCustomer(Fixtures.customer()).get(PRESENCE, a.facilityId()).then().statusCode(200).body("items", empty());
    }

    @Test
    @DisplayName("BCP muster: the roll frozen at the start, an exit shown as exited, a late entry flagged, marks idempotent, someone off the roll 422, one open muster per facility, closed for good, each change audited")
    void musterRollCall() {
        var t = Fixtures.tenancy();
        String ann = Fixtures.approvedPerson(t.customerId(), t.spaceId());
        String bo = Fixtures.approvedPerson(t.customerId(), t.spaceId());
        String gil = Fixtures.approvedPerson(t.customerId(), t.spaceId());
        String outside = Fixtures.approvedPerson(t.customerId(), t.spaceId());
        enter(ann, t.spaceId());
        enter(bo, t.spaceId());

        var started = as(SECURITY).body(Map.of("reason", "Fire alarm in hall A")).post("/api/v1/facilities/{id}/musters",
                t.facilityId()).then().statusCode(201).header("Location", notNullValue()).body("state", equalTo("OPEN"))
                .body("facilityId", equalTo(t.facilityId())).body("roll.personId", containsInAnyOrder(ann, bo))
                .body("counts.onRollAtStart", equalTo(2)).body("counts.missing", equalTo(2))
                .body("missing.personId", containsInAnyOrder(ann, bo)).body("accounted", empty()).extract();
        String muster = started.path("id");
        as(OPERATIONS).body(Map.of("reason", "Again")).post("/api/v1/facilities/{id}/musters", t.facilityId()).then()
                .statusCode(409).body("code", equalTo("MUSTER_ALREADY_OPEN")).body("clause", equalTo("BCP"));

        exit(ann, t.spaceId()); // leaves during the muster: exited, not missing
        enter(gil, t.spaceId()); // enters after the start: on the roll, flagged
        Map<String, Object> mark = new HashMap<>(Map.of("personId", bo, "location", "Muster point 1"));
        var firstMark = as(SECURITY).body(mark).post("/api/v1/musters/{id}/accounted", muster).then().statusCode(200)
                .body("roll.find { it.personId == '" + bo + "' }.status", equalTo("ACCOUNTED"))
                .body("roll.find { it.personId == '" + bo + "' }.location", equalTo("Muster point 1"))
                .body("roll.find { it.personId == '" + bo + "' }.accountedBy", notNullValue()).extract();
        String accountedAt = firstMark.path("roll.find { it.personId == '" + bo + "' }.accountedAt");
        mark.put("location", "Somewhere else");
        as(OPERATIONS).body(mark).post("/api/v1/musters/{id}/accounted", muster).then().statusCode(200)
                .body("roll.find { it.personId == '" + bo + "' }.accountedAt", equalTo(accountedAt))
                .body("roll.find { it.personId == '" + bo + "' }.location", equalTo("Muster point 1"));
        as(SECURITY).body(Map.of("personId", outside, "location", "Muster point 1"))
                .post("/api/v1/musters/{id}/accounted", muster).then().statusCode(422)
                .body("code", equalTo("NOT_ON_MUSTER_ROLL")).body("errors[0].field", equalTo("personId"));

        as(SECURITY).get("/api/v1/musters/{id}", muster).then().statusCode(200)
                .body("counts.onRollAtStart", equalTo(2)).body("counts.enteredSinceStart", equalTo(1))
                .body("counts.accounted", equalTo(1)).body("counts.exited", equalTo(1))
                .body("counts.missing", equalTo(1)).body("missing.personId", containsInAnyOrder(gil))
                .body("accounted.personId", containsInAnyOrder(bo))
                .body("roll.find { it.personId == '" + ann + "' }.status", equalTo("EXITED"))
                .body("roll.find { it.personId == '" + ann + "' }.exitedAt", notNullValue())
                .body("roll.find { it.personId == '" + gil + "' }.enteredSinceStart", equalTo(true))
                .body("roll.find { it.personId == '" + bo + "' }.enteredSinceStart", equalTo(false));
        // the presence list carries the marks while the muster is open
        presence(SECURITY, t.facilityId()).body("items.personId", containsInAnyOrder(bo, gil))
                .body("items.find { it.personId == '" + bo + "' }.muster.accounted", equalTo(true))
                .body("items.find { it.personId == '" + bo + "' }.muster.musterId", equalTo(muster))
                .body("items.find { it.personId == '" + gil + "' }.muster.accounted", equalTo(false));
        asCustomer(t.customerId()).get("/api/v1/musters/{id}", muster).then().statusCode(403);

        as(SECURITY).body(Map.of("personId", gil, "location", "Muster point 2"))
                .post("/api/v1/musters/{id}/accounted", muster).then().statusCode(200).body("counts.missing", equalTo(0));
        as(OPERATIONS).body(Map.of("note", "All clear")).post("/api/v1/musters/{id}/close", muster).then()
                .statusCode(200).body("state", equalTo("CLOSED")).body("closeNote", equalTo("All clear"))
                .body("closedAt", notNullValue());
        as(OPERATIONS).body(Map.of()).post("/api/v1/musters/{id}/close", muster).then().statusCode(409)
                .body("code", equalTo("MUSTER_CLOSED"));
        as(SECURITY).body(Map.of("personId", gil, "location", "Muster point 2"))
                .post("/api/v1/musters/{id}/accounted", muster).then().statusCode(409)
                .body("code", equalTo("MUSTER_CLOSED"));
        // a closed muster reads as it stood at its close, whatever the doors record after it
        enter(outside, t.spaceId());
        as(AUDITOR).get("/api/v1/musters/{id}", muster).then().statusCode(200)
                .body("roll.personId", containsInAnyOrder(ann, bo, gil));
        presence(SECURITY, t.facilityId()).body("items.find { it.personId == '" + bo + "' }.muster", nullValue());
        String next = as(OPERATIONS).body(Map.of("reason", "Drill")).post("/api/v1/facilities/{id}/musters",
                t.facilityId()).then().statusCode(201).body("roll.personId", containsInAnyOrder(bo, gil, outside))
                .extract().path("id");
        assertNotNull(next);

        as(AUDITOR).queryParam("objectType", "Muster").queryParam("objectId", muster).get("/api/v1/audit").then()
                .statusCode(200).body("items.action", containsInAnyOrder("MUSTER_STARTED", "PERSON_ACCOUNTED_FOR",
                        "PERSON_ACCOUNTED_FOR", "MUSTER_CLOSED"));
    }

    @Test
    @DisplayName("BCP a muster of a facility that does not exist is 404; of an id that is no muster, 404; a customer may not start one")
    void musterRefusals() {
        as(OPERATIONS).body(Map.of("reason", "Fire")).post("/api/v1/facilities/{id}/musters",
                java.util.UUID.randomUUID().toString()).then().statusCode(404);
        as(SECURITY).get("/api/v1/musters/{id}", java.util.UUID.randomUUID().toString()).then().statusCode(404);
        var t = Fixtures.tenancy();
        asCustomer(t.customerId()).body(Map.of("reason", "Fire")).post("/api/v1/facilities/{id}/musters",
                t.facilityId()).then().statusCode(403);
        as(CUSTOMER).get("/api/v1/musters/{id}", java.util.UUID.randomUUID().toString()).then().statusCode(403);
        as(OPERATIONS).body(Map.of("reason", " ")).post("/api/v1/facilities/{id}/musters", t.facilityId()).then()
                .statusCode(400);
    }
}
