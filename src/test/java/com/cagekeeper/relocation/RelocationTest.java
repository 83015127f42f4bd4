package com.cagekeeper.relocation;

import static com.cagekeeper.support.Api.AUDITOR;
import static com.cagekeeper.support.Api.OPERATIONS;
import static com.cagekeeper.support.Api.as;
import static com.cagekeeper.support.Api.asCustomer;
import static com.cagekeeper.support.Fixtures.check;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.cagekeeper.support.Fixtures;
import com.cagekeeper.support.TestClock;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@DisplayName("Relocations (§3.2, §2.1; rules 18-20): comparable targets, reasonable notice, completion in one step, costs by initiator")
class RelocationTest {

    static final String RELOCATIONS = "/api/v1/relocations";

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** The customer's date now (customers count in UTC unless they say otherwise). */
    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** A space in the facility: a CAGE of 42 units, 8 kW, class A1 unless changed. */
    static String space(String facilityId, Map<String, Object> changes) {
        Map<String, Object> body = new HashMap<>(Fixtures.spaceBody(facilityId, Fixtures.code("SP-", 14)));
        body.putAll(changes);
        return Fixtures.create("/api/v1/spaces", body);
    }

    /** A RELOCATION notice to the customer, faxed on the date (deemed given that day, §12.7). */
    static String relocationNotice(String customerId, LocalDate sentOn) {
        Map<String, Object> body = new HashMap<>(Fixtures.noticeBody(customerId, "FACSIMILE", sentOn));
        body.put("subject", "RELOCATION");
        body.put("text", "The provider requires the relocation of your equipment (§3.2).");
        return Fixtures.create("/api/v1/notices", body);
    }

    static Map<String, Object> required(String customer, String from, String to, String notice, LocalDate moveOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("customerId", customer);
        body.put("fromSpaceId", from);
        body.put("toSpaceId", to);
        body.put("noticeId", notice);
        body.put("moveOn", moveOn.toString());
        body.put("reason", "Hall A cooling plant replacement");
        return body;
    }

    static ValidatableResponse create(Map<String, Object> body) {
        return as(OPERATIONS).body(body).post(RELOCATIONS).then();
    }

    static Map<String, Object> completion(String oldSpaceState, String amount, List<Map<String, Object>> placements) {
        Map<String, Object> body = new HashMap<>();
        body.put("oldSpaceState", oldSpaceState);
        body.put("cost", Fixtures.money(amount, "USD"));
        if (placements != null) {
            body.put("placements", placements);
        }
        return body;
    }

    /** A tenancy whose space holds two items using 3 rack units and 0.9 kW. */
    record Moving(Fixtures.Tenancy t, String item1, String item2) {
    }

    static Moving moving() {
        var t = Fixtures.tenancy();
        return new Moving(t, Fixtures.equipment(t.spaceId(), 1, 2), Fixtures.equipment(t.spaceId(), 5, 1));
    }

    static void refusedAsNotComparable(Map<String, Object> body, String... shortfalls) {
        var r = create(body).statusCode(422).body("code", equalTo("RELOCATION_TARGET_NOT_COMPARABLE"))
                .body("clause", equalTo("§3.2")).body("errors[0].field", equalTo("toSpaceId"));
        for (String s : shortfalls) {
            r.body("detail", containsString(s + ":"));
        }
    }

