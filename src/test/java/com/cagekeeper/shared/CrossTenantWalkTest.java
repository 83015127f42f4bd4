package com.cagekeeper.shared;

import static com.cagekeeper.support.Api.OPERATIONS;
import static com.cagekeeper.support.Api.SECURITY;
import static com.cagekeeper.support.Api.as;
import static com.cagekeeper.support.Api.asCustomer;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.cagekeeper.support.Fixtures;
import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
@DisplayName("Tenancy by construction: customer B walks every GET after customer A used every feature and sees none of A's ids")
class CrossTenantWalkTest {

    @jakarta.inject.Inject
    com.cagekeeper.events.application.EventSequencer sequencer;
    @jakarta.inject.Inject
    com.cagekeeper.support.TestClock clock;
    @jakarta.inject.Inject
    com.cagekeeper.webhooks.TestEvents webhookEvents;
    @jakarta.inject.Inject
    com.cagekeeper.webhooks.application.WebhookDispatcher webhooks;

    @org.junit.jupiter.api.AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    @DisplayName("§3.2 the other party of a check is invisible: A's person at B's space, and B's person at A's space")
    void crossPartyChecksShowOnlyOwnSide() {
        var a = Fixtures.tenancy();
        var b = Fixtures.tenancy();
        String aPerson = Fixtures.approvedPerson(a.customerId(), a.spaceId());
        String bPerson = Fixtures.approvedPerson(b.customerId(), b.spaceId());
        as(OPERATIONS).body(Map.of("reason", "EMERGENCY", "description", "Smoke"))
                .post("/api/v1/spaces/{id}/suspensions", b.spaceId()).then().statusCode(201);
        // A previews its person at B's suspended space, and at a space that does not exist: the same single reason
        for (String space : List.of(b.spaceId(), java.util.UUID.randomUUID().toString())) {
            asCustomer(a.customerId()).body(Map.of("personId", aPerson, "spaceId", space))
                    .post("/api/v1/access-checks/preview").then().statusCode(200).body("decision", equalTo("DENIED"))
                    .body("reasons.code", contains("SPACE_NOT_LEASED_BY_CUSTOMER"));
        }
        Fixtures.check(aPerson, b.spaceId()).body("decision", equalTo("DENIED"));
        asCustomer(a.customerId()).queryParam("personId", aPerson).get("/api/v1/access-events").then()
                .statusCode(200).body("items[0].personId", equalTo(aPerson)).body("items[0].spaceId", nullValue())
                .body("items[0].spaceCustomerId", nullValue())
                .body("items[0].reasons.code", contains("SPACE_NOT_LEASED_BY_CUSTOMER"));
        asCustomer(b.customerId()).queryParam("spaceId", b.spaceId()).get("/api/v1/access-events").then()
                .statusCode(200).body("items[0].spaceId", equalTo(b.spaceId())).body("items[0].personId", nullValue())
                .body("items[0].customerId", nullValue()).body("items[0].personKind", equalTo("UNKNOWN"))
                .body("items[0].reasons.code", contains("PERSON_UNKNOWN", "SPACE_SUSPENDED"));
        Fixtures.check(bPerson, a.spaceId()).body("decision", equalTo("DENIED"));
        asCustomer(a.customerId()).queryParam("spaceId", a.spaceId()).get("/api/v1/access-events").then()
                .body("items[0].personId", nullValue()).body("items[0].customerId", nullValue())
                .body("items[0].reasons.code", contains("PERSON_UNKNOWN"));
        // the filters are no oracle: B cannot find A's person by id, nor ask by A's customer id,
        // nor learn the facility of A's space from its own person's attempt there
        asCustomer(a.customerId()).queryParam("personId", bPerson).get("/api/v1/access-events").then()
                .body("items", org.hamcrest.Matchers.hasSize(0));
        asCustomer(a.customerId()).queryParam("customerId", b.customerId()).get("/api/v1/access-events").then()
                .statusCode(200).body("items", org.hamcrest.Matchers.hasSize(0));
        asCustomer(a.customerId()).queryParam("facilityId", b.facilityId()).get("/api/v1/access-events").then()
                .body("items", org.hamcrest.Matchers.hasSize(0));
        asCustomer(a.customerId()).queryParam("personId", aPerson).get("/api/v1/access-events").then()
                .body("items.find { it.spaceId == null }.facilityId", nullValue());
    }

