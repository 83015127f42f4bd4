package com.cagekeeper.billing;

import static com.cagekeeper.support.Api.AUDITOR;
import static com.cagekeeper.support.Api.BILLING;
import static com.cagekeeper.support.Api.OPERATIONS;
import static com.cagekeeper.support.Api.as;
import static com.cagekeeper.support.Api.asCustomer;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
@DisplayName("Billing standing (§4.1, §3.5): derived from undisputed amounts past due, with late charges")
class StandingTest {

    static final LocalDate ISSUED = LocalDate.of(2026, 1, 1);
    /** The worked example's date: 30 days after the due date of an invoice issued on 1 January. */
    static final String MARCH_2 = "2026-03-02";

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static ValidatableResponse standing(String customer, String on) {
        var request = as(BILLING);
        if (on != null) {
            request = request.queryParam("on", on);
        }
        return request.get("/api/v1/customers/{id}/standing", customer).then().statusCode(200);
    }

    @Test
    @DisplayName("§4.1 net 30: GOOD through the due date, DELINQUENT from the day after, on the customer too; payment makes it GOOD again")
    void netThirty() {
        String customer = Fixtures.customer();
        LocalDate issued = LocalDate.now(ZoneOffset.UTC).plusDays(2);
        clock.standAt(issued.atTime(12, 0).toInstant(ZoneOffset.UTC));
        String invoice = Fixtures.invoice(customer, issued, "1200.00");
        clock.advance(Duration.ofDays(30));
        standing(customer, null).body("on", equalTo(issued.plusDays(30).toString())).body("standing", equalTo("GOOD"))
                .body("undisputedPastDue.amount", equalTo("0.00")).body("oldestPastDueOn", nullValue())
                .body("daysPastDue", nullValue());
        as(OPERATIONS).get("/api/v1/customers/{id}", customer).then().body("standing", equalTo("GOOD"));
        clock.advance(Duration.ofDays(1));
        standing(customer, null).body("standing", equalTo("DELINQUENT"))
                .body("undisputedPastDue.amount", equalTo("1200.00"))
                .body("oldestPastDueOn", equalTo(issued.plusDays(30).toString())).body("daysPastDue", equalTo(1))
                .body("invoicesPastDue", equalTo(1));
        as(OPERATIONS).get("/api/v1/customers/{id}", customer).then().body("standing", equalTo("DELINQUENT"));
        String code = as(OPERATIONS).get("/api/v1/customers/{id}", customer).then().extract().path("code");
        as(OPERATIONS).queryParam("code", code).get("/api/v1/customers").then()
                .body("items[0].standing", equalTo("DELINQUENT"));
        asCustomer(customer).get("/api/v1/customers/{id}/standing", customer).then().statusCode(200)
                .body("standing", equalTo("DELINQUENT"));
        Fixtures.payment(invoice, "1200.00", issued.plusDays(31));
        standing(customer, null).body("standing", equalTo("GOOD")).body("undisputedPastDue.amount", equalTo("0.00"));
        as(OPERATIONS).get("/api/v1/customers/{id}", customer).then().body("standing", equalTo("GOOD"));
    }

    @Test
    @DisplayName("§4.1 the worked example: 10,000.00 USD due 2026-01-31, unpaid on 2026-03-02, is 30 days past due with 147.95 in late charges")
    void workedExample() {
        String customer = Fixtures.customer();
        Fixtures.invoice(customer, ISSUED, "10000.00");
        standing(customer, MARCH_2).body("on", equalTo(MARCH_2)).body("standing", equalTo("DELINQUENT"))
                .body("undisputedPastDue.amount", equalTo("10000.00")).body("undisputedPastDue.currency", equalTo("USD"))
                .body("oldestPastDueOn", equalTo("2026-01-31")).body("daysPastDue", equalTo(30))
                .body("lateCharges.amount", equalTo("147.95")).body("lateChargeMonthlyRate", equalTo("0.015"));
        standing(customer, "2026-01-31").body("standing", equalTo("GOOD")).body("lateCharges.amount",
                equalTo("0.00"));
    }

    @Test
    @DisplayName("§4.1 partial payments reduce what is past due, and the principal late charges accrue on from their date")
    void partialPayments() {
        String customer = Fixtures.customer();
        String invoice = Fixtures.invoice(customer, ISSUED, "10000.00");
        Fixtures.payment(invoice, "6000.00", LocalDate.of(2026, 2, 10));
        // 10,000 for 10 days, then 4,000 for 20 days: 180,000 x 0.015 x 12 / 365 = 88.77
        standing(customer, MARCH_2).body("standing", equalTo("DELINQUENT"))
                .body("undisputedPastDue.amount", equalTo("4000.00")).body("lateCharges.amount", equalTo("88.77"));
        // before the payment, the standing of that date saw all of it
        standing(customer, "2026-02-05").body("undisputedPastDue.amount", equalTo("10000.00"));
    }