    @Test
    @DisplayName("§3.2 rule 18 refused (422) for each non-comparable target, naming the shortfall; nothing written")
    void refusedForEachNonComparableTarget() {
        Moving m = moving();
        var t = m.t();
        String notice = relocationNotice(t.customerId(), today());
        LocalDate moveOn = today().plusDays(31);
        String otherFacility = space(Fixtures.facility(), Map.of());
        refusedAsNotComparable(required(t.customerId(), t.spaceId(), otherFacility, notice, moveOn), "OTHER_FACILITY");
        refusedAsNotComparable(required(t.customerId(), t.spaceId(), space(t.facilityId(), Map.of("kind", "CABINET")),
                notice, moveOn), "OTHER_KIND");
        refusedAsNotComparable(required(t.customerId(), t.spaceId(), space(t.facilityId(), Map.of("rackUnits", 2)),
                notice, moveOn), "TOO_FEW_RACK_UNITS");
        // the old space has 8 kW, but what counts is what the registered items draw (0.9 kW)
        refusedAsNotComparable(required(t.customerId(), t.spaceId(),
                space(t.facilityId(), Map.of("powerKw", new BigDecimal("0.85"))), notice, moveOn), "TOO_LITTLE_POWER");
        refusedAsNotComparable(required(t.customerId(), t.spaceId(),
                space(t.facilityId(), Map.of("environmentalClass", "A3")), notice, moveOn),
                "WORSE_ENVIRONMENTAL_CLASS");
        var other = Fixtures.tenancy();
        refusedAsNotComparable(required(t.customerId(), t.spaceId(), other.spaceId(), notice, moveOn), "NOT_AVAILABLE");
        as(OPERATIONS).body(Map.of("reason", "EMERGENCY", "description", "Water leak"))
                .post("/api/v1/spaces/{id}/suspensions", other.spaceId()).then().statusCode(201);
        refusedAsNotComparable(required(t.customerId(), t.spaceId(), other.spaceId(), notice, moveOn), "NOT_AVAILABLE",
                "SUSPENDED");
        // several shortfalls at once are all named
        refusedAsNotComparable(required(t.customerId(), t.spaceId(), space(t.facilityId(),
                Map.of("kind", "CABINET", "environmentalClass", "A4")), notice, moveOn), "OTHER_KIND",
                "WORSE_ENVIRONMENTAL_CLASS");
        // to a customer token another customer's space reads as unknown: nothing about it is told
        asCustomer(t.customerId()).body(Map.of("fromSpaceId", t.spaceId(), "toSpaceId", other.spaceId(),
                "moveOn", moveOn.toString(), "reason", "Closer to our other cage")).post(RELOCATIONS).then()
                .statusCode(422).body("code", equalTo("RELOCATION_TARGET_NOT_AVAILABLE"))
                .body("detail", not(containsString(other.customerId())));
        as(OPERATIONS).queryParam("customerId", t.customerId()).get(RELOCATIONS).then().statusCode(200)
                .body("items", hasSize(0));

        // another facility with the reason operations records is comparable
        var body = required(t.customerId(), t.spaceId(), otherFacility, notice, moveOn);
        body.put("otherFacilityReason", "Hall A is closed for a year; the other facility has the same carriers");
        create(body).statusCode(201).body("otherFacilityReason", containsString("same carriers"));
    }

    @Test
    @DisplayName("§3.2 short notice refused with the earliest date; without a deemed RELOCATION notice refused; earlier allowed with the customer's written agreement")
    void reasonableNotice() {
        Moving m = moving();
        var t = m.t();
        String target = space(t.facilityId(), Map.of());
        String notice = relocationNotice(t.customerId(), today());
        create(required(t.customerId(), t.spaceId(), target, notice, today().plusDays(10))).statusCode(422)
                .body("code", equalTo("RELOCATION_NOTICE_TOO_SHORT")).body("clause", equalTo("§3.2"))
                .body("errors[0].field", equalTo("moveOn"))
                .body("detail", containsString("earliest move date is " + today().plusDays(30)));
        var noNotice = required(t.customerId(), t.spaceId(), target, null, today().plusDays(40));
        noNotice.remove("noticeId");
        create(noNotice).statusCode(422).body("code", equalTo("RELOCATION_NOTICE_REQUIRED"))
                .body("errors[0].field", equalTo("noticeId"));
        String delinquency = Fixtures.create("/api/v1/notices", Fixtures.noticeBody(t.customerId(), "FACSIMILE",
                today()));
        create(required(t.customerId(), t.spaceId(), target, delinquency, today().plusDays(40))).statusCode(422)
                .body("code", equalTo("RELOCATION_NOTICE_REQUIRED"));
        // a courier notice not yet delivered has no deemed date and starts no clock (§12.7)
        Map<String, Object> courier = new HashMap<>(Fixtures.noticeBody(t.customerId(), "COURIER", today()));
        courier.put("subject", "RELOCATION");
        create(required(t.customerId(), t.spaceId(), target, Fixtures.create("/api/v1/notices", courier),
                today().plusDays(40))).statusCode(422).body("code", equalTo("RELOCATION_NOTICE_REQUIRED"));
        as(OPERATIONS).queryParam("customerId", t.customerId()).get(RELOCATIONS).then().body("items", hasSize(0));

        var agreed = required(t.customerId(), t.spaceId(), target, notice, today().plusDays(10));
        agreed.put("customerAgreementReference", "SB-LTR-2026-031");
        create(agreed).statusCode(201).body("state", equalTo("SCHEDULED")).body("initiator", equalTo("PROVIDER"))
                .body("noticePeriodEndsOn", equalTo(today().plusDays(30).toString()))
                .body("customerAgreementReference", equalTo("SB-LTR-2026-031"));
        // one open relocation per space
        create(required(t.customerId(), t.spaceId(), space(t.facilityId(), Map.of()), notice, today().plusDays(30)))
                .statusCode(409).body("code", equalTo("RELOCATION_ALREADY_OPEN"));
    }

