package com.cagekeeper.billing;

import static com.cagekeeper.support.Api.AUDITOR;
import static com.cagekeeper.support.Api.BILLING;
import static com.cagekeeper.support.Api.OPERATIONS;
import static com.cagekeeper.support.Api.as;
import static com.cagekeeper.support.Api.asCustomer;
import static com.cagekeeper.support.Fixtures.money;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import com.cagekeeper.support.Fixtures;
import com.cagekeeper.support.TestClock;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@DisplayName("Invoices, payments and disputes as the billing system reports them (§4.1)")
class InvoiceResourceTest {

    /** Today in UTC, the zone of customers that name none; the clock stands at its noon, away from midnight. */
    LocalDate today;

    @Inject
    TestClock clock;

    @BeforeEach
    void standAtNoon() {
        today = LocalDate.now(ZoneOffset.UTC);
        clock.standAt(today.atTime(12, 0).toInstant(ZoneOffset.UTC));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static ValidatableResponse post(Map<String, Object> invoice) {
        return as(BILLING).body(invoice).post("/api/v1/invoices").then();
    }

    @Nested
    @DisplayName("recording invoices")
    class Invoices {

        @Test
        @DisplayName("§4.1 net 30: an invoice without a due date and without an order is due 30 days after issue")
        void netThirty() {
            String customer = Fixtures.customer();
            post(Fixtures.invoiceBody(customer, LocalDate.of(2026, 1, 1), "10000.00")).statusCode(201)
                    .body("dueOn", equalTo("2026-01-31")).body("amount.amount", equalTo("10000.00"))
                    .body("open.amount", equalTo("10000.00")).body("paid.amount", equalTo("0.00"))
                    .body("disputed.amount", equalTo("0.00")).body("writtenOff.amount", equalTo("0.00"))
                    .body("orderId", nullValue()).body("recordedBy", equalTo("test.billing"));
        }

        @Test
        @DisplayName("§4.1 an invoice against an order is due the order's paymentTermDays after issue; an explicit dueOn wins")
        void orderPaymentTerm() {
            var t = Fixtures.tenancy();
            Map<String, Object> body = new HashMap<>(Fixtures.orderBody(t.customerId(),
                    List.of(Fixtures.space(t.facilityId()))));
            body.put("paymentTermDays", 45);
            String order = Fixtures.create("/api/v1/orders", body);
            Map<String, Object> invoice = Fixtures.invoiceBody(t.customerId(), LocalDate.of(2026, 1, 1), "500.00");
            invoice.put("orderId", order);
            post(invoice).statusCode(201).body("dueOn", equalTo("2026-02-15")).body("orderId", equalTo(order));
            Map<String, Object> defaultTerm = Fixtures.invoiceBody(t.customerId(), LocalDate.of(2026, 1, 1), "500.00");
            defaultTerm.put("orderId", t.orderId());
            post(defaultTerm).statusCode(201).body("dueOn", equalTo("2026-01-31"));
            Map<String, Object> explicit = Fixtures.invoiceBody(t.customerId(), LocalDate.of(2026, 1, 1), "500.00");
            explicit.put("orderId", order);
            explicit.put("dueOn", "2026-01-10");
            post(explicit).statusCode(201).body("dueOn", equalTo("2026-01-10"));
        }

        @Test
        @DisplayName("§4.1 posting the same invoice again answers the recorded one (200, same id and ETag); other content under the number is a 409 INVOICE_NUMBER_TAKEN")
        void idempotentByNumber() {
            String customer = Fixtures.customer();
            Map<String, Object> invoice = Fixtures.invoiceBody(customer, LocalDate.of(2026, 1, 1), "10000.00");
            String id = post(invoice).statusCode(201).header("ETag", equalTo("\"0\"")).extract().path("id");
            post(invoice).statusCode(200).header("ETag", equalTo("\"0\"")).body("id", equalTo(id));
            // the derived due date is the same content as the due date written out
            Map<String, Object> explicitDue = new HashMap<>(invoice);
            explicitDue.put("dueOn", "2026-01-31");
            post(explicitDue).statusCode(200).body("id", equalTo(id));
            Map<String, Object> other = new HashMap<>(invoice);
            other.put("amount", money("10000.01", "USD"));
            post(other).statusCode(409).body("code", equalTo("INVOICE_NUMBER_TAKEN")).body("clause", equalTo("§4.1"))
                    .body("errors.field", contains("number"));
            as(OPERATIONS).queryParam("customerId", customer).get("/api/v1/invoices").then()
                    .body("items.id", contains(id));
            // the same number at another customer is another invoice
            Map<String, Object> elsewhere = new HashMap<>(invoice);
            elsewhere.put("customerId", Fixtures.customer());
            post(elsewhere).statusCode(201);
            as(AUDITOR).queryParam("objectType", "Invoice").queryParam("objectId", id).get("/api/v1/audit").then()
                    .body("items.action", contains("INVOICE_RECORDED"));
        }

        @Test
        @DisplayName("§4.1 an amount in another currency than the customer's billing currency is a 422 CURRENCY_MISMATCH naming amount.currency")
        void currencyMismatch() {
            String euros = Fixtures.customer("Europe/Berlin", "EUR");
            post(Fixtures.invoiceBody(euros, LocalDate.of(2026, 1, 1), "100.00")).statusCode(422)
                    .body("code", equalTo("CURRENCY_MISMATCH")).body("errors.field", contains("amount.currency"));
            Map<String, Object> inEuros = Fixtures.invoiceBody(euros, LocalDate.of(2026, 1, 1), "100.00");
            inEuros.put("amount", money("100.00", "EUR"));
            post(inEuros).statusCode(201).body("amount.currency", equalTo("EUR"));
        }

        @Test
        @DisplayName("§4.1 an order that is not the customer's is a 422 ORDER_UNKNOWN; an unknown customer a 422 CUSTOMER_UNKNOWN")
        void foreignOrder() {
            var other = Fixtures.tenancy();
            Map<String, Object> invoice = Fixtures.invoiceBody(Fixtures.customer(), LocalDate.of(2026, 1, 1), "1.00");
            invoice.put("orderId", other.orderId());
            post(invoice).statusCode(422).body("code", equalTo("ORDER_UNKNOWN"));
            post(Fixtures.invoiceBody(java.util.UUID.randomUUID().toString(), LocalDate.of(2026, 1, 1), "1.00"))
                    .statusCode(422).body("code", equalTo("CUSTOMER_UNKNOWN"));
        }

        @Test
        @DisplayName("§4.1 an invoice issued after today in the customer's time zone, or due before its issue, is a 422 naming the field; so is a zero amount, which the spec's Money allows")
        void dates() {
            String customer = Fixtures.customer();
            post(Fixtures.invoiceBody(customer, today.plusDays(1), "1.00")).statusCode(422)
                    .body("code", equalTo("INVOICE_DATE_IN_FUTURE")).body("errors.field", contains("issuedOn"));
            Map<String, Object> dueBefore = Fixtures.invoiceBody(customer, today, "1.00");
            dueBefore.put("dueOn", today.minusDays(1).toString());
            post(dueBefore).statusCode(422).body("errors.field", contains("dueOn"));
            post(Fixtures.invoiceBody(customer, today, "0.00")).statusCode(422)
                    .body("code", equalTo("AMOUNT_NOT_POSITIVE")).body("errors.field", contains("amount.amount"));
        }
    }

    @Nested
    @DisplayName("payments")
    class Payments {

        @Test
        @DisplayName("§4.1 payments reduce the open amount and move the invoice's ETag; a payment above the open amount is a 422 naming amount.amount")
        void paymentAboveOpen() {
            String customer = Fixtures.customer();
            String invoice = Fixtures.invoice(customer, LocalDate.of(2026, 1, 1), "10000.00");
            String payment = Fixtures.payment(invoice, "6000.00", LocalDate.of(2026, 2, 10));
            as(BILLING).get("/api/v1/payments/{id}", payment).then().statusCode(200)
                    .body("invoiceId", equalTo(invoice)).body("customerId", equalTo(customer))
                    .body("paidOn", equalTo("2026-02-10")).body("amount.amount", equalTo("6000.00"));
            as(BILLING).get("/api/v1/invoices/{id}", invoice).then().header("ETag", equalTo("\"1\""))
                    .body("paid.amount", equalTo("6000.00")).body("open.amount", equalTo("4000.00"));
            as(BILLING).body(Map.of("amount", money("4000.01", "USD")))
                    .post("/api/v1/invoices/{id}/payments", invoice).then().statusCode(422)
                    .body("code", equalTo("PAYMENT_EXCEEDS_OPEN_AMOUNT")).body("errors.field", contains("amount.amount"));
            as(OPERATIONS).body(Map.of("amount", money("4000.00", "USD"), "reference", "WIRE-1"))
                    .post("/api/v1/invoices/{id}/payments", invoice).then().statusCode(201)
                    .body("paidOn", equalTo(today.toString())).body("reference", equalTo("WIRE-1"));
            as(BILLING).get("/api/v1/invoices/{id}", invoice).then().body("open.amount", equalTo("0.00"));
            as(BILLING).body(Map.of("amount", money("0.01", "USD"))).post("/api/v1/invoices/{id}/payments", invoice)
                    .then().statusCode(422).body("code", equalTo("PAYMENT_EXCEEDS_OPEN_AMOUNT"));
            as(AUDITOR).queryParam("invoiceId", invoice).get("/api/v1/payments").then().body("items", hasSize(2));
        }

        @Test
        @DisplayName("§4.1 an invoice named by its id in capitals is the same invoice: a payment through it counts, an overpayment through it is refused")
        void idInCapitals() {
            String customer = Fixtures.customer();
            String invoice = Fixtures.invoice(customer, LocalDate.of(2026, 1, 1), "100.00");
            String capitals = invoice.toUpperCase(java.util.Locale.ROOT);
            Fixtures.payment(capitals, "60.00", LocalDate.of(2026, 2, 1));
            as(BILLING).get("/api/v1/invoices/{id}", capitals).then().statusCode(200).body("id", equalTo(invoice))
                    .body("paid.amount", equalTo("60.00")).body("open.amount", equalTo("40.00"));
            as(BILLING).body(Map.of("amount", money("40.01", "USD"))).post("/api/v1/invoices/{id}/payments", capitals)
                    .then().statusCode(422).body("code", equalTo("PAYMENT_EXCEEDS_OPEN_AMOUNT"));
            as(BILLING).queryParam("invoiceId", invoice).get("/api/v1/payments").then()
                    .body("items[0].invoiceId", equalTo(invoice));
        }

        @Test
        @DisplayName("§4.1 a payment in another currency than the invoice's is a 422 CURRENCY_MISMATCH; one dated after today a 422 naming paidOn")
        void paymentCurrencyAndDate() {
            String invoice = Fixtures.invoice(Fixtures.customer(), LocalDate.of(2026, 1, 1), "100.00");
            as(BILLING).body(Map.of("amount", money("10.00", "EUR"))).post("/api/v1/invoices/{id}/payments", invoice)
                    .then().statusCode(422).body("code", equalTo("CURRENCY_MISMATCH"))
                    .body("errors.field", contains("amount.currency"));
            as(BILLING).body(Map.of("amount", money("10.00", "USD"), "paidOn", today.plusDays(1).toString()))
                    .post("/api/v1/invoices/{id}/payments", invoice).then().statusCode(422)
                    .body("errors.field", contains("paidOn"));
            as(BILLING).body(Map.of("amount", money("10.00", "USD"))).post("/api/v1/invoices/{id}/payments",
                    java.util.UUID.randomUUID().toString()).then().statusCode(404);
        }
    }

    @Nested
    @DisplayName("disputes")
    class Disputes {

        @Test
        @DisplayName("§4.1 a dispute above what is open and not already disputed is a 422 naming amount.amount")
        void disputeAboveUndisputed() {
            String invoice = Fixtures.invoice(Fixtures.customer(), LocalDate.of(2026, 1, 1), "10000.00");
            Fixtures.payment(invoice, "2000.00", LocalDate.of(2026, 2, 1));
            Fixtures.dispute(invoice, "5000.00", LocalDate.of(2026, 2, 5));
            as(BILLING).body(Map.of("amount", money("3000.01", "USD"), "reason", "More"))
                    .post("/api/v1/invoices/{id}/disputes", invoice).then().statusCode(422)
                    .body("code", equalTo("DISPUTE_EXCEEDS_UNDISPUTED_AMOUNT"))
                    .body("errors.field", contains("amount.amount"));
            Fixtures.dispute(invoice, "3000.00", LocalDate.of(2026, 2, 6));
            as(BILLING).get("/api/v1/invoices/{id}", invoice).then().body("disputed.amount", equalTo("8000.00"))
                    .body("open.amount", equalTo("8000.00"));
        }

        @Test
        @DisplayName("§4.1 a dispute is resolved once: UPHELD writes it off, a second resolution is a 409 DISPUTE_RESOLVED")
        void resolution() {
            String invoice = Fixtures.invoice(Fixtures.customer(), LocalDate.of(2026, 1, 1), "10000.00");
            String dispute = Fixtures.dispute(invoice, "4000.00", LocalDate.of(2026, 2, 5));
            as(BILLING).get("/api/v1/disputes/{id}", dispute).then().statusCode(200).body("state", equalTo("OPEN"))
                    .body("resolvedOn", nullValue()).header("ETag", equalTo("\"0\""));
            as(BILLING).header("If-Match", "\"0\"").body(Map.of("outcome", "UPHELD", "resolvedOn", "2026-02-20",
                    "note", "Credit note CN-7")).post("/api/v1/disputes/{id}/resolution", dispute).then()
                    .statusCode(200).body("state", equalTo("UPHELD")).body("resolvedOn", equalTo("2026-02-20"))
                    .body("resolvedBy", equalTo("test.billing"));
            as(BILLING).get("/api/v1/invoices/{id}", invoice).then().body("writtenOff.amount", equalTo("4000.00"))
                    .body("disputed.amount", equalTo("0.00")).body("open.amount", equalTo("6000.00"));
            as(BILLING).body(Map.of("outcome", "WITHDRAWN")).post("/api/v1/disputes/{id}/resolution", dispute).then()
                    .statusCode(409).body("code", equalTo("DISPUTE_RESOLVED"));
            as(BILLING).queryParam("invoiceId", invoice).queryParam("state", "UPHELD").get("/api/v1/disputes").then()
                    .body("items.id", contains(dispute));
        }

        @Test
        @DisplayName("§4.1 a resolution before the dispute was opened, or after today, is a 422 naming resolvedOn; a dispute before the invoice a 422 naming openedOn")
        void resolutionDates() {
            String invoice = Fixtures.invoice(Fixtures.customer(), LocalDate.of(2026, 1, 1), "100.00");
            as(BILLING).body(Map.of("amount", money("10.00", "USD"), "reason", "Early", "openedOn", "2025-12-31"))
                    .post("/api/v1/invoices/{id}/disputes", invoice).then().statusCode(422)
                    .body("errors.field", contains("openedOn"));
            String dispute = Fixtures.dispute(invoice, "10.00", LocalDate.of(2026, 2, 5));
            as(BILLING).body(Map.of("outcome", "UPHELD", "resolvedOn", "2026-02-04"))
                    .post("/api/v1/disputes/{id}/resolution", dispute).then().statusCode(422)
                    .body("errors.field", contains("resolvedOn"));
            as(BILLING).body(Map.of("outcome", "UPHELD", "resolvedOn", today.plusDays(1).toString()))
                    .post("/api/v1/disputes/{id}/resolution", dispute).then().statusCode(422)
                    .body("errors.field", contains("resolvedOn"));
            as(BILLING).body(Map.of("outcome", "OPEN")).post("/api/v1/disputes/{id}/resolution", dispute).then()
                    .statusCode(400).body("errors.field", contains("outcome"));
        }
    }

    @Nested
    @DisplayName("tenancy")
    class Tenancy {

        @Test
        @DisplayName("a customer reads its own invoices, payments and disputes; another customer's answer 404 and its lists hold only its own")
        void customerSeesItsOwn() {
            String a = Fixtures.customer();
            String b = Fixtures.customer();
            String aInvoice = Fixtures.invoice(a, LocalDate.of(2026, 1, 1), "100.00");
            String bInvoice = Fixtures.invoice(b, LocalDate.of(2026, 1, 1), "100.00");
            String bPayment = Fixtures.payment(bInvoice, "10.00", LocalDate.of(2026, 1, 5));
            String bDispute = Fixtures.dispute(bInvoice, "10.00", LocalDate.of(2026, 1, 6));
            asCustomer(a).get("/api/v1/invoices/{id}", aInvoice).then().statusCode(200);
            asCustomer(a).get("/api/v1/invoices/{id}", bInvoice).then().statusCode(404);
            asCustomer(a).get("/api/v1/payments/{id}", bPayment).then().statusCode(404);
            asCustomer(a).get("/api/v1/disputes/{id}", bDispute).then().statusCode(404);
            asCustomer(a).get("/api/v1/invoices").then().body("items.id", contains(aInvoice));
            asCustomer(a).queryParam("invoiceId", bInvoice).get("/api/v1/payments").then().body("items", hasSize(0));
            asCustomer(a).queryParam("customerId", b).get("/api/v1/disputes").then().body("items", hasSize(0));
            asCustomer(b).get("/api/v1/payments").then().body("items.id", contains(bPayment));
            asCustomer(a).body(Map.of("amount", money("1.00", "USD"))).post("/api/v1/invoices/{id}/payments", aInvoice)
                    .then().statusCode(403);
        }
    }
}
