package com.cagekeeper.shared;

import static com.cagekeeper.support.Api.OPERATIONS;
import static com.cagekeeper.support.Api.SECURITY;
import static com.cagekeeper.support.Api.as;
import static com.cagekeeper.support.Fixtures.code;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.cagekeeper.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * Input is taken as the contract types it, never coerced: a value of the wrong type or
 * shape is a 400 problem naming the field or parameter, and nothing is created.
 */
@QuarkusTest
@DisplayName("Strict input")
class StrictInputTest {

    static final String SOME_SPACE = "0190c7a4-0000-7000-8000-00000000beef";

    static final List<String> LISTS = List.of("/api/v1/facilities", "/api/v1/customers", "/api/v1/spaces",
            "/api/v1/orders", "/api/v1/people", "/api/v1/visits", "/api/v1/suspensions", "/api/v1/access-events",
            "/api/v1/audit", "/api/v1/equipment", "/api/v1/notices", "/api/v1/invoices", "/api/v1/payments",
            "/api/v1/disputes", "/api/v1/lien-actions", "/api/v1/delinquencies");

    @Nested
    @DisplayName("query parameters")
    class QueryParameters {

        @ParameterizedTest(name = "limit={0} answers 400 naming limit on every list")
        @ValueSource(strings = { "abc", "1.5", "2147483648", "-1", "0", "501", "+5", "1e2", " 5" })
        void badLimit(String limit) {
            for (String list : LISTS) {
                problem(as(OPERATIONS).queryParam("limit", limit).get(list).then(), "limit");
            }
        }

        @Test
        @DisplayName("limit=500 and limit=1 are taken on every list")
        void limitBounds() {
            for (String list : LISTS) {
                as(OPERATIONS).queryParam("limit", "500").get(list).then().statusCode(200);
                as(OPERATIONS).queryParam("limit", "1").get(list).then().statusCode(200);
            }
        }

        @ParameterizedTest(name = "suspensions?standing={0} answers 400 naming standing")
        @ValueSource(strings = { "maybe", "TRUE", "1", "yes" })
        void badBoolean(String standing) {
            problem(as(OPERATIONS).queryParam("standing", standing).get("/api/v1/suspensions").then(), "standing");
        }

        @Test
        @DisplayName("suspensions?standing=true and false filter")
        void goodBoolean() {
            as(OPERATIONS).queryParam("standing", "true").get("/api/v1/suspensions").then().statusCode(200);
            as(OPERATIONS).queryParam("standing", "false").get("/api/v1/suspensions").then().statusCode(200);
        }
    }

    @Nested
    @DisplayName("JSON bodies")
    class Bodies {

        @ParameterizedTest(name = "a space with {0} answers 400 naming the field and creates nothing")
        @ValueSource(strings = { "kind=0", "environmentalClass=0", "kind=\"\"", "rackUnits=2.589e-42", "rackUnits=42.0",
                "rackUnits=2147483648", "rackUnits=\"42\"", "powerKw=\"8.00\"", "areaSqm=true", "code=42",
                "underlyingLeaseRef=false" })
        void space(String change) {
            String code = code("SS-", 14);
            String field = change.substring(0, change.indexOf('='));
            String json = json(Fixtures.spaceBody(facility(), code), change);
            problem(as(OPERATIONS).body(json).post("/api/v1/spaces").then(), field);
            as(OPERATIONS).queryParam("code", code).get("/api/v1/spaces").then().body("items", equalTo(List.of()));
        }

        @ParameterizedTest(name = "a customer with {0} answers 400 naming the field and creates nothing")
        @ValueSource(strings = { "legalName=false", "legalName=12", "legalName=1.5" })
        void customer(String change) {
            String code = code("CS", 12);
            problem(as(OPERATIONS).body(json(Fixtures.customerBody(code), change)).post("/api/v1/customers").then(),
                    change.substring(0, change.indexOf('=')));
            as(OPERATIONS).queryParam("code", code).get("/api/v1/customers").then()
                    .body("items", equalTo(List.of()));
        }

        @ParameterizedTest(name = "an order with {0} answers 400 naming the field")
        @ValueSource(strings = { "termMonths=\"36\"", "termMonths=36.0", "termStart=20261201",
                "termStart=\"0487-12-01\"", "termStart=\"2100-01-01\"", "termStart=\"2026-02-30\"",
                "termStart=\"1999-12-31\"" })
        void order(String change) {
            String customer = Fixtures.customer();
            String json = json(Fixtures.orderBody(customer, List.of(Fixtures.space(facility()))), change);
            problem(as(OPERATIONS).body(json).post("/api/v1/orders").then(), change.substring(0, change.indexOf('=')));
            as(OPERATIONS).queryParam("customerId", customer).get("/api/v1/orders").then()
                    .body("items", equalTo(List.of()));
        }

        @ParameterizedTest(name = "an amount of {0} answers 400 naming monthlyFee.amount")
        @ValueSource(strings = { "4200", "4200.5", "\"1e3\"", "\" 4200.00\"", "\"4,200.00\"", "null" })
        void amount(String amount) {
            String customer = Fixtures.customer();
            Map<String, Object> body = new HashMap<>(Fixtures.orderBody(customer, List.of(Fixtures.space(facility()))));
            body.put("monthlyFee", Map.of("currency", "USD", "amount", "@"));
            String json = Fixtures.json(body).replace("\"@\"", amount);
            problem(as(OPERATIONS).body(json).post("/api/v1/orders").then(), "monthlyFee.amount");
        }