    @Test
    @DisplayName("§3.2 rules 19-20 a required move: PROPOSED, SCHEDULED when its notice period runs out, started on its date, completed in one step; the provider's costs are recorded and nothing is charged")
    void requiredMoveCompletes() {
        Moving m = moving();
        var t = m.t();
        String person = Fixtures.approvedPerson(t.customerId(), t.spaceId());
        String target = space(t.facilityId(), Map.of("environmentalClass", "A1", "rackUnits", 48));
        String notice = relocationNotice(t.customerId(), today());
        LocalDate moveOn = today().plusDays(31);
        String id = create(required(t.customerId(), t.spaceId(), target, notice, moveOn)).statusCode(201)
                .body("state", equalTo("PROPOSED")).body("costBorneBy", equalTo("PROVIDER"))
                .body("orderId", equalTo(t.orderId())).body("noticeDeemedGivenOn", equalTo(today().toString()))
                .extract().path("id");
        as(OPERATIONS).body("{}").post(RELOCATIONS + "/{id}/start", id).then().statusCode(409)
                .body("code", equalTo("RELOCATION_NOT_SCHEDULED"))
                .body("detail", containsString(today().plusDays(30).toString()));
        asCustomer(t.customerId()).get(RELOCATIONS + "/{id}", id).then().statusCode(200)
                .body("state", equalTo("PROPOSED"));

        clock.advance(Duration.ofDays(30));
        // derived on read: the notice period ran out
        as(OPERATIONS).get(RELOCATIONS + "/{id}", id).then().body("state", equalTo("SCHEDULED"));
        as(OPERATIONS).queryParam("customerId", t.customerId()).queryParam("state", "SCHEDULED").get(RELOCATIONS)
                .then().body("items.id", contains(id));
        as(OPERATIONS).queryParam("customerId", t.customerId()).queryParam("state", "PROPOSED").get(RELOCATIONS)
                .then().body("items", hasSize(0));
        clock.advance(Duration.ofDays(2));
        as(OPERATIONS).body(Map.of("note", "Crew on site")).post(RELOCATIONS + "/{id}/start", id).then()
                .statusCode(200).body("state", equalTo("IN_PROGRESS"));
        as(OPERATIONS).get("/api/v1/equipment/{id}", m.item1()).then().body("state", equalTo("RELOCATING"));
        check(person, t.spaceId()).body("decision", equalTo("GRANTED"));
        check(person, target).body("decision", equalTo("DENIED"));

        as(OPERATIONS).body(completion("RESTORATION_DUE", "1800.00",
                List.of(Map.of("itemId", m.item2(), "rackUnitFrom", 20))))
                .post(RELOCATIONS + "/{id}/completion", id).then().statusCode(200)
                .body("state", equalTo("COMPLETED")).body("cost.amount", equalTo("1800.00"))
                .body("costBorneBy", equalTo("PROVIDER")).body("chargeId", nullValue())
                .body("oldSpaceState", equalTo("RESTORATION_DUE"))
                .body("movedItemIds", containsInAnyOrder(m.item1(), m.item2()));

        check(person, target).body("decision", equalTo("GRANTED"));
        check(person, t.spaceId()).body("decision", equalTo("DENIED"));
        as(OPERATIONS).get("/api/v1/equipment/{id}", m.item1()).then().body("state", equalTo("INSTALLED"))
                .body("spaceId", equalTo(target)).body("rackUnitFrom", equalTo(1)).body("rackUnits", equalTo(2));
        as(OPERATIONS).get("/api/v1/equipment/{id}", m.item2()).then().body("spaceId", equalTo(target))
                .body("rackUnitFrom", equalTo(20));
        as(OPERATIONS).get("/api/v1/equipment/{id}/custody", m.item2()).then()
                .body("items[-1].event", equalTo("MOVED")).body("items[-1].spaceId", equalTo(target))
                .body("items[-1].rackUnitFrom", equalTo(20));
        as(OPERATIONS).get("/api/v1/spaces/{id}", target).then().body("state", equalTo("LEASED"))
                .body("customerId", equalTo(t.customerId())).body("orderId", equalTo(t.orderId()));
        as(OPERATIONS).get("/api/v1/spaces/{id}", t.spaceId()).then().body("state", equalTo("RESTORATION_DUE"))
                .body("customerId", nullValue());
        as(OPERATIONS).get("/api/v1/orders/{id}", t.orderId()).then().body("spaceIds", contains(target));
        as(OPERATIONS).get("/api/v1/people/{id}", person).then().body("spaceIds", contains(target));
        as(OPERATIONS).get("/api/v1/customers/{id}/charges", t.customerId()).then().statusCode(200)
                .body("items.sourceId", not(hasItem(id)));
        as(AUDITOR).queryParam("objectType", "Relocation").queryParam("objectId", id).get("/api/v1/audit").then()
                .body("items.action", contains("RELOCATION_REQUIRED", "RELOCATION_SCHEDULED", "RELOCATION_STARTED",
                        "RELOCATION_COMPLETED"));
        as(OPERATIONS).body(completion("AVAILABLE", "1.00", null)).post(RELOCATIONS + "/{id}/completion", id).then()
                .statusCode(409).body("code", equalTo("RELOCATION_NOT_IN_PROGRESS"));
    }

