package com.cagekeeper.visit;

import static com.cagekeeper.support.Api.OPERATIONS;
import static com.cagekeeper.support.Api.SECURITY;
import static com.cagekeeper.support.Api.as;
import static com.cagekeeper.support.Api.asCustomer;
import static com.cagekeeper.support.Fixtures.check;
import static com.cagekeeper.support.Fixtures.visitBody;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.cagekeeper.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@DisplayName("Visits (rule 9)")
class VisitTest {

    @jakarta.inject.Inject
    com.cagekeeper.support.TestClock clock;

    @org.junit.jupiter.api.AfterEach
    void resetClock() {
        clock.reset();
    }

    static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    record Scene(Fixtures.Tenancy t, String escort, String visitId, String visitorId) {
    }

    /** A tenancy, an approved escort, and a visit now covering the tenancy's space. */
    static Scene scene(Instant from, Instant to) {
        var t = Fixtures.tenancy();
        String escort = Fixtures.approvedPerson(t.customerId(), t.spaceId());
        var body = visitBody(null, List.of(t.spaceId()), from, to, escort);
        body.remove("customerId");
        var visit = asCustomer(t.customerId()).body(body).post("/api/v1/visits").then().statusCode(201).extract();
        return new Scene(t, escort, visit.path("id"), visit.path("visitors[0].id"));
    }

    @Test
    @DisplayName("rule 9: a named visitor enters within the window, escorted; the grant holds until the visit ends")
    void visitorEnters() {
        Instant end = NOW.plus(Duration.ofHours(4));
        var s = scene(NOW.minus(Duration.ofHours(1)), end);
        as(SECURITY).get("/api/v1/visits/{id}", s.visitId()).then().statusCode(200)
                .body("visitors[0].idDocumentNumber", startsWith("****"));
        check(Map.of("personId", s.visitorId(), "spaceId", s.t().spaceId(), "visitId", s.visitId()))
                .body("decision", equalTo("GRANTED")).body("escortRequired", equalTo(true))
                .body("validUntil", equalTo(end.toString()));
    }

    @Test
    @DisplayName("rule 9: outside the window, another space or another visit's id: VISIT_NOT_COVERING")
    void notCovering() {
        var s = scene(NOW.plus(Duration.ofHours(2)), NOW.plus(Duration.ofHours(3)));
        check(s.visitorId(), s.t().spaceId()).body("decision", equalTo("DENIED"))
                .body("reasons.code", contains("VISIT_NOT_COVERING"));
        String other = Fixtures.space(s.t().facilityId());
        Fixtures.activeOrder(s.t().customerId(), other);
        clock.standAt(NOW.plus(Duration.ofHours(3)));
        check(s.visitorId(), s.t().spaceId()).body("decision", equalTo("DENIED"));
        clock.standAt(NOW.plus(Duration.ofHours(2)));
        check(s.visitorId(), s.t().spaceId()).body("decision", equalTo("GRANTED"));
        // the escort's approval does not cover that space either: both reasons are given
        check(s.visitorId(), other).body("decision", equalTo("DENIED"))
                .body("reasons.code", contains("VISIT_NOT_COVERING", "ESCORT_REQUIRED"));
        clock.reset();
        var s2 = scene(NOW.minus(Duration.ofHours(1)), NOW.plus(Duration.ofHours(1)));
        check(Map.of("personId", s2.visitorId(), "spaceId", s2.t().spaceId(), "visitId", s.visitId()))
                .body("decision", equalTo("DENIED")).body("reasons.code", contains("VISIT_NOT_COVERING"));
    }

    @Test
    @DisplayName("rule 9: an escort who is no longer approved leaves the visitor without escort: ESCORT_REQUIRED, until operations waives it")
    void escortRequiredAndWaiver() {
        var s = scene(NOW.minus(Duration.ofHours(1)), NOW.plus(Duration.ofHours(4)));
        as(OPERATIONS).body(Map.of("reason", "DAMAGE")).post("/api/v1/people/{id}/revocation", s.escort()).then()
                .statusCode(200);
        check(s.visitorId(), s.t().spaceId()).body("decision", equalTo("DENIED"))
                .body("reasons.code", contains("ESCORT_REQUIRED"));
        asCustomer(s.t().customerId()).body(Map.of("reason", "self-waiver"))
                .post("/api/v1/visits/{id}/escort-waiver", s.visitId()).then().statusCode(403);
        as(OPERATIONS).body(Map.of("reason", "Vendor with site induction"))
                .post("/api/v1/visits/{id}/escort-waiver", s.visitId()).then().statusCode(200)
                .body("escortWaived", equalTo(true)).body("escortWaiverReason", equalTo("Vendor with site induction"));
        check(s.visitorId(), s.t().spaceId()).body("decision", equalTo("GRANTED"))
                .body("escortRequired", equalTo(false));
    }