        @ParameterizedTest(name = "a person asked with {0} answers 400 naming the field")
        @ValueSource(strings = { "mayEscort=\"true\"", "mayEscort=1", "mayEscort=null", "allSpaces=\"false\"",
                "validFrom=1700000000", "validUntil=\"2100-01-01T00:00:00Z\"", "idDocumentType=0" })
        void person(String change) {
            String customer = Fixtures.customer();
            String json = json(Fixtures.personBody(customer, List.of(SOME_SPACE)), change);
            problem(as(OPERATIONS).body(json).post("/api/v1/people").then(), change.substring(0, change.indexOf('=')));
        }

        @Test
        @DisplayName("a person asked without the flags gets them false")
        void absentFlagsAreFalse() {
            Map<String, Object> body = Fixtures.personBody(Fixtures.customer(), List.of());
            body.put("allSpaces", true);
            body.remove("mayEscort");
            as(OPERATIONS).body(body).post("/api/v1/people").then().statusCode(201)
                    .body("mayEscort", equalTo(false))
                    .body("mayRemoveEquipment", equalTo(false));
        }

        @ParameterizedTest(name = "an access check at {0} answers 400 naming at")
        @ValueSource(strings = { "1700000000", "\"1999-12-31T23:59:59Z\"", "\"2026-11-23\"", "\"\"" })
        void accessCheckInstant(String at) {
            String json = "{\"personId\":\"0190c7a4-0000-7000-8000-000000000001\",\"spaceId\":"
                    + "\"0190c7a4-0000-7000-8000-000000000002\",\"at\":" + at + "}";
            problem(as(SECURITY).body(json).post("/api/v1/access-checks").then(), "at");
        }

        @Test
        @DisplayName("a body with a key twice answers 400")
        void duplicateKey() {
            String code = code("SD-", 14);
            String json = Fixtures.json(Fixtures.spaceBody(facility(), code)).replaceFirst("\\{",
                    "{\"rackUnits\":1,");
            as(OPERATIONS).body(json).post("/api/v1/spaces").then().statusCode(400)
                    .contentType(startsWith("application/problem+json"));
            as(OPERATIONS).queryParam("code", code).get("/api/v1/spaces").then().body("items", equalTo(List.of()));
        }
    }

    @Nested
    @DisplayName("codes and headers")
    class CodesAndHeaders {

        @Test
        @DisplayName("a country that ISO 3166 does not know (ZZ) answers 400 naming address.country, and creates nothing")
        void unknownCountry() {
            String code = code("F", 8);
            Map<String, Object> body = new HashMap<>(Fixtures.facilityBody(code));
            Map<String, Object> address = new HashMap<>(Fixtures.address());
            address.put("country", "ZZ");
            body.put("address", address);
            problem(as(OPERATIONS).body(body).post("/api/v1/facilities").then(), "address.country");
            as(OPERATIONS).queryParam("code", code).get("/api/v1/facilities").then().body("items", equalTo(List.of()));
        }

        @ParameterizedTest(name = "If-Match: {0} answers 400 naming If-Match")
        @ValueSource(strings = { "-1", "+0", "\"0", "W/0", "99999999999999999999" })
        void badIfMatch(String ifMatch) {
            String id = Fixtures.facility();
            Map<String, Object> update = Map.of("name", "Never applied", "address", Fixtures.address(), "timeZone",
                    "UTC");
            problem(as(OPERATIONS).header("If-Match", ifMatch).body(update).put("/api/v1/facilities/{id}", id).then(),
                    "If-Match");
            as(OPERATIONS).get("/api/v1/facilities/{id}", id).then().body("version", equalTo(0));
        }

        @Test
        @DisplayName("If-Match as a strong, weak or bare ETag, or *, is taken")
        void goodIfMatch() {
            String id = Fixtures.facility();
            Map<String, Object> update = Map.of("name", "Renamed", "address", Fixtures.address(), "timeZone", "UTC");
            as(OPERATIONS).header("If-Match", "\"0\"").body(update).put("/api/v1/facilities/{id}", id).then()
                    .statusCode(200);
            as(OPERATIONS).header("If-Match", "W/\"1\"").body(update).put("/api/v1/facilities/{id}", id).then()
                    .statusCode(200);
            as(OPERATIONS).header("If-Match", "2").body(update).put("/api/v1/facilities/{id}", id).then()
                    .statusCode(200);
            as(OPERATIONS).header("If-Match", "*").body(update).put("/api/v1/facilities/{id}", id).then()
                    .statusCode(200);
        }
    }

    // --- helpers ------------------------------------------------------------------------------

    private static String facilityId;

    private static synchronized String facility() {
        if (facilityId == null) {
            facilityId = Fixtures.facility();
        }
        return facilityId;
    }

    /** The body as JSON with one field replaced by raw JSON text: {@code name=<json>}. */
    private static String json(Map<String, Object> body, String change) {
        int eq = change.indexOf('=');
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(change.substring(0, eq), "@@");
        return Fixtures.json(copy).replace("\"@@\"", change.substring(eq + 1));
    }

    private static void problem(ValidatableResponse r, String field) {
        r.statusCode(400).contentType(startsWith("application/problem+json")).body("errors.field", contains(field));
        assertEquals(400, r.extract().statusCode());
    }
}