    @Test
    @DisplayName("§2.1 rule 19 a move the customer asks for: acknowledgement is not its step, operations accepts, and the costs are charged to the customer as RELOCATION")
    void customerRequestedMoveIsCharged() {
        Moving m = moving();
        var t = m.t();
        String target = space(t.facilityId(), Map.of());
        Map<String, Object> ask = new HashMap<>(Map.of("fromSpaceId", t.spaceId(), "toSpaceId", target,
                "moveOn", Fixtures.facilityToday().toString(), "reason", "We need the bigger cage"));
        String id = asCustomer(t.customerId()).body(ask).post(RELOCATIONS).then().statusCode(201)
                .body("state", equalTo("PROPOSED")).body("initiator", equalTo("CUSTOMER"))
                .body("costBorneBy", equalTo("CUSTOMER")).body("customerId", equalTo(t.customerId()))
                .extract().path("id");
        asCustomer(t.customerId()).body("{}").post(RELOCATIONS + "/{id}/acknowledgement", id).then().statusCode(409)
                .body("code", equalTo("RELOCATION_REQUESTED_BY_CUSTOMER"));
        as(OPERATIONS).body("{}").post(RELOCATIONS + "/{id}/start", id).then().statusCode(409)
                .body("code", equalTo("RELOCATION_NOT_SCHEDULED"));
        as(OPERATIONS).body(Map.of("note", "Quote 950.00 accepted")).post(RELOCATIONS + "/{id}/acceptance", id).then()
                .statusCode(200).body("state", equalTo("SCHEDULED"));
        as(OPERATIONS).body("{}").post(RELOCATIONS + "/{id}/start", id).then().statusCode(200);
        // the customer cannot cancel once started
        asCustomer(t.customerId()).body(Map.of("reason", "changed our mind"))
                .post(RELOCATIONS + "/{id}/cancellation", id).then().statusCode(409)
                .body("code", equalTo("RELOCATION_IN_PROGRESS"));
        String chargeId = as(OPERATIONS).body(completion("AVAILABLE", "950.00", null))
                .post(RELOCATIONS + "/{id}/completion", id).then().statusCode(200)
                .body("state", equalTo("COMPLETED")).body("costBorneBy", equalTo("CUSTOMER"))
                .body("chargeId", not(nullValue())).extract().path("chargeId");
        as(OPERATIONS).get("/api/v1/customers/{id}/charges", t.customerId()).then().statusCode(200)
                .body("items.find { it.sourceId == '" + id + "' }.kind", equalTo("RELOCATION"))
                .body("items.find { it.sourceId == '" + id + "' }.id", equalTo(chargeId))
                .body("items.find { it.sourceId == '" + id + "' }.amount.amount", equalTo("950.00"))
                .body("items.find { it.sourceId == '" + id + "' }.clause", equalTo("§2.1"));
        as(OPERATIONS).get("/api/v1/spaces/{id}", t.spaceId()).then().body("state", equalTo("AVAILABLE"));
        asCustomer(t.customerId()).get("/api/v1/equipment/{id}", m.item1()).then().body("spaceId", equalTo(target));
    }

