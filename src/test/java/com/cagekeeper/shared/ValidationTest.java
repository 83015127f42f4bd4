package com.cagekeeper.shared;

import static com.cagekeeper.support.Api.AUDITOR;
import static com.cagekeeper.support.Api.OPERATIONS;
import static com.cagekeeper.support.Api.as;
import static com.cagekeeper.support.Fixtures.code;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import com.cagekeeper.support.Fixtures;
import com.cagekeeper.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;

/**
 * Invalid input is a 400 problem+json that names every offending field, and nothing is
 * created: neither the object nor its audit record. Never a 500, never a class name or a
 * stack trace in the body.
 */
@QuarkusTest
@DisplayName("Input validation")
class ValidationTest {

    static final String FACILITIES = "/api/v1/facilities";
    static final String CUSTOMERS = "/api/v1/customers";
    static final String SPACES = "/api/v1/spaces";
    static final String ORDERS = "/api/v1/orders";

    @Nested
    @DisplayName("creating a facility")
    class Facilities {

        @Test
        @DisplayName("without the required fields answers 400 naming each of them, and creates nothing")
        void missingRequiredFields() {
            String code = code("V", 8);
            Map<String, Object> body = Map.of("code", code);
            rejected(FACILITIES, body, "Facility", () -> countByCode(FACILITIES, code))
                    .body("errors.field", containsInAnyOrder("name", "address", "timeZone"));
        }

        @Test
        @DisplayName("with several invalid fields answers 400 listing every one of them")
        void everyInvalidFieldListed() {
            Map<String, Object> address = with(Fixtures.address(), "country", "USA");
            address.put("line1", "x".repeat(201));
            Map<String, Object> body = Map.of("code", "lower-case", "name", " ", "address", address, "timeZone",
                    "Mars/Olympus_Mons");
            rejected(FACILITIES, body, "Facility", () -> countByCode(FACILITIES, "lower-case"))
                    .body("errors.field", containsInAnyOrder("code", "name", "address.line1", "address.country",
                            "timeZone"))
                    .body("errors.message", everyItem(notNullValue()));
        }

        @Test
        @DisplayName("with a name of 201 characters answers 400 naming name")
        void nameTooLong() {
            String code = code("V", 8);
            rejected(FACILITIES, with(Fixtures.facilityBody(code), "name", "n".repeat(201)), "Facility",
                    () -> countByCode(FACILITIES, code))
                    .body("errors.field", containsInAnyOrder("name"));
        }

        @Test
        @DisplayName("with an object where a string is expected answers 400 naming the field")
        void objectWhereStringExpected() {
            String code = code("V", 8);
            rejected(FACILITIES, with(Fixtures.facilityBody(code), "name", Map.of("first", "Atlanta")), "Facility",
                    () -> countByCode(FACILITIES, code))
                    .body("errors.field", containsInAnyOrder("name"));
        }

        @Test
        @DisplayName("with a string where an address object is expected answers 400 naming address")
        void stringWhereObjectExpected() {
            String code = code("V", 8);
            rejected(FACILITIES, with(Fixtures.facilityBody(code), "address", "250 Williams Street"), "Facility",
                    () -> countByCode(FACILITIES, code))
                    .body("errors.field", containsInAnyOrder("address"));
        }

        @Test
        @DisplayName("with malformed JSON answers 400 naming the body")
        void malformedJson() {
            String code = code("V", 8);
            String body = "{\"code\": \"" + code + "\", \"name\": \"Broken\", \"address\": {";
            rejected(FACILITIES, body, "Facility", () -> countByCode(FACILITIES, code))
                    .body("errors.field", containsInAnyOrder("body"));
        }

        @Test
        @DisplayName("with an empty body answers 400 naming the body")
        void emptyBody() {
            rejected(FACILITIES, "", "Facility", () -> 0).body("errors.field", containsInAnyOrder("body"));
        }

        @Test
        @DisplayName("with a JSON array instead of an object answers 400 naming the body")
        void arrayInsteadOfObject() {
            rejected(FACILITIES, "[]", "Facility", () -> 0).body("errors.field", containsInAnyOrder("body"));
        }
    }

    @Nested
    @DisplayName("creating a customer")
    class Customers {

        @Test
        @DisplayName("without legalName and noticeAddress answers 400 naming both, and creates nothing")
        void missingRequiredFields() {
            String code = code("CV", 12);
            rejected(CUSTOMERS, Map.of("code", code), "Customer", () -> countByCode(CUSTOMERS, code))
                    .body("errors.field", containsInAnyOrder("legalName", "noticeAddress"));
        }

