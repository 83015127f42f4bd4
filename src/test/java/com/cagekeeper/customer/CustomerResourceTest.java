package com.cagekeeper.customer;

import static com.cagekeeper.support.Api.BILLING;
import static com.cagekeeper.support.Api.OPERATIONS;
import static com.cagekeeper.support.Api.SECURITY;
import static com.cagekeeper.support.Api.as;
import static com.cagekeeper.support.Fixtures.code;
import static com.cagekeeper.support.Fixtures.customerBody;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.cagekeeper.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@DisplayName("Customers")
class CustomerResourceTest {

    @Test
    @DisplayName("operations registers a customer with notice address and contacts; standing is GOOD")
    void registers() {
        String code = code("CU", 12);
        String id = as(OPERATIONS).body(customerBody(code)).post("/api/v1/customers").then().statusCode(201)
                .body("code", equalTo(code)).body("standing", equalTo("GOOD"))
                .body("noticeAddress.city", equalTo("Atlanta")).body("contacts", hasSize(1))
                .body("contacts[0].email", equalTo("dana@example.com")).extract().path("id");
        as(BILLING).get("/api/v1/customers/{id}", id).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("legalName", equalTo("Customer " + code + " Inc."));
        as(SECURITY).queryParam("code", code).get("/api/v1/customers").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].id", equalTo(id));
    }

    @Test
    @DisplayName("a customer code is unique (409)")
    void codeUnique() {
        String code = code("CU", 12);
        as(OPERATIONS).body(customerBody(code)).post("/api/v1/customers").then().statusCode(201);
        as(OPERATIONS).body(customerBody(code)).post("/api/v1/customers").then().statusCode(409)
                .body("code", equalTo("CUSTOMER_CODE_TAKEN"));
    }

    @Test
    @DisplayName("update replaces the description and contacts with If-Match; a stale If-Match answers 412")
    void update() {
        String id = Fixtures.customer();
        Map<String, Object> update = Map.of("legalName", "New Name LLC", "noticeAddress", Fixtures.address(),
                "contacts", List.of(Map.of("name", "A", "email", "a@example.com"),
                        Map.of("name", "B", "email", "b@example.com", "role", "Billing")));
        as(OPERATIONS).header("If-Match", "\"0\"").body(update).put("/api/v1/customers/{id}", id).then()
                .statusCode(200).header("ETag", equalTo("\"1\"")).body("legalName", equalTo("New Name LLC"))
                .body("contacts", hasSize(2)).body("contacts[1].role", equalTo("Billing"));
        as(OPERATIONS).header("If-Match", "\"0\"").body(update).put("/api/v1/customers/{id}", id).then()
                .statusCode(412);
        as(OPERATIONS).get("/api/v1/customers/{id}", id).then().body("contacts", hasSize(2))
                .body("version", equalTo(1));
    }

    @Test
    @DisplayName("§4.1, §12.7 a customer is billed in USD and counts its dates in UTC unless it names a billing currency and an IANA time zone")
    void billingCurrencyAndTimeZone() {
        as(OPERATIONS).body(customerBody(code("CU", 12))).post("/api/v1/customers").then().statusCode(201)
                .body("billingCurrency", equalTo("USD")).body("timeZone", equalTo("UTC"));
        Map<String, Object> body = new java.util.HashMap<>(customerBody(code("CU", 12)));
        body.put("billingCurrency", "EUR");
        body.put("timeZone", "Europe/Berlin");
        String id = as(OPERATIONS).body(body).post("/api/v1/customers").then().statusCode(201)
                .body("billingCurrency", equalTo("EUR")).body("timeZone", equalTo("Europe/Berlin")).extract()
                .path("id");
        // an update that leaves them out keeps them
        Map<String, Object> update = Map.of("legalName", "Renamed GmbH", "noticeAddress", Fixtures.address());
        as(OPERATIONS).body(update).put("/api/v1/customers/{id}", id).then().statusCode(200)
                .body("billingCurrency", equalTo("EUR")).body("timeZone", equalTo("Europe/Berlin"));
        body.put("code", code("CU", 12));
        body.put("billingCurrency", "QQQ");
        body.put("timeZone", "Mars/Olympus");
        as(OPERATIONS).body(body).post("/api/v1/customers").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("billingCurrency", "timeZone"));
    }

    @Test
    @DisplayName("§4.1 the billing currency cannot change once the customer is invoiced in another (409 BILLING_CURRENCY_IN_USE); the time zone can")
    void billingCurrencyInUse() {
        String id = Fixtures.customer();
        Fixtures.invoice(id, java.time.LocalDate.of(2026, 1, 1), "100.00");
        Map<String, Object> update = new java.util.HashMap<>(Map.of("legalName", "Same Inc.", "noticeAddress",
                Fixtures.address(), "billingCurrency", "EUR"));
        as(OPERATIONS).body(update).put("/api/v1/customers/{id}", id).then().statusCode(409)
                .body("code", equalTo("BILLING_CURRENCY_IN_USE")).body("errors.field", contains("billingCurrency"));
        update.put("billingCurrency", "USD");
        update.put("timeZone", "America/Chicago");
        as(OPERATIONS).body(update).put("/api/v1/customers/{id}", id).then().statusCode(200)
                .body("timeZone", equalTo("America/Chicago"));
    }

    @Test
    @DisplayName("an invalid contact email is a 400 naming contacts[0].email")
    void invalidContact() {
        Map<String, Object> body = Map.of("code", code("CU", 12), "legalName", "X", "noticeAddress",
                Fixtures.address(), "contacts", List.of(Map.of("name", "A", "email", "not-an-email")));
        as(OPERATIONS).body(body).post("/api/v1/customers").then().statusCode(400)
                .body("errors[0].field", equalTo("contacts[0].email"));
    }
}