    @Test
    @DisplayName("§2.1 operations declines a customer's request, which is CANCELLED and declined; a required move is acknowledged by its customer, not cancelled by it")
    void declineAndAcknowledge() {
        Moving m = moving();
        var t = m.t();
        String target = space(t.facilityId(), Map.of());
        String asked = asCustomer(t.customerId()).body(Map.of("fromSpaceId", t.spaceId(), "toSpaceId", target,
                "moveOn", Fixtures.facilityToday().plusDays(5).toString(), "reason", "Consolidation"))
                .post(RELOCATIONS).then().statusCode(201).extract().path("id");
        as(OPERATIONS).body(Map.of("reason", "No crew that week")).post(RELOCATIONS + "/{id}/declination", asked)
                .then().statusCode(200).body("state", equalTo("CANCELLED")).body("declined", equalTo(true))
                .body("closeReason", equalTo("No crew that week"));
        as(OPERATIONS).body("{}").post(RELOCATIONS + "/{id}/acceptance", asked).then().statusCode(409)
                .body("code", equalTo("RELOCATION_ALREADY_DECIDED"));

        String notice = relocationNotice(t.customerId(), today());
        String id = create(required(t.customerId(), t.spaceId(), target, notice, today().plusDays(31)))
                .statusCode(201).extract().path("id");
        as(OPERATIONS).body("{}").post(RELOCATIONS + "/{id}/acceptance", id).then().statusCode(409)
                .body("code", equalTo("RELOCATION_REQUIRED_BY_PROVIDER"));
        asCustomer(t.customerId()).body(Map.of("reason", "no")).post(RELOCATIONS + "/{id}/cancellation", id).then()
                .statusCode(409).body("code", equalTo("RELOCATION_REQUIRED_BY_PROVIDER"));
        asCustomer(t.customerId()).body(Map.of("note", "Understood")).post(RELOCATIONS + "/{id}/acknowledgement", id)
                .then().statusCode(200).body("state", equalTo("SCHEDULED")).body("acknowledgedAt", not(nullValue()));
        // scheduled, but the move date decides when it starts
        as(OPERATIONS).body("{}").post(RELOCATIONS + "/{id}/start", id).then().statusCode(409)
                .body("code", equalTo("RELOCATION_BEFORE_MOVE_DATE"))
                .body("detail", containsString(today().plusDays(31).toString()));
        as(OPERATIONS).body(Map.of("reason", "Cooling repaired in place")).post(RELOCATIONS + "/{id}/cancellation", id)
                .then().statusCode(200).body("state", equalTo("CANCELLED")).body("declined", equalTo(false));
    }
    /** A customer's own request for a move from the space to the target today, accepted by operations. */
    static String acceptedRequest(Fixtures.Tenancy t, String target) {
        String id = asCustomer(t.customerId()).body(Map.of("fromSpaceId", t.spaceId(), "toSpaceId", target,
                "moveOn", Fixtures.facilityToday().toString(), "reason", "We need the bigger cage")).post(RELOCATIONS)
                .then().statusCode(201).extract().path("id");
        as(OPERATIONS).body("{}").post(RELOCATIONS + "/{id}/acceptance", id).then().statusCode(200);
        return id;
    }

