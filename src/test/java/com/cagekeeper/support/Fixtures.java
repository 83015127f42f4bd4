package com.cagekeeper.support;

import static com.cagekeeper.support.Api.OPERATIONS;
import static com.cagekeeper.support.Api.as;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Small factories that build test data through the REST API, each with unique codes,
 * so tests share one database without seeing each other's objects.
 */
public final class Fixtures {

    private Fixtures() {
    }

    /** A code unique to this run: a prefix and random capitals/digits. */
    public static String code(String prefix, int length) {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        StringBuilder sb = new StringBuilder(prefix);
        while (sb.length() < length) {
            sb.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
        }
        return sb.toString().toUpperCase(Locale.ROOT);
    }

    public static Map<String, Object> address() {
        return Map.of("line1", "250 Williams Street", "city", "Atlanta", "region", "GA", "postalCode", "30303",
                "country", "US");
    }

    /** The time zone of the facilities these fixtures open. */
    public static final String FACILITY_ZONE = "America/New_York";

    /** Today at the fixtures' facilities: the day their spaces are created on, and the latest a lease can end. */
    public static java.time.LocalDate facilityToday() {
        return java.time.LocalDate.now(java.time.ZoneId.of(FACILITY_ZONE));
    }

    public static Map<String, Object> facilityBody(String code) {
        return Map.of("code", code, "name", "Facility " + code, "address", address(), "timeZone", FACILITY_ZONE);
    }

    public static Map<String, Object> customerBody(String code) {
        return Map.of("code", code, "legalName", "Customer " + code + " Inc.", "noticeAddress", address(),
                "contacts", List.of(Map.of("name", "Dana Reyes", "email", "dana@example.com")));
    }

    public static Map<String, Object> spaceBody(String facilityId, String code) {
        return Map.of("facilityId", facilityId, "code", code, "kind", "CAGE", "rackUnits", 42, "powerKw",
                new java.math.BigDecimal("8.00"), "areaSqm", new java.math.BigDecimal("12.50"), "environmentalClass", "A1");
    }

    public static Map<String, Object> orderBody(String customerId, List<String> spaceIds) {
        return Map.of("customerId", customerId, "spaceIds", spaceIds, "termStart", "2026-12-01", "termMonths", 36,
                "monthlyFee", Map.of("amount", "4200.00", "currency", "USD"), "minimumMonthlyBilling",
                Map.of("amount", "3500.00", "currency", "USD"));
    }

    public static String facility() {
        return create("/api/v1/facilities", facilityBody(code("F", 8)));
    }

    public static String customer() {
        return create("/api/v1/customers", customerBody(code("CU", 12)));
    }

    public static String space(String facilityId) {
        return create("/api/v1/spaces", spaceBody(facilityId, code("SP-", 14)));
    }

    public static String order(String customerId, String... spaceIds) {
        return create("/api/v1/orders", orderBody(customerId, List.of(spaceIds)));
    }

    /** An order placed and activated: its spaces are leased to the customer. */
    public static String activeOrder(String customerId, String... spaceIds) {
        String id = order(customerId, spaceIds);
        as(OPERATIONS).body("{}").post("/api/v1/orders/{id}/activation", id).then().statusCode(200);
        return id;
    }

    /** A customer leasing one new space in a new facility, by an active order. */
    public record Tenancy(String facilityId, String customerId, String spaceId, String orderId) {
    }

    public static Tenancy tenancy() {
        String facility = facility();
        String customer = customer();
        String space = space(facility);
        String order = activeOrder(customer, space);
        return new Tenancy(facility, customer, space, order);
    }