        @Test
        @DisplayName("with a legal name of 201 characters and an invalid contact e-mail answers 400 naming both")
        void tooLongAndBadContact() {
            String code = code("CV", 12);
            Map<String, Object> body = with(Fixtures.customerBody(code), "legalName", "L".repeat(201));
            body.put("contacts", List.of(Map.of("name", "Dana Reyes", "email", "dana@example.com"),
                    Map.of("name", "Sam Ortiz", "email", "not-an-email")));
            rejected(CUSTOMERS, body, "Customer", () -> countByCode(CUSTOMERS, code))
                    .body("errors.field", containsInAnyOrder("legalName", "contacts[1].email"));
        }

        @Test
        @DisplayName("with a string where the contacts array is expected answers 400 naming contacts")
        void stringWhereArrayExpected() {
            String code = code("CV", 12);
            rejected(CUSTOMERS, with(Fixtures.customerBody(code), "contacts", "Dana Reyes"), "Customer",
                    () -> countByCode(CUSTOMERS, code))
                    .body("errors.field", containsInAnyOrder("contacts"));
        }
    }

    @Nested
    @DisplayName("creating a space")
    class Spaces {

        @Test
        @DisplayName("with an unknown kind IGLOO answers 400 naming kind")
        void unknownKind() {
            String code = code("SV-", 14);
            rejected(SPACES, with(Fixtures.spaceBody(facility(), code), "kind", "IGLOO"), "Space",
                    () -> countByCode(SPACES, code))
                    .body("errors.field", containsInAnyOrder("kind"))
                    .body("errors[0].message", containsString("CAGE"));
        }

        @Test
        @DisplayName("with an unknown environmental class Z9 answers 400 naming environmentalClass")
        void unknownEnvironmentalClass() {
            String code = code("SV-", 14);
            rejected(SPACES, with(Fixtures.spaceBody(facility(), code), "environmentalClass", "Z9"), "Space",
                    () -> countByCode(SPACES, code))
                    .body("errors.field", containsInAnyOrder("environmentalClass"));
        }

        @Test
        @DisplayName("with a string where rackUnits, a number, is expected answers 400 naming rackUnits")
        void stringWhereNumberExpected() {
            String code = code("SV-", 14);
            rejected(SPACES, with(Fixtures.spaceBody(facility(), code), "rackUnits", "forty-two"), "Space",
                    () -> countByCode(SPACES, code))
                    .body("errors.field", containsInAnyOrder("rackUnits"));
        }

        @Test
        @DisplayName("without its required fields and with out-of-range numbers answers 400 listing every field")
        void missingAndOutOfRange() {
            String code = code("SV-", 14);
            Map<String, Object> body = Map.of("facilityId", facility(), "code", code, "rackUnits", -1, "powerKw",
                    0, "areaSqm", new java.math.BigDecimal("12.505"));
            rejected(SPACES, body, "Space", () -> countByCode(SPACES, code))
                    .body("errors.field", containsInAnyOrder("kind", "rackUnits", "powerKw", "areaSqm",
                            "environmentalClass"));
        }
    }

    @Nested
    @DisplayName("placing an order")
    class Orders {

        @Test
        @DisplayName("without spaces, term and fees answers 400 naming each field, and places nothing")
        void missingRequiredFields() {
            String customer = Fixtures.customer();
            Map<String, Object> body = Map.of("customerId", customer, "spaceIds", List.of());
            rejected(ORDERS, body, "Order", () -> countOrders(customer))
                    .body("errors.field", containsInAnyOrder("spaceIds", "termStart", "termMonths", "monthlyFee",
                            "minimumMonthlyBilling"));
        }

        @Test
        @DisplayName("with an amount of 3 decimals answers 400 naming monthlyFee.amount")
        void amountWithThreeDecimals() {
            String customer = Fixtures.customer();
            Map<String, Object> body = with(Fixtures.orderBody(customer, List.of(space())), "monthlyFee",
                    Map.of("amount", "4200.125", "currency", "USD"));
            rejected(ORDERS, body, "Order", () -> countOrders(customer))
                    .body("errors.field", containsInAnyOrder("monthlyFee.amount"));
        }

        @Test
        @DisplayName("with a malformed currency and a negative amount answers 400 naming both fields")
        void malformedCurrencyAndNegativeAmount() {
            String customer = Fixtures.customer();
            Map<String, Object> body = with(Fixtures.orderBody(customer, List.of(space())), "monthlyFee",
                    Map.of("amount", "4200.00", "currency", "usd"));
            body.put("minimumMonthlyBilling", Map.of("amount", "-1.00", "currency", "USD"));
            rejected(ORDERS, body, "Order", () -> countOrders(customer))
                    .body("errors.field", containsInAnyOrder("monthlyFee.currency", "minimumMonthlyBilling.amount"));
        }

