package com.cagekeeper.lien;

import static com.cagekeeper.support.Api.OPERATIONS;
import static com.cagekeeper.support.Api.as;
import static com.cagekeeper.support.Api.asCustomer;
import static com.cagekeeper.support.Fixtures.check;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
@DisplayName("Lien actions on nonpayment (§3.5, rules 14-16): refused until past due, noticed and cured; restricted access and possession; release on payment")
class LienActionTest {

    static final String LIENS = "/api/v1/lien-actions";

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

    private static ValidatableResponse enforce(Map<String, Object> body) {
        return as(OPERATIONS).body(body).post(LIENS).then();
    }

    private static Map<String, Object> restrict(String customer, String space) {
        return Map.of("customerId", customer, "restrictSpaceIds", List.of(space), "reason", "Unpaid after notice");
    }

    @Test
    @DisplayName("§3.5 the whole road: refused without notice, refused in the cure period with the date, allowed after; LIEN_RESTRICTED at the door; release refused on partial payment, then access returns with the restoration fee and storage charged")
    void enforceAndRelease() {
        var t = Fixtures.tenancy();
        String person = Fixtures.approvedPerson(t.customerId(), t.spaceId());
        String item = Fixtures.equipment(t.spaceId(), 1, 2);
        String kept = Fixtures.equipment(t.spaceId(), 5, 1);
        String invoice = Fixtures.invoice(t.customerId(), today().minusDays(40), "10000.00"); // due 10 days ago

        enforce(restrict(t.customerId(), t.spaceId())).statusCode(409).body("code", equalTo("LIEN_NOT_ENFORCEABLE"))
                .body("clause", equalTo("§3.5")).body("detail", containsString("DELINQUENCY notice"));

        LocalDate noticeDay = today();
        as(OPERATIONS).body(Fixtures.noticeBody(t.customerId(), "FACSIMILE", noticeDay)).post("/api/v1/notices")
                .then().statusCode(201);
        enforce(restrict(t.customerId(), t.spaceId())).statusCode(409)
                .body("detail", containsString(noticeDay.plusDays(10).toString()));

        clock.advance(Duration.ofDays(10));
        String action = enforce(Map.of("customerId", t.customerId(), "restrictSpaceIds", List.of(t.spaceId()),
                "itemIds", List.of(item), "storageLocation", "Cage store B-12", "reason", "Unpaid after notice"))
                .statusCode(201).body("state", equalTo("STANDING")).body("restrictedSpaceIds", contains(t.spaceId()))
                .body("possessedItemIds", contains(item)).extract().path("id");

        check(person, t.spaceId()).body("decision", equalTo("DENIED")).body("reasons.code", contains("LIEN_RESTRICTED"))
                .body("reasons[0].clause", equalTo("§3.5(a)"));
        as(OPERATIONS).get("/api/v1/equipment/{id}", item).then().body("state", equalTo("IN_PROVIDER_POSSESSION"));
        as(OPERATIONS).get("/api/v1/customers/{id}/standing", t.customerId()).then()
                .body("standing", equalTo("LIEN_ENFORCED"));
        asCustomer(t.customerId()).get(LIENS + "/{id}", action).then().statusCode(200);
        // §3.5(a): while restricted the customer cannot take its equipment out
        asCustomer(t.customerId()).body(Map.of()).post("/api/v1/equipment/{id}/removal", kept).then().statusCode(409)
                .body("code", equalTo("SPACE_LIEN_RESTRICTED"));

        Fixtures.payment(invoice, "4000.00", today());
        as(OPERATIONS).body(Map.of("note", "part paid")).post(LIENS + "/{id}/release", action).then().statusCode(409)
                .body("code", equalTo("UNDISPUTED_AMOUNTS_UNPAID"));
        check(person, t.spaceId()).body("decision", equalTo("DENIED"));

        clock.advance(Duration.ofDays(2));
        Fixtures.payment(invoice, "6000.00", today());
        as(OPERATIONS).body(Map.of("note", "paid in full")).post(LIENS + "/{id}/release", action).then()
                .statusCode(200).body("state", equalTo("RELEASED"));
        check(person, t.spaceId()).body("decision", equalTo("GRANTED"));
        as(OPERATIONS).get("/api/v1/equipment/{id}", item).then().body("state", equalTo("INSTALLED"));
        asCustomer(t.customerId()).body(Map.of()).post("/api/v1/equipment/{id}/removal", kept).then().statusCode(200);
        as(OPERATIONS).get("/api/v1/customers/{id}/charges", t.customerId()).then().statusCode(200)
                .body("items.findAll { it.sourceId == '" + action + "' }.kind",
                        containsInAnyOrder("STORAGE", "RESTORATION_FEE"))
                .body("items.find { it.kind == 'STORAGE' }.amount.amount", equalTo("50.00"))
                .body("items.find { it.kind == 'RESTORATION_FEE' }.amount.amount", equalTo("250.00"));
        as(OPERATIONS).body(Map.of()).post(LIENS + "/{id}/release", action).then().statusCode(409)
                .body("code", equalTo("LIEN_ACTION_ALREADY_RELEASED"));
    }

