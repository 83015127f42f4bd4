package com.cagekeeper.order;

import static com.cagekeeper.support.Api.BILLING;
import static com.cagekeeper.support.Api.OPERATIONS;
import static com.cagekeeper.support.Api.as;
import static com.cagekeeper.support.Fixtures.orderBody;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.cagekeeper.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@DisplayName("Orders (Sales Order Forms)")
class OrderResourceTest {

    @Test
    @DisplayName("§7.1 a placed order is PENDING_ACTIVATION; its term ends the day before start plus the months")
    void places() {
        String customer = Fixtures.customer();
        String space = Fixtures.space(Fixtures.facility());
        Map<String, Object> body = new HashMap<>(orderBody(customer, List.of(space)));
        body.put("termStart", "2026-03-31");
        body.put("termMonths", 11);
        String id = as(OPERATIONS).body(body).post("/api/v1/orders").then().statusCode(201)
                .body("state", equalTo("PENDING_ACTIVATION")).body("termStart", equalTo("2026-03-31"))
                .body("termEnd", equalTo("2027-02-27")).body("monthlyFee.amount", equalTo("4200.00"))
                .body("monthlyFee.currency", equalTo("USD")).body("spaceIds", contains(space)).extract().path("id");
        as(BILLING).get("/api/v1/orders/{id}", id).then().statusCode(200).body("customerId", equalTo(customer));
        // placing an order leases nothing yet
        as(OPERATIONS).get("/api/v1/spaces/{id}", space).then().body("state", equalTo("AVAILABLE"));
    }

    @Test
    @DisplayName("§4.1 an order's invoices are due net 30 unless it sets paymentTermDays, from 1 to 120")
    void paymentTerm() {
        String customer = Fixtures.customer();
        String facility = Fixtures.facility();
        as(OPERATIONS).body(orderBody(customer, List.of(Fixtures.space(facility)))).post("/api/v1/orders").then()
                .statusCode(201).body("paymentTermDays", equalTo(30));
        Map<String, Object> body = new HashMap<>(orderBody(customer, List.of(Fixtures.space(facility))));
        body.put("paymentTermDays", 60);
        as(OPERATIONS).body(body).post("/api/v1/orders").then().statusCode(201).body("paymentTermDays", equalTo(60));
        for (int days : List.of(0, 121)) {
            body.put("paymentTermDays", days);
            as(OPERATIONS).body(body).post("/api/v1/orders").then().statusCode(400)
                    .body("errors.field", contains("paymentTermDays"));
        }
    }

    @Test
    @DisplayName("§3.1 activation subleases every space of the order to the customer")
    void activationLeases() {
        String customer = Fixtures.customer();
        String facility = Fixtures.facility();
        String a = Fixtures.space(facility);
        String b = Fixtures.space(facility);
        String order = Fixtures.order(customer, a, b);
        as(OPERATIONS).header("If-Match", "\"0\"").body(Map.of("activationDate", "2026-12-01"))
                .post("/api/v1/orders/{id}/activation", order).then().statusCode(200)
                .body("state", equalTo("ACTIVE")).body("activationDate", equalTo("2026-12-01"))
                .header("ETag", equalTo("\"1\""));
        for (String space : List.of(a, b)) {
            as(OPERATIONS).get("/api/v1/spaces/{id}", space).then().body("state", equalTo("LEASED"))
                    .body("customerId", equalTo(customer)).body("orderId", equalTo(order));
        }
    }

    @Test
    @DisplayName("§3.1 a space leased by an active order cannot be leased by another: 409, and nothing of the second order changes")
    void oneActiveOrderPerSpace() {
        String facility = Fixtures.facility();
        String free = Fixtures.space(facility);
        String taken = Fixtures.space(facility);
        Fixtures.activeOrder(Fixtures.customer(), taken);
        String other = Fixtures.customer();
        String second = Fixtures.order(other, free, taken);
        as(OPERATIONS).body("{}").post("/api/v1/orders/{id}/activation", second).then().statusCode(409)
                .contentType("application/problem+json").body("code", equalTo("SPACE_ALREADY_LEASED"))
                .body("clause", equalTo("§3.1"));
        as(OPERATIONS).get("/api/v1/orders/{id}", second).then().body("state", equalTo("PENDING_ACTIVATION"))
                .body("version", equalTo(0));
        as(OPERATIONS).get("/api/v1/spaces/{id}", free).then().body("state", equalTo("AVAILABLE"))
                .body("customerId", nullValue());
    }