    @Test
    @DisplayName("rule 9: the escort must be an approved person of the customer who may escort (422 otherwise)")
    void escortMustBeEligible() {
        var t = Fixtures.tenancy();
        var body = Fixtures.personBody(t.customerId(), List.of(t.spaceId()));
        body.put("mayEscort", false);
        String noEscort = Fixtures.create("/api/v1/people", body);
        Fixtures.approve(noEscort);
        String requested = Fixtures.requestedPerson(t.customerId(), t.spaceId());
        for (String escort : List.of(noEscort, requested)) {
            asCustomer(t.customerId()).body(visitBody(t.customerId(), List.of(t.spaceId()), NOW,
                    NOW.plus(Duration.ofHours(1)), escort)).post("/api/v1/visits").then().statusCode(422)
                    .body("code", equalTo("ESCORT_NOT_ELIGIBLE"));
        }
        asCustomer(t.customerId()).body(visitBody(t.customerId(), List.of(t.spaceId()), NOW,
                NOW.plus(Duration.ofHours(1)), null)).post("/api/v1/visits").then().statusCode(400)
                .body("errors[0].field", equalTo("escortPersonId"));
        asCustomer(t.customerId()).get("/api/v1/visits").then().body("items", hasSize(0));
    }

    @Test
    @DisplayName("rule 9: a visit lasts at most 14 days and names at most 50 visitors (422), and only the customer's spaces")
    void limits() {
        var t = Fixtures.tenancy();
        String escort = Fixtures.approvedPerson(t.customerId(), t.spaceId());
        asCustomer(t.customerId()).body(visitBody(t.customerId(), List.of(t.spaceId()), NOW,
                NOW.plus(Duration.ofDays(14)).plusSeconds(1), escort)).post("/api/v1/visits").then()
                .statusCode(422).body("code", equalTo("VISIT_TOO_LONG"));
        asCustomer(t.customerId()).body(visitBody(t.customerId(), List.of(t.spaceId()), NOW,
                NOW.plus(Duration.ofDays(14)), escort)).post("/api/v1/visits").then().statusCode(201);

        Map<String, Object> crowd = new HashMap<>(visitBody(t.customerId(), List.of(t.spaceId()), NOW,
                NOW.plus(Duration.ofHours(2)), escort));
        List<Map<String, Object>> visitors = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            visitors.add(Map.of("name", "Visitor " + i, "idDocumentType", "NATIONAL_ID", "idDocumentNumber",
                    "ID" + (100000 + i)));
        }
        crowd.put("visitors", visitors);
        asCustomer(t.customerId()).body(crowd).post("/api/v1/visits").then().statusCode(422)
                .body("code", equalTo("TOO_MANY_VISITORS"));
        crowd.put("visitors", visitors.subList(0, 50));
        asCustomer(t.customerId()).body(crowd).post("/api/v1/visits").then().statusCode(201)
                .body("visitors", hasSize(50));

        var other = Fixtures.tenancy();
        asCustomer(t.customerId()).body(visitBody(t.customerId(), List.of(other.spaceId()), NOW,
                NOW.plus(Duration.ofHours(1)), escort)).post("/api/v1/visits").then().statusCode(422)
                .body("code", equalTo("SPACE_NOT_LEASED_BY_CUSTOMER"));
    }

    @Test
    @DisplayName("a cancelled visit admits nobody: VISIT_CANCELLED; the customer cancels its own, not another's (404)")
    void cancellation() {
        var s = scene(NOW.minus(Duration.ofHours(1)), NOW.plus(Duration.ofHours(4)));
        var other = Fixtures.tenancy();
        asCustomer(other.customerId()).body(Map.of("reason", "x")).post("/api/v1/visits/{id}/cancellation",
                s.visitId()).then().statusCode(404);
        asCustomer(s.t().customerId()).body(Map.of("reason", "Work postponed"))
                .post("/api/v1/visits/{id}/cancellation", s.visitId()).then().statusCode(200)
                .body("state", equalTo("CANCELLED"));
        check(s.visitorId(), s.t().spaceId()).body("decision", equalTo("DENIED"))
                .body("reasons.code", contains("VISIT_CANCELLED"));
        as(OPERATIONS).body(Map.of("reason", "again")).post("/api/v1/visits/{id}/cancellation", s.visitId()).then()
                .statusCode(409);
    }

    @Test
    @DisplayName("security finds a visitor's visits by identity document")
    void lookupByDocument() {
        var t = Fixtures.tenancy();
        String escort = Fixtures.approvedPerson(t.customerId(), t.spaceId());
        var body = visitBody(t.customerId(), List.of(t.spaceId()), NOW, NOW.plus(Duration.ofHours(1)), escort);
        body.put("visitors", List.of(Map.of("name", "Alex Kim", "idDocumentType", "DRIVERS_LICENSE",
                "idDocumentNumber", "DL-" + Fixtures.code("", 8))));
        @SuppressWarnings("unchecked")
        String number = ((List<Map<String, String>>) body.get("visitors")).get(0).get("idDocumentNumber");
        String id = as(OPERATIONS).body(body).post("/api/v1/visits").then().statusCode(201).extract().path("id");
        as(SECURITY).queryParam("idDocumentType", "DRIVERS_LICENSE").queryParam("idDocumentNumber", number)
                .get("/api/v1/visits").then().statusCode(200).body("items.id", contains(id));
    }
}