        @Test
        @DisplayName("with well-formed currencies that ISO 4217 does not know answers 400 naming each, with the other bad fields")
        void unknownCurrency() {
            String customer = Fixtures.customer();
            Map<String, Object> body = with(Fixtures.orderBody(customer, List.of(space())), "monthlyFee",
                    Map.of("amount", "4200.00", "currency", "QQQ"));
            body.put("minimumMonthlyBilling", Map.of("amount", "3500.00", "currency", "QQQ"));
            body.put("termMonths", 241);
            rejected(ORDERS, body, "Order", () -> countOrders(customer))
                    .body("errors.field", containsInAnyOrder("monthlyFee.currency", "minimumMonthlyBilling.currency",
                            "termMonths"));
        }

        @Test
        @DisplayName("with a text amount answers 400 naming monthlyFee.amount")
        void textAmount() {
            String customer = Fixtures.customer();
            Map<String, Object> body = with(Fixtures.orderBody(customer, List.of(space())), "monthlyFee",
                    Map.of("amount", "a lot", "currency", "USD"));
            rejected(ORDERS, body, "Order", () -> countOrders(customer))
                    .body("errors.field", containsInAnyOrder("monthlyFee.amount"));
        }

        @Test
        @DisplayName("with a blank space id answers 400 naming the list element")
        void blankSpaceId() {
            String customer = Fixtures.customer();
            Map<String, Object> body = with(Fixtures.orderBody(customer, List.of(space(), " ")), "termMonths", 0);
            rejected(ORDERS, body, "Order", () -> countOrders(customer))
                    .body("errors.field", containsInAnyOrder("spaceIds[1]", "termMonths"));
        }

        @Test
        @DisplayName("with a date that is not an ISO date answers 400 naming termStart")
        void badDate() {
            String customer = Fixtures.customer();
            Map<String, Object> body = with(Fixtures.orderBody(customer, List.of(space())), "termStart",
                    "12/01/2026");
            rejected(ORDERS, body, "Order", () -> countOrders(customer))
                    .body("errors.field", containsInAnyOrder("termStart"));
        }
    }

    @Nested
    @DisplayName("query parameters and headers")
    class ParametersAndHeaders {

        @Test
        @DisplayName("an unknown enum value in a query parameter (spaces?state=NOPE) answers 400 naming state")
        void unknownEnumQueryParameter() {
            problem(as(OPERATIONS).queryParam("state", "NOPE").get(SPACES).then())
                    .body("errors.field", containsInAnyOrder("state"));
            problem(as(OPERATIONS).queryParam("kind", "IGLOO").get(SPACES).then())
                    .body("errors.field", containsInAnyOrder("kind"));
            problem(as(OPERATIONS).queryParam("state", "nope").get(ORDERS).then())
                    .body("errors.field", containsInAnyOrder("state"));
            problem(as(AUDITOR).queryParam("from", "yesterday").get("/api/v1/audit").then())
                    .body("errors.field", containsInAnyOrder("from"));
        }

        @Test
        @DisplayName("an If-Match that is not an ETag answers 400 naming If-Match, and changes nothing")
        void invalidIfMatch() {
            String id = Fixtures.facility();
            Instant start = Instant.now();
            Map<String, Object> update = Map.of("name", "Never applied", "address", Fixtures.address(), "timeZone",
                    "UTC");
            problem(as(OPERATIONS).header("If-Match", "version-zero").body(update).put(FACILITIES + "/{id}", id)
                    .then()).body("errors.field", containsInAnyOrder("If-Match"));
            as(OPERATIONS).get(FACILITIES + "/{id}", id).then().statusCode(200).body("version", equalTo(0))
                    .body("name", not(equalTo("Never applied")));
            assertEquals(0, auditSince("Facility", start), "no audit record for a rejected update");
        }

        @Test
        @DisplayName("an If-Match that is not an ETag on an action answers 400 and leaves the order pending")
        void invalidIfMatchOnAction() {
            String order = Fixtures.order(Fixtures.customer(), space());
            problem(as(OPERATIONS).header("If-Match", "\"one\"").body("{}")
                    .post(ORDERS + "/{id}/activation", order).then())
                    .body("errors.field", containsInAnyOrder("If-Match"));
            as(OPERATIONS).get(ORDERS + "/{id}", order).then().statusCode(200)
                    .body("state", equalTo("PENDING_ACTIVATION")).body("version", equalTo(0));
        }
    }

    @Nested
    @DisplayName("an oversized body")
    class OversizedBody {