    @Test
    @DisplayName("§3.1 two activations racing for one space: exactly one wins, the other answers 409")
    void racingActivations() throws Exception {
        String space = Fixtures.space(Fixtures.facility());
        String first = Fixtures.order(Fixtures.customer(), space);
        String second = Fixtures.order(Fixtures.customer(), space);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (String order : List.of(first, second)) {
                calls.add(() -> as(OPERATIONS).body("{}").post("/api/v1/orders/{id}/activation", order).then()
                        .extract().statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
            statuses.sort(Integer::compare);
            assertEquals(List.of(200, 409), statuses);
        } finally {
            pool.shutdownNow();
        }
        String holder = as(OPERATIONS).get("/api/v1/spaces/{id}", space).then().extract().path("orderId");
        String active = as(OPERATIONS).queryParam("spaceId", space).queryParam("state", "ACTIVE")
                .get("/api/v1/orders").then().extract().path("items[0].id");
        assertEquals(holder, active);
    }

    @Test
    @DisplayName("§7.1 an order is activated once: a second activation answers 409 ORDER_NOT_PENDING")
    void activatedOnce() {
        var t = Fixtures.tenancy();
        as(OPERATIONS).body("{}").post("/api/v1/orders/{id}/activation", t.orderId()).then().statusCode(409)
                .body("code", equalTo("ORDER_NOT_PENDING"));
    }

    @Test
    @DisplayName("§7.5 cancellation before activation records the costs incurred as the fee; an active order cannot be cancelled (409)")
    void cancellation() {
        String order = Fixtures.order(Fixtures.customer(), Fixtures.space(Fixtures.facility()));
        as(OPERATIONS).body(Map.of("reason", "Customer notice of 2026-11-20", "costsIncurred",
                Map.of("amount", "350.00", "currency", "USD"))).post("/api/v1/orders/{id}/cancellation", order)
                .then().statusCode(200).body("state", equalTo("CANCELLED"))
                .body("cancellation.fee.amount", equalTo("350.00"))
                .body("cancellation.reason", equalTo("Customer notice of 2026-11-20"));
        as(OPERATIONS).body("{}").post("/api/v1/orders/{id}/activation", order).then().statusCode(409);

        var t = Fixtures.tenancy();
        as(OPERATIONS).body(Map.of("reason", "changed mind")).post("/api/v1/orders/{id}/cancellation", t.orderId())
                .then().statusCode(409).body("code", equalTo("ORDER_NOT_CANCELLABLE")).body("clause", equalTo("§7.5"));
        as(OPERATIONS).get("/api/v1/orders/{id}", t.orderId()).then().body("state", equalTo("ACTIVE"));
    }

    @Test
    @DisplayName("an order names an existing customer and existing spaces (422), each once, in one currency (400)")
    void placementRefusals() {
        String customer = Fixtures.customer();
        String space = Fixtures.space(Fixtures.facility());
        String missing = "0190c7a4-0000-7000-8000-00000000dead";
        as(OPERATIONS).body(orderBody(missing, List.of(space))).post("/api/v1/orders").then().statusCode(422)
                .body("code", equalTo("CUSTOMER_UNKNOWN"));
        as(OPERATIONS).body(orderBody(customer, List.of(space, missing))).post("/api/v1/orders").then()
                .statusCode(422).body("code", equalTo("SPACE_UNKNOWN"));
        as(OPERATIONS).body(orderBody(customer, List.of(space, space))).post("/api/v1/orders").then()
                .statusCode(400).body("errors[0].field", equalTo("spaceIds"));
        Map<String, Object> mixed = new HashMap<>(orderBody(customer, List.of(space)));
        mixed.put("minimumMonthlyBilling", Map.of("amount", "10.00", "currency", "EUR"));
        as(OPERATIONS).body(mixed).post("/api/v1/orders").then().statusCode(400)
                .body("errors[0].field", equalTo("minimumMonthlyBilling.currency"));
        as(OPERATIONS).queryParam("customerId", customer).get("/api/v1/orders").then()
                .body("items", org.hamcrest.Matchers.hasSize(0));
    }

    @Test
    @DisplayName("lists filter by customer, state and space")
    void filters() {
        String customer = Fixtures.customer();
        String facility = Fixtures.facility();
        String s1 = Fixtures.space(facility);
        String s2 = Fixtures.space(facility);
        String active = Fixtures.activeOrder(customer, s1);
        String pending = Fixtures.order(customer, s2);
        as(OPERATIONS).queryParam("customerId", customer).get("/api/v1/orders").then()
                .body("items.id", containsInAnyOrder(active, pending));
        as(OPERATIONS).queryParam("customerId", customer).queryParam("state", "PENDING_ACTIVATION")
                .get("/api/v1/orders").then().body("items.id", contains(pending));
        as(OPERATIONS).queryParam("spaceId", s1).get("/api/v1/orders").then().body("items.id", contains(active));
    }
}
