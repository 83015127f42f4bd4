package com.cagekeeper.billing;

import static com.cagekeeper.support.Api.AUDITOR;
import static com.cagekeeper.support.Api.BILLING;
import static com.cagekeeper.support.Api.OPERATIONS;
import static com.cagekeeper.support.Api.as;
import static com.cagekeeper.support.Api.asCustomer;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;

import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.cagekeeper.billing.application.ChargeService;
import com.cagekeeper.billing.application.ChargeView;
import com.cagekeeper.shared.domain.ChargeKind;
import com.cagekeeper.shared.domain.Money;
import com.cagekeeper.shared.domain.RuleViolation;
import com.cagekeeper.support.Fixtures;
import com.cagekeeper.support.TestClock;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@DisplayName("The charges ledger: late charges posted per invoice and day (§4.1), other charges appended, nothing changed")
class ChargesLedgerTest {

    @Inject
    TestClock clock;
    @Inject
    ChargeService charges;
    @Inject
    DataSource dataSource;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private void standAtNoon(String date) {
        clock.standAt(LocalDate.parse(date).atTime(12, 0).toInstant(ZoneOffset.UTC));
    }

    @Test
    @DisplayName("§4.1 posting on 2026-03-02 charges 147.95 for 1 February to 2 March; again that day nothing; the next day 4.93 for that day")
    void lateChargesPostedPerDay() {
        String customer = Fixtures.customer();
        standAtNoon("2026-03-02");
        String invoice = Fixtures.invoice(customer, LocalDate.of(2026, 1, 1), "10000.00");
        as(OPERATIONS).post("/api/v1/customers/{id}/late-charges", customer).then().statusCode(200)
                .body("postedOn", equalTo("2026-03-02")).body("total.amount", equalTo("147.95"))
                .body("charges", hasSize(1)).body("charges[0].kind", equalTo("LATE_CHARGE"))
                .body("charges[0].amount.amount", equalTo("147.95")).body("charges[0].periodFrom", equalTo("2026-02-01"))
                .body("charges[0].periodTo", equalTo("2026-03-02")).body("charges[0].clause", equalTo("§4.1"))
                .body("charges[0].sourceType", equalTo("Invoice")).body("charges[0].sourceId", equalTo(invoice))
                .body("charges[0].recordedBy", equalTo("test.operations"));
        as(BILLING).post("/api/v1/customers/{id}/late-charges", customer).then().statusCode(200)
                .body("charges", hasSize(0)).body("total.amount", equalTo("0.00"));
        clock.advance(Duration.ofDays(1));
        // 31 days accrue 152.88 in all; 147.95 were posted
        as(BILLING).post("/api/v1/customers/{id}/late-charges", customer).then().statusCode(200)
                .body("charges[0].amount.amount", equalTo("4.93")).body("charges[0].periodFrom", equalTo("2026-03-03"))
                .body("charges[0].periodTo", equalTo("2026-03-03"));
        as(AUDITOR).get("/api/v1/customers/{id}/charges", customer).then().statusCode(200)
                .body("items.amount.amount", contains("147.95", "4.93"));
        as(BILLING).queryParam("limit", "1").get("/api/v1/customers/{id}/charges", customer).then()
                .body("items", hasSize(1)).body("next", notNullValue());
        as(AUDITOR).queryParam("objectType", "Charge").get("/api/v1/audit").then().statusCode(200);
    }

    @Test
    @DisplayName("§4.1 nothing is posted before an invoice is late, nor on an amount in open dispute; a payment stops the accrual")
    void nothingLate() {
        String customer = Fixtures.customer();
        standAtNoon("2026-01-31");
        String invoice = Fixtures.invoice(customer, LocalDate.of(2026, 1, 1), "10000.00");
        as(BILLING).post("/api/v1/customers/{id}/late-charges", customer).then().body("charges", hasSize(0));
        Fixtures.dispute(invoice, "10000.00", LocalDate.of(2026, 1, 31));
        standAtNoon("2026-03-02");
        as(BILLING).post("/api/v1/customers/{id}/late-charges", customer).then().body("charges", hasSize(0));
        as(BILLING).get("/api/v1/customers/{id}/charges", customer).then().body("items", hasSize(0));
    }

    @Test
    @DisplayName("§3.5, §4.5 another feature appends a charge in its own transaction; it is in the customer's currency, and needs a transaction")
    void chargeFromAnotherFeature() {
        String customer = Fixtures.customer();
        ChargeView storage = QuarkusTransaction.requiringNew().call(() -> charges.charge(customer, ChargeKind.STORAGE,
                Money.of("250.00", "USD"), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), "§3.5", "Equipment",
                "0190c7a4-0000-7000-8000-00000000e001"));
        assertEquals(ChargeKind.STORAGE, storage.kind());
        RuleViolation mismatch = assertThrows(RuleViolation.class, () -> QuarkusTransaction.requiringNew()
                .call(() -> charges.charge(customer, ChargeKind.RESTORATION_FEE, Money.of("100.00", "EUR"), null, null,
                        "§4.5", "Order", "0190c7a4-0000-7000-8000-00000000e002")));
        assertEquals("CURRENCY_MISMATCH", mismatch.rejection().code());
        assertThrows(TransactionalException.class, () -> charges.charge(customer, ChargeKind.RESTORATION_FEE,
                Money.of("100.00", "USD"), null, null, "§4.5", "Order", "0190c7a4-0000-7000-8000-00000000e002"));
        asCustomer(customer).get("/api/v1/customers/{id}/charges", customer).then().statusCode(200)
                .body("items.id", contains(storage.id())).body("items[0].periodTo", equalTo("2026-03-31"))
                .body("items[0].sourceType", equalTo("Equipment"));
        asCustomer(customer).queryParam("kind", "LATE_CHARGE").get("/api/v1/customers/{id}/charges", customer)
                .then().body("items", hasSize(0));
        asCustomer(Fixtures.customer()).get("/api/v1/customers/{id}/charges", customer).then().statusCode(404);
        asCustomer(customer).post("/api/v1/customers/{id}/late-charges", customer).then().statusCode(403);
    }

    @Test
    @DisplayName("the ledger is append-only in the database: UPDATE and DELETE of an entry are refused")
    void appendOnly() throws SQLException {
        String customer = Fixtures.customer();
        ChargeView fee = QuarkusTransaction.requiringNew().call(() -> charges.charge(customer,
                ChargeKind.RESTORATION_FEE, Money.of("500.00", "USD"), null, null, "§4.5", "Order",
                "0190c7a4-0000-7000-8000-00000000e003"));
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement update = c.prepareStatement("UPDATE charges SET amount = 1 WHERE id = ?")) {
                update.setString(1, fee.id());
                SQLException refused = assertThrows(SQLException.class, update::executeUpdate);
                assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
            }
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM charges WHERE id = ?")) {
                delete.setString(1, fee.id());
                assertThrows(SQLException.class, delete::executeUpdate);
            }
        }
        as(BILLING).get("/api/v1/customers/{id}/charges", customer).then().body("items[0].amount.amount",
                equalTo("500.00")).body("items[0].periodFrom", nullValue());
    }
}
