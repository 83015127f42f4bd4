package com.cagekeeper.shared;

import static com.cagekeeper.support.Api.CUSTOMER;
import static com.cagekeeper.support.Api.OPERATIONS;
import static com.cagekeeper.support.Api.as;
import static com.cagekeeper.support.Api.asCustomer;
import static com.cagekeeper.support.Api.withToken;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.cagekeeper.support.Fixtures;
import com.cagekeeper.support.Fixtures.Tenancy;
import com.cagekeeper.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A customer token never sees or changes another customer's data; another customer's
 * object answers 404 exactly as an absent one (DOMAIN, Actors).
 */
@QuarkusTest
@DisplayName("Tenancy: a customer token sees only its own customer, spaces and orders")
class TenancyTest {

    static final String PROBLEM_JSON = "application/problem+json";

    Tenancy a;
    Tenancy b;

    @BeforeEach
    void twoTenancies() {
        a = Fixtures.tenancy();
        b = Fixtures.tenancy();
    }

    @Test
    @DisplayName("a customer reads its own customer, space and order: 200")
    void readsItsOwn() {
        asCustomer(a.customerId()).get("/api/v1/customers/{id}", a.customerId()).then().statusCode(200)
                .body("id", equalTo(a.customerId()));
        asCustomer(a.customerId()).get("/api/v1/spaces/{id}", a.spaceId()).then().statusCode(200)
                .body("id", equalTo(a.spaceId())).body("customerId", equalTo(a.customerId()));
        asCustomer(a.customerId()).get("/api/v1/orders/{id}", a.orderId()).then().statusCode(200)
                .body("id", equalTo(a.orderId())).body("customerId", equalTo(a.customerId()));
    }

    @Test
    @DisplayName("another customer's customer, space and order answer 404, with the body of an id that does not exist")
    void anotherCustomersObjectsAreAbsent() {
        for (var entry : Map.of("customers", b.customerId(), "spaces", b.spaceId(), "orders", b.orderId())
                .entrySet()) {
            String collection = entry.getKey();
            String theirs = entry.getValue();
            // the object exists: the provider sees it
            as(OPERATIONS).get("/api/v1/" + collection + "/{id}", theirs).then().statusCode(200);

            Map<String, Object> foreign = notFound(collection, theirs);
            String absent = UUID.randomUUID().toString();
            Map<String, Object> missing = notFound(collection, absent);
            assertEquals(withoutId(missing, absent), withoutId(foreign, theirs),
                    "B's " + collection + " object must answer A exactly like an absent one");
        }
    }

    @Test
    @DisplayName("lists hold only the customer's own customer, spaces and orders")
    void listsHoldOnlyOwn() {
        asCustomer(a.customerId()).get("/api/v1/customers").then().statusCode(200)
                .body("items.id", contains(a.customerId()));
        asCustomer(a.customerId()).get("/api/v1/spaces").then().statusCode(200)
                .body("items.id", hasItem(a.spaceId())).body("items.id", not(hasItem(b.spaceId())))
                .body("items.customerId", everyItem(equalTo(a.customerId())));
        asCustomer(a.customerId()).get("/api/v1/orders").then().statusCode(200)
                .body("items.id", hasItem(a.orderId())).body("items.id", not(hasItem(b.orderId())))
                .body("items.customerId", everyItem(equalTo(a.customerId())));
    }

    @Test
    @DisplayName("filtering a list by another customer (customerId, code, facilityId) returns none of its objects")
    void filtersCannotReachAnotherCustomer() {
        String bCode = as(OPERATIONS).get("/api/v1/customers/{id}", b.customerId()).then().statusCode(200).extract()
                .path("code");
        // the provider's view of the same filters finds B's objects, so the filters are meaningful
        as(OPERATIONS).queryParam("code", bCode).get("/api/v1/customers").then()
                .body("items.id", contains(b.customerId()));
        as(OPERATIONS).queryParam("customerId", b.customerId()).get("/api/v1/spaces").then()
                .body("items.id", contains(b.spaceId()));
        as(OPERATIONS).queryParam("customerId", b.customerId()).get("/api/v1/orders").then()
                .body("items.id", contains(b.orderId()));

        asCustomer(a.customerId()).queryParam("code", bCode).get("/api/v1/customers").then().statusCode(200)
                .body("items", empty());
        asCustomer(a.customerId()).queryParam("customerId", b.customerId()).get("/api/v1/customers").then()
                .statusCode(200).body("items.id", everyItem(equalTo(a.customerId())));
        asCustomer(a.customerId()).queryParam("customerId", b.customerId()).get("/api/v1/spaces").then()
                .statusCode(200).body("items.id", not(hasItem(b.spaceId())))
                .body("items.customerId", everyItem(equalTo(a.customerId())));
        asCustomer(a.customerId()).queryParam("facilityId", b.facilityId()).get("/api/v1/spaces").then()
                .statusCode(200).body("items", empty());
        asCustomer(a.customerId()).queryParam("customerId", b.customerId()).get("/api/v1/orders").then()
                .statusCode(200).body("items.id", not(hasItem(b.orderId())))
                .body("items.customerId", everyItem(equalTo(a.customerId())));
        asCustomer(a.customerId()).queryParam("spaceId", b.spaceId()).get("/api/v1/orders").then()
                .statusCode(200).body("items", empty());
    }