    @Test
    @DisplayName("§3.5 disputed amounts are never past due: a dispute of part leaves the rest past due; a dispute of all leaves the customer GOOD")
    void disputesExcluded() {
        String customer = Fixtures.customer();
        String invoice = Fixtures.invoice(customer, ISSUED, "10000.00");
        Fixtures.dispute(invoice, "4000.00", LocalDate.of(2026, 2, 5));
        standing(customer, MARCH_2).body("undisputedPastDue.amount", equalTo("6000.00"))
                .body("disputed.amount", equalTo("4000.00")).body("lateCharges.amount", equalTo("88.77"));
        Fixtures.dispute(invoice, "6000.00", LocalDate.of(2026, 2, 6));
        standing(customer, MARCH_2).body("standing", equalTo("GOOD")).body("undisputedPastDue.amount",
                equalTo("0.00")).body("disputed.amount", equalTo("10000.00")).body("lateCharges.amount",
                        equalTo("0.00"));
    }

    @Test
    @DisplayName("§4.1 a withdrawn dispute is owed again and past due as of the original due date, with late charges from then")
    void disputeWithdrawn() {
        String customer = Fixtures.customer();
        String invoice = Fixtures.invoice(customer, ISSUED, "10000.00");
        String dispute = Fixtures.dispute(invoice, "10000.00", LocalDate.of(2026, 2, 5));
        standing(customer, MARCH_2).body("standing", equalTo("GOOD"));
        as(OPERATIONS).body(Map.of("outcome", "WITHDRAWN", "resolvedOn", "2026-02-25"))
                .post("/api/v1/disputes/{id}/resolution", dispute).then().statusCode(200);
        standing(customer, MARCH_2).body("standing", equalTo("DELINQUENT"))
                .body("undisputedPastDue.amount", equalTo("10000.00")).body("oldestPastDueOn", equalTo("2026-01-31"))
                .body("daysPastDue", equalTo(30)).body("lateCharges.amount", equalTo("147.95"))
                .body("disputed.amount", equalTo("0.00"));
    }

    @Test
    @DisplayName("§4.1 an upheld dispute is written off: not owed, not past due")
    void disputeUpheld() {
        String customer = Fixtures.customer();
        String invoice = Fixtures.invoice(customer, ISSUED, "10000.00");
        String dispute = Fixtures.dispute(invoice, "4000.00", LocalDate.of(2026, 2, 5));
        as(BILLING).body(Map.of("outcome", "UPHELD", "resolvedOn", "2026-02-25"))
                .post("/api/v1/disputes/{id}/resolution", dispute).then().statusCode(200);
        Fixtures.payment(invoice, "6000.00", LocalDate.of(2026, 2, 28));
        standing(customer, MARCH_2).body("standing", equalTo("GOOD")).body("undisputedPastDue.amount",
                equalTo("0.00"));
    }

    @Test
    @DisplayName("the standing is read by billing, operations and auditor, and by the customer itself; another customer's is a 404, a bad date a 400")
    void access() {
        String a = Fixtures.customer();
        String b = Fixtures.customer();
        as(AUDITOR).get("/api/v1/customers/{id}/standing", a).then().statusCode(200).body("customerId", equalTo(a))
                .body("standing", equalTo("GOOD"));
        asCustomer(a).get("/api/v1/customers/{id}/standing", b).then().statusCode(404);
        // a customer named by its id in capitals is the same customer, with its invoices
        Fixtures.invoice(a, ISSUED, "10.00");
        String capitals = a.toUpperCase(java.util.Locale.ROOT);
        as(BILLING).queryParam("on", MARCH_2).get("/api/v1/customers/{id}/standing", capitals).then()
                .statusCode(200).body("customerId", equalTo(a)).body("standing", equalTo("DELINQUENT"));
        as(OPERATIONS).get("/api/v1/customers/{id}", capitals).then().statusCode(200);
        as(OPERATIONS).post("/api/v1/customers/{id}/late-charges", capitals).then().statusCode(200)
                .body("customerId", equalTo(a));
        as(BILLING).get("/api/v1/customers/{id}/standing", java.util.UUID.randomUUID().toString()).then()
                .statusCode(404);
        as(BILLING).queryParam("on", "2026-02-30").get("/api/v1/customers/{id}/standing", a).then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.contains("on"));
    }
}