    @Test
    @DisplayName("§3.2 after A used every feature, no GET answer to B (lists, filters by A's ids, reads of A's ids) holds an id of A's")
    void customerBSeesNothingOfA() throws Exception {
        var a = Fixtures.tenancy();
        var b = Fixtures.tenancy();
        Set<String> aIds = new LinkedHashSet<>(List.of(a.customerId(), a.spaceId(), a.orderId()));
        String aPerson = Fixtures.approvedPerson(a.customerId(), a.spaceId());
        String aRequested = Fixtures.requestedPerson(a.customerId(), a.spaceId());
        aIds.add(aPerson);
        aIds.add(aRequested);
        Instant now = Instant.now();
        var visit = asCustomer(a.customerId())
                .body(Fixtures.visitBody(a.customerId(), List.of(a.spaceId()), now.minus(Duration.ofMinutes(5)),
                        now.plus(Duration.ofHours(2)), aPerson))
                .post("/api/v1/visits").then().statusCode(201).extract();
        String visitor = visit.path("visitors[0].id");
        aIds.add(visit.path("id"));
        aIds.add(visitor);
        String suspension = as(OPERATIONS).body(Map.of("reason", "UNSAFE_PRACTICE", "description", "Cables"))
                .post("/api/v1/spaces/{id}/suspensions", a.spaceId()).then().statusCode(201).extract().path("id");
        aIds.add(suspension);
        aIds.add(Fixtures.check(aPerson, a.spaceId()).extract().path("eventId"));
        as(OPERATIONS).body(Map.of("note", "cleared")).post("/api/v1/suspensions/{id}/lift", suspension).then()
                .statusCode(200);
        aIds.add(Fixtures.check(aPerson, a.spaceId()).extract().path("eventId"));
        aIds.add(Fixtures.check(Map.of("personId", visitor, "spaceId", a.spaceId(), "visitId", visit.path("id")))
                .extract().path("eventId"));
        // A's person tries B's space, and B's own person tries A's space: events both can list
        Fixtures.check(aPerson, b.spaceId());
        String bPerson = Fixtures.approvedPerson(b.customerId(), b.spaceId());
        Fixtures.check(bPerson, a.spaceId());
        Fixtures.check(bPerson, b.spaceId());
        // rule 31a, BCP: B also leases a space at A's facility and its person is inside there; A's person and
        // visitor are inside too. A muster of that facility puts them all on its roll; A's person is accounted
        // for. The muster is the facility's, shared like the facility (B sees its id beside its own person)
        String bSpaceAtA = Fixtures.space(a.facilityId());
        Fixtures.activeOrder(b.customerId(), bSpaceAtA);
        String bPersonAtA = Fixtures.approvedPerson(b.customerId(), bSpaceAtA);
        Fixtures.check(bPersonAtA, bSpaceAtA).body("decision", equalTo("GRANTED"));
        String muster = as(SECURITY).body(Map.of("reason", "Evacuation drill"))
                .post("/api/v1/facilities/{id}/musters", a.facilityId()).then().statusCode(201).extract().path("id");
        as(SECURITY).body(Map.of("personId", aPerson, "location", "Muster point 1"))
                .post("/api/v1/musters/{id}/accounted", muster).then().statusCode(200);
        as(OPERATIONS).body(Map.of("reason", "DAMAGE")).post("/api/v1/people/{id}/revocation", aRequested).then()
                .statusCode(200);
        asCustomer(a.customerId()).body(Map.of("personId", aPerson, "spaceId", a.spaceId()))
                .post("/api/v1/access-checks/preview").then().statusCode(200);
        // A registers equipment, moves and removes an item; operations registers one for A: items and ledger entries
        String aItem = asCustomer(a.customerId()).body(Fixtures.equipmentBody(a.spaceId(), 1, 2))
                .post("/api/v1/equipment").then().statusCode(201).extract().path("id");
        String aRemoved = Fixtures.equipment(a.spaceId(), 10, 1);
        asCustomer(a.customerId()).body(Map.of("rackUnitFrom", 3)).post("/api/v1/equipment/{id}/move", aItem).then()
                .statusCode(200);
        asCustomer(a.customerId()).body("{}").post("/api/v1/equipment/{id}/removal", aRemoved).then().statusCode(200);
        for (String item : List.of(aItem, aRemoved)) {
            aIds.add(item);
            aIds.addAll(as(OPERATIONS).get("/api/v1/equipment/{id}/custody", item).then().statusCode(200).extract()
                    .<List<String>>path("items.id"));
        }
        String bItem = Fixtures.equipment(b.spaceId(), 1, 2);
        // §3.3, §7.6: A alters a second space, whose order then ends; A removes its item and the provider
        // restores the space at A's cost: the alteration, the end of term and the charge are A's alone
        String aSpace2 = Fixtures.space(a.facilityId());
        String aOrder2 = Fixtures.activeOrder(a.customerId(), aSpace2);
        String aItem2 = Fixtures.equipment(aSpace2, 1, 1);
        String aAlteration = asCustomer(a.customerId()).body(Map.of("spaceId", aSpace2, "description", "Cable tray",
                "documentReferences", List.of("DWG-1"))).post("/api/v1/alterations").then().statusCode(201).extract()
                .path("id");
        as(OPERATIONS).body(Map.of("writtenConsentReference", "ALT-1")).post("/api/v1/alterations/{id}/consent",
                aAlteration).then().statusCode(200);
        asCustomer(a.customerId()).body("{}").post("/api/v1/alterations/{id}/completion", aAlteration).then()
                .statusCode(200);
        as(OPERATIONS).body(Map.of("effectiveDate", Fixtures.facilityToday().toString(), "reason", "Lease ended"))
                .post("/api/v1/spaces/{id}/underlying-lease-termination", aSpace2).then().statusCode(200);
        asCustomer(a.customerId()).get("/api/v1/spaces/{id}/end-of-term", aSpace2).then().statusCode(200);
        asCustomer(a.customerId()).body("{}").post("/api/v1/equipment/{id}/removal", aItem2).then().statusCode(200);
        aIds.addAll(List.of(aSpace2, aOrder2, aItem2, aAlteration));
        as(OPERATIONS).body(Map.of("outcome", "RESTORED_BY_PROVIDER", "restorationCost",
                Fixtures.money("900.00", "USD"), "note", "Restored")).post("/api/v1/spaces/{id}/restoration-completion",
                aSpace2).then().statusCode(200);
        aIds.add(as(OPERATIONS).get("/api/v1/spaces/{id}/end-of-term", aSpace2).then().statusCode(200).extract()
                .path("charges[0].id"));
        // B has an alteration of its own, so its list is not empty by construction
        String bAlteration = asCustomer(b.customerId()).body(Map.of("spaceId", b.spaceId(), "description", "Shelf",
                "documentReferences", List.of("DWG-2"))).post("/api/v1/alterations").then().statusCode(201).extract()
                .path("id");
        // §12.7, §4.1: A has a notice, an invoice long past due with a payment and a dispute, and a late charge
        aIds.add(as(OPERATIONS).body(Fixtures.noticeBody(a.customerId(), "FACSIMILE",
                LocalDate.now(ZoneOffset.UTC).minusDays(1))).post("/api/v1/notices").then().statusCode(201)
                .extract().path("id"));
        String invoice = Fixtures.invoice(a.customerId(), LocalDate.of(2026, 1, 1), "10000.00");
        aIds.add(invoice);
        aIds.add(Fixtures.payment(invoice, "1000.00", LocalDate.of(2026, 2, 10)));
        aIds.add(Fixtures.dispute(invoice, "500.00", LocalDate.of(2026, 2, 11)));
        aIds.add(as(OPERATIONS).post("/api/v1/customers/{id}/late-charges", a.customerId()).then().statusCode(200)
                .extract().path("charges[0].id"));
        // §3.2: operations requires A to relocate its equipment to a new space, with a RELOCATION
        // notice and A's written agreement to the date; A acknowledges. The relocation is A's alone
        Map<String, Object> relocationNotice = new java.util.HashMap<>(Fixtures.noticeBody(a.customerId(),
                "FACSIMILE", Fixtures.facilityToday()));
        relocationNotice.put("subject", "RELOCATION");
        String aRelocationNotice = Fixtures.create("/api/v1/notices", relocationNotice);
        aIds.add(aRelocationNotice);
        String aRelocation = as(OPERATIONS).body(Map.of("customerId", a.customerId(), "fromSpaceId", a.spaceId(),
                "toSpaceId", Fixtures.space(a.facilityId()), "noticeId", aRelocationNotice, "moveOn",
                Fixtures.facilityToday().toString(), "customerAgreementReference", "AGREED-A", "reason", "Cooling works"))
                .post("/api/v1/relocations").then().statusCode(201).extract().path("id");
        asCustomer(a.customerId()).body("{}").post("/api/v1/relocations/{id}/acknowledgement", aRelocation).then()
                .statusCode(200);
        aIds.add(aRelocation);
        // §3.5: after the cure period the lien is enforced on A's space: its lien action and the
        // restriction are A's alone
        clock.advance(java.time.Duration.ofDays(11));
        String aLien = as(OPERATIONS).body(Map.of("customerId", a.customerId(), "restrictSpaceIds",
                List.of(a.spaceId()), "reason", "Unpaid after notice")).post("/api/v1/lien-actions").then()
                .statusCode(201).extract().path("id");
        aIds.add(aLien);
        // §7.3, §12.4: A's breach, a force majeure event of A's order alone, one of both customers' orders
        // (B sees it, with only its own order), and A's termination for cause with its fee record
        Map<String, Object> breachNotice = new java.util.HashMap<>(Fixtures.noticeBody(a.customerId(), "FACSIMILE",
                LocalDate.now(clock.withZone(ZoneOffset.UTC))));
        breachNotice.put("subject", "BREACH");
        String aBreachNotice = Fixtures.create("/api/v1/notices", breachNotice);
        aIds.add(aBreachNotice);
        aIds.add(Fixtures.create("/api/v1/breaches", Map.of("orderId", a.orderId(), "breachingParty", "CUSTOMER",
                "noticeId", aBreachNotice, "description", "Unsafe cabling")));
        String today = LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusDays(1).toString();
        aIds.add(Fixtures.create("/api/v1/force-majeure-events", Map.of("description", "Fire at A's cage",
                "startedOn", today, "facilityIds", List.of(a.facilityId()), "orderIds", List.of(a.orderId()))));
        String shared = Fixtures.create("/api/v1/force-majeure-events", Map.of("description", "Regional outage",
                "startedOn", today, "facilityIds", List.of(a.facilityId(), b.facilityId()),
                "orderIds", List.of(a.orderId(), b.orderId())));
        Map<String, Object> terminationNotice = new java.util.HashMap<>(Fixtures.noticeBody(a.customerId(),
                "FACSIMILE", LocalDate.now(clock.withZone(ZoneOffset.UTC))));
        terminationNotice.put("direction", "FROM_CUSTOMER");
        terminationNotice.put("subject", "TERMINATION");
        String aTerminationNotice = Fixtures.create("/api/v1/notices", terminationNotice);
        aIds.add(aTerminationNotice);
        aIds.add(as(OPERATIONS).body(Map.of("orderId", a.orderId(), "basis", "FOR_CAUSE", "cause", "GOING_CONCERN",
                "terminatingParty", "CUSTOMER", "noticeId", aTerminationNotice)).post("/api/v1/terminations").then()
                .statusCode(201).extract().path("id"));
        // B has billing of its own, so its answers are not empty by construction
        String bInvoice = Fixtures.invoice(b.customerId(), LocalDate.of(2026, 1, 1), "100.00");
        Fixtures.payment(bInvoice, "10.00", LocalDate.of(2026, 2, 10));
        as(OPERATIONS).body(Fixtures.noticeBody(b.customerId(), "FACSIMILE", LocalDate.now(ZoneOffset.UTC)
                .minusDays(1))).post("/api/v1/notices").then().statusCode(201);

        // issue 12: A's change feed tells of A's objects (the customer each event concerns is A); B's
        // feed, read by the walk below, holds B's own and none of A's ids
        sequencer.drain();
        JsonNode aFeed = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                body(asCustomer(a.customerId()).queryParam("limit", 500).get("/api/v1/events")));
        Set<String> aTypes = new java.util.HashSet<>();
        Set<String> aSubjects = new java.util.HashSet<>();
        for (JsonNode e : aFeed.get("items")) {
            assertTrue(a.customerId().equals(e.get("customerId").asText()), "A's feed holds only A's: " + e);
            aTypes.add(e.get("type").asText());
            aSubjects.add(e.get("subjectId").asText());
        }
        assertTrue(aTypes.containsAll(List.of("ORDER_ACTIVATED", "PERSON_APPROVED", "PERSON_REVOKED",
                "VISIT_SCHEDULED", "SUSPENSION_STARTED", "SUSPENSION_LIFTED", "EQUIPMENT_CUSTODY_CHANGED",
                "NOTICE_RECORDED", "RELOCATION_PROPOSED", "LIEN_ENFORCED")), "A's feed: " + aTypes);
        assertTrue(aSubjects.containsAll(List.of(aLien, aRelocation, aRequested, suspension, aRemoved)),
                "A's feed names A's objects");
        assertTrue(aTypes.contains("ORDER_TERMINATED") || aTypes.contains("ORDER_TERMINATION_NOTICED"),
                "A's termination reaches A's feed: " + aTypes);
        // Webhooks: A's endpoint, A's event and its (failed) delivery attempt are A's alone; B has an endpoint of its own
        String aEndpoint = asCustomer(a.customerId()).body(Map.of("url", "http://127.0.0.1:9/hook"))
                .post("/api/v1/webhook-endpoints").then().statusCode(201).extract().path("id");
        aIds.add(aEndpoint);
        aIds.add(webhookEvents.publish("PERSON_APPROVED", aPerson, a.customerId()).id());
        webhooks.round();
        aIds.add(asCustomer(a.customerId()).get("/api/v1/webhook-endpoints/{id}/attempts", aEndpoint).then()
                .statusCode(200).extract().path("items[0].id"));
        String bEndpoint = asCustomer(b.customerId()).body(Map.of("url", "http://127.0.0.1:9/hook"))
                .post("/api/v1/webhook-endpoints").then().statusCode(201).extract().path("id");