    @Test
    @DisplayName("§3.5, §4.1 disputed amounts never count: an invoice past due but wholly disputed cannot be enforced on")
    void disputedAmountsDoNotCount() {
        var t = Fixtures.tenancy();
        String invoice = Fixtures.invoice(t.customerId(), today().minusDays(40), "500.00");
        Fixtures.dispute(invoice, "500.00", today().minusDays(5));
        as(OPERATIONS).body(Fixtures.noticeBody(t.customerId(), "FACSIMILE", today())).post("/api/v1/notices")
                .then().statusCode(201);
        clock.advance(Duration.ofDays(11));
        enforce(restrict(t.customerId(), t.spaceId())).statusCode(409).body("code", equalTo("LIEN_NOT_ENFORCEABLE"))
                .body("detail", containsString("no undisputed amount is past due"));
        as(OPERATIONS).queryParam("customerId", t.customerId()).get(LIENS).then().body("items", hasSize(0));
    }

    @Test
    @DisplayName("§3.5 the cure period runs from the first notice after the amounts fell due: a reminder does not restart it; a dispute filed after enforcement does not undo it")
    void reminderDoesNotRestartCurePeriodAndLaterDisputeDoesNotUndo() {
        var t = Fixtures.tenancy();
        String person = Fixtures.approvedPerson(t.customerId(), t.spaceId());
        String invoice = Fixtures.invoice(t.customerId(), today().minusDays(40), "900.00");
        LocalDate first = today();
        as(OPERATIONS).body(Fixtures.noticeBody(t.customerId(), "FACSIMILE", first)).post("/api/v1/notices")
                .then().statusCode(201);
        clock.advance(Duration.ofDays(6));
        as(OPERATIONS).body(Fixtures.noticeBody(t.customerId(), "FACSIMILE", today())).post("/api/v1/notices")
                .then().statusCode(201);
        clock.advance(Duration.ofDays(4)); // 10 days after the first notice, 4 after the reminder
        String action = enforce(restrict(t.customerId(), t.spaceId())).statusCode(201).extract().path("id");

        Fixtures.dispute(invoice, "900.00", today());
        as(OPERATIONS).get(LIENS + "/{id}", action).then().statusCode(200).body("state", equalTo("STANDING"));
        check(person, t.spaceId()).body("decision", equalTo("DENIED")).body("reasons.code", contains("LIEN_RESTRICTED"));
    }

    @Test
    @DisplayName("§3.5(a) only the customer's own spaces can be restricted: another customer's is a 422 naming restrictSpaceIds")
    void onlyOwnSpaces() {
        var t = Fixtures.tenancy();
        var other = Fixtures.tenancy();
        enforce(restrict(t.customerId(), other.spaceId())).statusCode(422)
                .body("code", equalTo("SPACE_NOT_LEASED_BY_CUSTOMER")).body("errors.field", contains("restrictSpaceIds"));
    }

    private static java.util.Map<String, Object> delinquency(String customerId, String facilityId) {
        List<java.util.Map<String, Object>> items = as(OPERATIONS).queryParam("facilityId", facilityId)
                .queryParam("limit", 500).get("/api/v1/delinquencies").then().statusCode(200).extract().path("items");
        return items.stream().filter(d -> customerId.equals(d.get("customerId"))).findFirst().orElse(null);
    }

    @Test
    @DisplayName("§3.5 the delinquency list tells the next step: SEND_NOTICE, WAIT_CURE_PERIOD until its date, ENFORCEABLE, ENFORCED; a paid-up customer is not listed")
    void delinquencyListNextSteps() {
        var t = Fixtures.tenancy();
        var paidUp = Fixtures.tenancy();
        String paidInvoice = Fixtures.invoice(paidUp.customerId(), today().minusDays(40), "100.00");
        Fixtures.payment(paidInvoice, "100.00", today());
        Fixtures.invoice(t.customerId(), today().minusDays(40), "700.00");
        org.junit.jupiter.api.Assertions.assertNull(delinquency(paidUp.customerId(), paidUp.facilityId()));
        var d = delinquency(t.customerId(), t.facilityId());
        org.junit.jupiter.api.Assertions.assertEquals("SEND_NOTICE", d.get("nextStep"));
        org.junit.jupiter.api.Assertions.assertEquals("700.00", ((java.util.Map<?, ?>) d.get("undisputedPastDue")).get("amount"));
        LocalDate noticeDay = today();
        as(OPERATIONS).body(Fixtures.noticeBody(t.customerId(), "FACSIMILE", noticeDay)).post("/api/v1/notices")
                .then().statusCode(201);
        d = delinquency(t.customerId(), t.facilityId());
        org.junit.jupiter.api.Assertions.assertEquals("WAIT_CURE_PERIOD", d.get("nextStep"));
        org.junit.jupiter.api.Assertions.assertEquals(noticeDay.plusDays(10).toString(), d.get("allowedOn"));
        clock.advance(Duration.ofDays(10));
        org.junit.jupiter.api.Assertions.assertEquals("ENFORCEABLE", delinquency(t.customerId(), t.facilityId()).get("nextStep"));
        enforce(restrict(t.customerId(), t.spaceId())).statusCode(201);
        org.junit.jupiter.api.Assertions.assertEquals("ENFORCED", delinquency(t.customerId(), t.facilityId()).get("nextStep"));
        // the facility filter: another facility's list does not name the customer
        org.junit.jupiter.api.Assertions.assertNull(delinquency(t.customerId(), paidUp.facilityId()));
    }
}