    @Test
    @DisplayName("§3.2 a RELOCATION notice backs one relocation not cancelled, and not one given before the order was activated (422 naming noticeId)")
    void aNoticeBacksOneMove() {
        Moving m = moving();
        var t = m.t();
        String notice = relocationNotice(t.customerId(), today());
        String secondSpace = space(t.facilityId(), Map.of());
        Fixtures.activeOrder(t.customerId(), secondSpace);
        String first = create(required(t.customerId(), t.spaceId(), space(t.facilityId(), Map.of()), notice,
                today().plusDays(31))).statusCode(201).extract().path("id");
        var again = required(t.customerId(), secondSpace, space(t.facilityId(), Map.of()), notice, today().plusDays(31));
        create(again).statusCode(422).body("code", equalTo("RELOCATION_NOTICE_ALREADY_USED"))
                .body("clause", equalTo("§3.2")).body("errors[0].field", equalTo("noticeId"))
                .body("detail", containsString(first));
        // a cancelled move frees its notice
        as(OPERATIONS).body(Map.of("reason", "Cooling repaired in place")).post(RELOCATIONS + "/{id}/cancellation",
                first).then().statusCode(200);
        create(again).statusCode(201).body("noticeId", equalTo(notice));

        // a notice given before the order leasing the space was activated starts no clock for it
        var later = Fixtures.tenancy();
        String old = relocationNotice(later.customerId(), Fixtures.facilityToday().minusDays(40));
        create(required(later.customerId(), later.spaceId(), space(later.facilityId(), Map.of()), old,
                today().plusDays(1))).statusCode(422).body("code", equalTo("RELOCATION_NOTICE_BEFORE_ACTIVATION"))
                .body("errors[0].field", equalTo("noticeId"));
        as(OPERATIONS).queryParam("customerId", later.customerId()).get(RELOCATIONS).then().body("items", hasSize(0));
    }

    @Test
    @DisplayName("§3.2, §7.2 a move is refused (409) on or after the day the order's termination takes effect; before it, it is allowed")
    void noMoveAfterTheOrderEnds() {
        Moving m = moving();
        var t = m.t();
        Map<String, Object> termination = new HashMap<>(Fixtures.noticeBody(t.customerId(), "FACSIMILE", today()));
        termination.put("direction", "FROM_CUSTOMER");
        termination.put("subject", "TERMINATION");
        String notice = Fixtures.create("/api/v1/notices", termination);
        LocalDate effectiveOn = today().plusDays(80);
        asCustomer(t.customerId()).body(Map.of("orderId", t.orderId(), "basis", "WITHOUT_CAUSE", "noticeId", notice,
                "effectiveOn", effectiveOn.toString())).post("/api/v1/terminations").then().statusCode(201);
        as(OPERATIONS).get("/api/v1/orders/{id}", t.orderId()).then().body("state", equalTo("TERMINATION_NOTICED"));
        String target = space(t.facilityId(), Map.of());
        asCustomer(t.customerId()).body(Map.of("fromSpaceId", t.spaceId(), "toSpaceId", target, "moveOn",
                effectiveOn.toString(), "reason", "Consolidation")).post(RELOCATIONS).then().statusCode(409)
                .body("code", equalTo("ORDER_ENDS_BEFORE_MOVE")).body("clause", equalTo("§3.2"))
                .body("detail", containsString(effectiveOn.toString()));
        asCustomer(t.customerId()).body(Map.of("fromSpaceId", t.spaceId(), "toSpaceId", target, "moveOn",
                effectiveOn.minusDays(1).toString(), "reason", "Consolidation")).post(RELOCATIONS).then()
                .statusCode(201);
    }