        List<String> answers = new ArrayList<>();
        int walked = 0;
        for (AuthorizationMatrixTest.Operation op : AuthorizationMatrixTest.apiOperations()) {
            if (!op.method().equals("get")) {
                continue;
            }
            if (op.path().contains("{")) {
                for (String id : aIds) {
                    Response r = asCustomer(b.customerId()).get(op.path().replaceAll("\\{[^}]+}", id));
                    walked++;
                    assertFalse(r.statusCode() >= 200 && r.statusCode() < 300,
                            op.name() + " with A's id " + id + " answered " + r.statusCode() + " to B");
                }
                for (String own : List.of(b.customerId(), b.spaceId(), b.orderId(), bPerson, bItem, b.facilityId(),
                        a.facilityId())) {
                    answers.add(body(asCustomer(b.customerId()).get(op.path().replaceAll("\\{[^}]+}", own))));
                    walked++;
                }
                continue;
            }
            answers.add(body(asCustomer(b.customerId()).get(op.path())));
            walked++;
            for (String parameter : idParameters(op.node())) {
                for (String id : aIds) {
                    answers.add(body(asCustomer(b.customerId()).queryParam(parameter, id).get(op.path())));
                    walked++;
                }
            }
        }
        assertTrue(walked > 50, "the walk covered the API (" + walked + " requests)");
        assertTrue(answers.stream().anyMatch(s -> s.contains(b.spaceId())), "B's own answers were read");
        assertTrue(answers.stream().anyMatch(s -> s.contains("\"equipmentId\":\"" + bItem + "\"")),
                "B's own equipment and its custody ledger were read");
        assertTrue(answers.stream().anyMatch(s -> s.contains(bInvoice)), "B's own invoices were read");
        assertTrue(answers.stream().anyMatch(s -> s.contains("\"subjectId\":\"" + bPerson + "\"")),
                "B's own change feed was read");
        assertTrue(answers.stream().anyMatch(s -> s.contains(bAlteration)), "B's own alterations were read");
        assertTrue(answers.stream().anyMatch(s -> s.contains(shared)), "B read the force majeure event of its order");
        assertTrue(answers.stream().anyMatch(s -> s.contains("\"personId\":\"" + bPersonAtA + "\"")),
                "B read who of its own is inside A's facility");
        assertTrue(answers.stream().anyMatch(s -> s.contains("\"musterId\":\"" + muster + "\"")),
                "B read the muster of the facility its person is in");
        assertTrue(answers.stream().anyMatch(s -> s.contains(bEndpoint)), "B read its own webhook endpoints");
        for (String answer : answers) {
            for (String id : aIds) {
                assertFalse(answer.contains(id), "B's answer holds A's id " + id + ": " + answer);
            }
        }
    }

    /** A 2xx body; an error body echoes only what B sent, so it is not read. */
    private static String body(Response r) {
        return r.statusCode() >= 200 && r.statusCode() < 300 ? r.asString() : "";
    }

    private static List<String> idParameters(JsonNode op) {
        List<String> names = new ArrayList<>();
        for (Iterator<JsonNode> it = op.path("parameters").elements(); it.hasNext();) {
            JsonNode p = it.next();
            if ("query".equals(p.path("in").asText()) && p.path("name").asText().endsWith("Id")) {
                names.add(p.path("name").asText());
            }
        }
        return names;
    }
}