    /** A person the customer asked for (REQUESTED), covering the given spaces. */
    public static Map<String, Object> personBody(String customerId, List<String> spaceIds) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("customerId", customerId);
        body.put("name", "Person " + code("", 6));
        body.put("email", "p" + code("", 8).toLowerCase(Locale.ROOT) + "@example.com");
        body.put("idDocumentType", "PASSPORT");
        body.put("idDocumentNumber", code("P", 10));
        body.put("spaceIds", spaceIds);
        body.put("mayEscort", true);
        return body;
    }

    public static String requestedPerson(String customerId, String... spaceIds) {
        return create("/api/v1/people", personBody(customerId, List.of(spaceIds)));
    }

    /** A person approved in writing by operations. */
    public static String approvedPerson(String customerId, String... spaceIds) {
        String id = requestedPerson(customerId, spaceIds);
        approve(id);
        return id;
    }

    public static void approve(String personId) {
        as(OPERATIONS).body(Map.of("writtenApprovalReference", "ACC-" + code("", 6)))
                .post("/api/v1/people/{id}/approval", personId).then().statusCode(200);
    }

    /** Visit body: one visitor, for the spaces, over the window, escorted by the person. */
    public static Map<String, Object> visitBody(String customerId, List<String> spaceIds, java.time.Instant from,
            java.time.Instant to, String escortPersonId) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("customerId", customerId);
        body.put("purpose", "WORK");
        body.put("startsAt", from.toString());
        body.put("endsAt", to.toString());
        body.put("spaceIds", spaceIds);
        body.put("visitors", List.of(Map.of("name", "Alex Kim", "employer", "Rackworks",
                "idDocumentType", "DRIVERS_LICENSE", "idDocumentNumber", code("D", 9))));
        if (escortPersonId != null) {
            body.put("escortPersonId", escortPersonId);
        }
        return body;
    }

    /** An item for a space: customer-owned, of the given height at the given first unit (null: no position). */
    public static Map<String, Object> equipmentBody(String spaceId, Integer rackUnitFrom, Integer rackUnits) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("spaceId", spaceId);
        body.put("name", "Server " + code("", 6));
        body.put("manufacturer", "Dell");
        body.put("model", "PowerEdge R660");
        body.put("serial", code("SN", 12));
        body.put("assetTag", code("AT-", 10));
        if (rackUnitFrom != null || rackUnits != null) {
            Map<String, Object> position = new java.util.HashMap<>();
            position.put("rackUnitFrom", rackUnitFrom);
            position.put("rackUnits", rackUnits);
            body.put("rackPosition", position);
        }
        body.put("powerDrawKw", new java.math.BigDecimal("0.450"));
        body.put("owner", "CUSTOMER");
        return body;
    }

    /** An item registered by operations in a leased space, at the rack position given. */
    public static String equipment(String spaceId, int rackUnitFrom, int rackUnits) {
        return create("/api/v1/equipment", equipmentBody(spaceId, rackUnitFrom, rackUnits));
    }

    /** Asks the door: may this person enter this space (now, or at the instant)? */
    public static io.restassured.response.ValidatableResponse check(String personId, String spaceId) {
        return as(Api.SECURITY).body(Map.of("personId", personId, "spaceId", spaceId))
                .post("/api/v1/access-checks").then().statusCode(200);
    }

    public static io.restassured.response.ValidatableResponse check(Map<String, Object> question) {
        return as(Api.SECURITY).body(question).post("/api/v1/access-checks").then().statusCode(200);
    }

    /** A customer whose dates are counted in the zone and whose invoices are in the currency. */
    public static String customer(String timeZone, String billingCurrency) {
        Map<String, Object> body = new java.util.HashMap<>(customerBody(code("CU", 12)));
        body.put("timeZone", timeZone);
        body.put("billingCurrency", billingCurrency);
        return create("/api/v1/customers", body);
    }

    public static Map<String, Object> money(String amount, String currency) {
        return Map.of("amount", amount, "currency", currency);
    }

    /** An invoice body: a unique number, issued on the date, for the amount in USD, due by the default term. */
    public static Map<String, Object> invoiceBody(String customerId, java.time.LocalDate issuedOn, String amount) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("customerId", customerId);
        body.put("number", code("INV-", 14));
        body.put("issuedOn", issuedOn.toString());
        body.put("amount", money(amount, "USD"));
        return body;
    }

    /** An invoice recorded by billing; returns its id. */
    public static String invoice(String customerId, java.time.LocalDate issuedOn, String amount) {
        return as(Api.BILLING).body(invoiceBody(customerId, issuedOn, amount)).post("/api/v1/invoices").then()
                .statusCode(201).extract().path("id");
    }

    /** A payment of the invoice recorded by billing; returns its id. */
    public static String payment(String invoiceId, String amount, java.time.LocalDate paidOn) {
        return as(Api.BILLING).body(Map.of("amount", money(amount, "USD"), "paidOn", paidOn.toString()))
                .post("/api/v1/invoices/{id}/payments", invoiceId).then().statusCode(201).extract().path("id");
    }

    /** A dispute of part of the invoice recorded by billing; returns its id. */
    public static String dispute(String invoiceId, String amount, java.time.LocalDate openedOn) {
        return as(Api.BILLING).body(Map.of("amount", money(amount, "USD"), "reason", "Billed twice",
                "openedOn", openedOn.toString())).post("/api/v1/invoices/{id}/disputes", invoiceId).then()
                .statusCode(201).extract().path("id");
    }

    /** A notice body: a delinquency notice to the customer by facsimile, sent on the date. */
    public static Map<String, Object> noticeBody(String customerId, String method, java.time.LocalDate sentOn) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("customerId", customerId);
        body.put("direction", "TO_CUSTOMER");
        body.put("subject", "DELINQUENCY");
        body.put("text", "Undisputed amounts are past due; please pay within 10 days.");
        body.put("deliveryMethod", method);
        if (sentOn != null) {
            body.put("sentOn", sentOn.toString());
        }
        return body;
    }

    /** A body as JSON text, for tests that then change it by hand. */
    public static String json(Object body) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String create(String path, Object body) {
        return as(OPERATIONS).body(body).post(path).then().statusCode(201).extract().path("id");
    }
}