        @Test
        @DisplayName("over 256 KiB answers 413 as problem+json, never a 500, and creates nothing")
        void tooLarge() {
            String code = code("V", 8);
            Map<String, Object> body = with(Fixtures.facilityBody(code), "name", "x".repeat(300 * 1024));
            int before = countByCode(FACILITIES, code);
            ValidatableResponse r = as(OPERATIONS).body(body).post(FACILITIES).then();
            r.statusCode(413).contentType(startsWith("application/problem+json")).body("status", equalTo(413));
            noLeaks(r);
            assertEquals(before, countByCode(FACILITIES, code), "nothing created");
        }

        @Test
        @DisplayName("over 256 KiB sent chunked, without a Content-Length, answers 413, never a 500")
        void tooLargeChunked() throws Exception {
            String code = code("V", 8);
            byte[] body = ("{\"code\":\"" + code + "\",\"name\":\"" + "x".repeat(260 * 1024) + "\"}")
                    .getBytes(StandardCharsets.UTF_8);
            HttpRequest request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + FACILITIES))
                    .header("Authorization", "Bearer " + Tokens.of(OPERATIONS))
                    .header("Content-Type", "application/json")
                    // a publisher of unknown length makes the client send the body chunked
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
            HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                    .send(request, HttpResponse.BodyHandlers.ofString());
            assertEquals(413, response.statusCode());
            assertFalse(response.body().contains("java.") || response.body().contains("Exception"), response.body());
            assertEquals(0, countByCode(FACILITIES, code), "nothing created");
        }

        @Test
        @DisplayName("just under the limit is read and judged by validation, not refused for its size")
        void underTheLimit() {
            String code = code("V", 8);
            Map<String, Object> body = with(Fixtures.facilityBody(code), "name", "x".repeat(200 * 1024));
            problem(as(OPERATIONS).body(body).post(FACILITIES).then())
                    .body("errors.field", containsInAnyOrder("name"));
            assertEquals(0, countByCode(FACILITIES, code));
        }
    }

    // --- helpers ------------------------------------------------------------------------------

    private static String facilityId;
    private static String orderFacilityId;

    /** A facility to put spaces in, shared by the tests of this class. */
    private static synchronized String facility() {
        if (facilityId == null) {
            facilityId = Fixtures.facility();
        }
        return facilityId;
    }

    /** A new, free space. */
    private static synchronized String space() {
        if (orderFacilityId == null) {
            orderFacilityId = Fixtures.facility();
        }
        return Fixtures.space(orderFacilityId);
    }

    /**
     * Posts an invalid creation and asserts the 400 problem, that the count of objects with
     * the sent code did not change and that no audit record of the type was written.
     */
    private static ValidatableResponse rejected(String path, Object body, String objectType, IntSupplier count) {
        int before = count.getAsInt();
        Instant start = Instant.now();
        ValidatableResponse r = problem(as(OPERATIONS).body(body).post(path).then());
        assertEquals(before, count.getAsInt(), "no " + objectType + " was created");
        assertEquals(0, auditSince(objectType, start), "no " + objectType + " audit record was written");
        return r;
    }

    /** A 400 problem+json with at least one field error and nothing internal in it. */
    private static ValidatableResponse problem(ValidatableResponse r) {
        r.statusCode(400).contentType(startsWith("application/problem+json")).body("status", equalTo(400))
                .body("errors", notNullValue()).body("errors.field", everyItem(notNullValue()));
        return noLeaks(r);
    }

    private static ValidatableResponse noLeaks(ValidatableResponse r) {
        String text = r.extract().asString();
        assertNotEquals(500, r.extract().statusCode());
        assertFalse(text.contains("java."), () -> "class name in " + text);
        assertFalse(text.contains("Exception"), () -> "exception in " + text);
        assertFalse(text.contains("\tat "), () -> "stack trace in " + text);
        return r;
    }

    private static int countByCode(String path, String code) {
        return as(OPERATIONS).queryParam("code", code).queryParam("limit", 500).get(path).then().statusCode(200)
                .extract().path("items.size()");
    }

    private static int countOrders(String customerId) {
        return as(OPERATIONS).queryParam("customerId", customerId).queryParam("limit", 500).get(ORDERS).then()
                .statusCode(200).extract().path("items.size()");
    }

    /** Audit records of a type written since an instant (test classes run one at a time). */
    private static int auditSince(String objectType, Instant since) {
        // bounded above too: another test may have moved the service's clock ahead and left future-dated records
        return as(AUDITOR).queryParam("objectType", objectType).queryParam("from", since.toString())
                .queryParam("to", Instant.now().plusSeconds(60).toString()).queryParam("limit", 500).get("/api/v1/audit").then().statusCode(200).extract()
                .path("items.size()");
    }

    private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(base);
        copy.put(key, value);
        return copy;
    }
}