    @Test
    @DisplayName("§3.2, §7.6 when the order's spaces await restoration its open relocations out of them are cancelled, items RELOCATING installed where they are again")
    void anEndingOrderCancelsItsMoves() {
        Moving m = moving();
        var t = m.t();
        String target = space(t.facilityId(), Map.of());
        String id = acceptedRequest(t, target);
        as(OPERATIONS).body("{}").post(RELOCATIONS + "/{id}/start", id).then().statusCode(200);
        as(OPERATIONS).get("/api/v1/equipment/{id}", m.item1()).then().body("state", equalTo("RELOCATING"));
        as(OPERATIONS).body(Map.of("effectiveDate", Fixtures.facilityToday().toString(), "reason", "Landlord lease ended"))
                .post("/api/v1/spaces/{id}/underlying-lease-termination", t.spaceId()).then().statusCode(200);
        as(OPERATIONS).get(RELOCATIONS + "/{id}", id).then().body("state", equalTo("CANCELLED"))
                .body("closeReason", containsString("await restoration"));
        as(OPERATIONS).get("/api/v1/equipment/{id}", m.item1()).then().body("state", equalTo("INSTALLED"))
                .body("spaceId", equalTo(t.spaceId()));
        as(OPERATIONS).get("/api/v1/spaces/{id}", target).then().body("state", equalTo("AVAILABLE"));
        as(AUDITOR).queryParam("objectType", "Relocation").queryParam("objectId", id).get("/api/v1/audit").then()
                .body("items.action", hasItem("RELOCATION_CANCELLED"));
    }

    @Test
    @DisplayName("§3.3, §3.2 a move does not start (409) while alteration work is in progress in the old space; operations withdraws the work, then it starts")
    void alterationInProgressHoldsTheMove() {
        Moving m = moving();
        var t = m.t();
        String alteration = asCustomer(t.customerId()).body(Map.of("spaceId", t.spaceId(), "description", "Cable tray",
                "documentReferences", List.of("DWG-1"))).post("/api/v1/alterations").then().statusCode(201)
                .extract().path("id");
        as(OPERATIONS).body(Map.of("writtenConsentReference", "ALT-1")).post("/api/v1/alterations/{id}/consent",
                alteration).then().statusCode(200);
        asCustomer(t.customerId()).body("{}").post("/api/v1/alterations/{id}/start", alteration).then()
                .statusCode(200);
        String id = acceptedRequest(t, space(t.facilityId(), Map.of()));
        as(OPERATIONS).body("{}").post(RELOCATIONS + "/{id}/start", id).then().statusCode(409)
                .body("code", equalTo("ALTERATION_IN_PROGRESS")).body("clause", equalTo("§3.3"))
                .body("detail", containsString(alteration));
        as(OPERATIONS).get("/api/v1/equipment/{id}", m.item1()).then().body("state", equalTo("INSTALLED"));
        as(OPERATIONS).body(Map.of("note", "Work abandoned for the move")).post("/api/v1/alterations/{id}/withdrawal",
                alteration).then().statusCode(200).body("state", equalTo("WITHDRAWN"));
        as(OPERATIONS).body("{}").post(RELOCATIONS + "/{id}/start", id).then().statusCode(200)
                .body("state", equalTo("IN_PROGRESS"));
    }

    @Test
    @DisplayName("§3.2 a move does not start (409 SPACE_SUSPENDED) out of a suspended space")
    void noMoveOutOfASuspendedSpace() {
        Moving m = moving();
        var t = m.t();
        String id = acceptedRequest(t, space(t.facilityId(), Map.of()));
        as(OPERATIONS).body(Map.of("reason", "EMERGENCY", "description", "Water leak"))
                .post("/api/v1/spaces/{id}/suspensions", t.spaceId()).then().statusCode(201);
        as(OPERATIONS).body("{}").post(RELOCATIONS + "/{id}/start", id).then().statusCode(409)
                .body("code", equalTo("SPACE_SUSPENDED")).body("clause", equalTo("§3.2"));
        as(OPERATIONS).get(RELOCATIONS + "/{id}", id).then().body("state", equalTo("SCHEDULED"));
    }
}