    @Test
    @DisplayName("a customer token cannot write: creating a facility, space or order, or updating its customer, is 403 and changes nothing")
    void customerCannotWrite() {
        String facilityCode = Fixtures.code("F", 8);
        forbidden(asCustomer(a.customerId()).body(Fixtures.facilityBody(facilityCode))
                .post("/api/v1/facilities").then());
        as(OPERATIONS).queryParam("code", facilityCode).get("/api/v1/facilities").then().body("items", empty());

        String spaceCode = Fixtures.code("SP-", 14);
        forbidden(asCustomer(a.customerId()).body(Fixtures.spaceBody(a.facilityId(), spaceCode))
                .post("/api/v1/spaces").then());
        as(OPERATIONS).queryParam("code", spaceCode).get("/api/v1/spaces").then().body("items", empty());

        String freeSpace = Fixtures.space(a.facilityId());
        forbidden(asCustomer(a.customerId()).body(Fixtures.orderBody(a.customerId(), List.of(freeSpace)))
                .post("/api/v1/orders").then());
        as(OPERATIONS).queryParam("spaceId", freeSpace).get("/api/v1/orders").then().body("items", empty());

        long version = as(OPERATIONS).get("/api/v1/customers/{id}", a.customerId()).then().extract()
                .jsonPath().getLong("version");
        Map<String, Object> update = Map.of("legalName", "Renamed by its own token", "noticeAddress",
                Fixtures.address(), "contacts", List.of());
        forbidden(asCustomer(a.customerId()).header("If-Match", "\"" + version + "\"").body(update)
                .put("/api/v1/customers/{id}", a.customerId()).then());
        as(OPERATIONS).get("/api/v1/customers/{id}", a.customerId()).then()
                .body("legalName", not(equalTo("Renamed by its own token")))
                .body("version", equalTo((int) version));
    }

    @Test
    @DisplayName("a customer token without the customer_id claim is refused (403) on every endpoint the role may call")
    void customerTokenWithoutCustomerClaim() {
        String token = Tokens.mint("test.customer.unbound", CUSTOMER, null, 3600);
        forbidden(withToken(token).get("/api/v1/facilities").then());
        forbidden(withToken(token).get("/api/v1/facilities/{id}", a.facilityId()).then());
        forbidden(withToken(token).get("/api/v1/customers").then());
        forbidden(withToken(token).get("/api/v1/customers/{id}", a.customerId()).then());
        forbidden(withToken(token).get("/api/v1/spaces").then());
        forbidden(withToken(token).get("/api/v1/spaces/{id}", a.spaceId()).then());
        forbidden(withToken(token).get("/api/v1/orders").then());
        forbidden(withToken(token).get("/api/v1/orders/{id}", a.orderId()).then());
    }

    @Test
    @DisplayName("a customer token for a customer that does not exist sees no customer, space or order")
    void customerTokenForUnknownCustomer() {
        String nobody = UUID.randomUUID().toString();
        asCustomer(nobody).get("/api/v1/customers").then().statusCode(200).body("items", empty());
        asCustomer(nobody).get("/api/v1/spaces").then().statusCode(200).body("items", empty());
        asCustomer(nobody).get("/api/v1/orders").then().statusCode(200).body("items", empty());
        asCustomer(nobody).get("/api/v1/customers/{id}", a.customerId()).then().statusCode(404);
        asCustomer(nobody).get("/api/v1/spaces/{id}", a.spaceId()).then().statusCode(404);
        asCustomer(nobody).get("/api/v1/orders/{id}", a.orderId()).then().statusCode(404);
    }

    private Map<String, Object> notFound(String collection, String id) {
        return asCustomer(a.customerId()).get("/api/v1/" + collection + "/{id}", id).then().statusCode(404)
                .contentType(startsWith(PROBLEM_JSON)).extract().jsonPath().getMap("$");
    }

    /** The problem body with the requested id replaced, so two 404s for different ids compare equal. */
    private static Map<String, Object> withoutId(Map<String, Object> problem, String id) {
        Map<String, Object> normalized = new java.util.TreeMap<>();
        problem.forEach((k, v) -> normalized.put(k, v instanceof String s ? s.replace(id, "{id}") : v));
        return normalized;
    }

    private static void forbidden(io.restassured.response.ValidatableResponse response) {
        response.statusCode(403).contentType(startsWith(PROBLEM_JSON)).body("status", equalTo(403));
    }
}
