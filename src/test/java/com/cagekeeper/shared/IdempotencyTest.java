package com.cagekeeper.shared;

import static com.cagekeeper.support.Api.OPERATIONS;
import static com.cagekeeper.support.Api.as;
import static com.cagekeeper.support.Api.withToken;
import static com.cagekeeper.support.Fixtures.code;
import static com.cagekeeper.support.Fixtures.customerBody;
import static com.cagekeeper.support.Fixtures.facilityBody;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.cagekeeper.support.Fixtures;
import com.cagekeeper.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * API.md: creation POSTs accept an Idempotency-Key; the same key and body within 24 h
 * returns the first result, never a second object. Keys are the actor's own.
 */
@QuarkusTest
@DisplayName("Idempotent creation")
class IdempotencyTest {

    static final String FACILITIES = "/api/v1/facilities";
    static final String CUSTOMERS = "/api/v1/customers";
    static final String SPACES = "/api/v1/spaces";
    static final String KEY = "Idempotency-Key";

    @Inject
    DataSource dataSource;

    @Test
    @DisplayName("the same key and body again returns the first result: 201, same id, Location and ETag, one object")
    void replayReturnsFirstResult() {
        String code = code("I", 8);
        String key = key();
        var first = post(OPERATIONS, key, FACILITIES, facilityBody(code));
        var second = post(OPERATIONS, key, FACILITIES, facilityBody(code));

        assertEquals(201, first.statusCode());
        assertEquals(201, second.statusCode());
        String id = first.path("id");
        assertNotNull(id);
        assertEquals(id, second.path("id"));
        assertEquals(first.header("Location"), second.header("Location"));
        assertEquals(first.header("ETag"), second.header("ETag"));
        assertEquals(code, second.path("code"));
        assertEquals(1, countByCode(FACILITIES, code), "one facility, not two");
        assertEquals(1, auditRecords("Facility", id), "one creation recorded");
    }

    @Test
    @DisplayName("a replay is not a new creation: it is not refused for the code the first one took")
    void replayIsNotRefusedForTakenCode() {
        String code = code("CI", 12);
        String key = key();
        var first = post(OPERATIONS, key, CUSTOMERS, customerBody(code));
        assertEquals(201, first.statusCode());
        // without the key, the same body is a second creation and the code is taken
        as(OPERATIONS).body(customerBody(code)).post(CUSTOMERS).then().statusCode(409)
                .body("code", equalTo("CUSTOMER_CODE_TAKEN"));
        var replay = post(OPERATIONS, key, CUSTOMERS, customerBody(code));
        assertEquals(201, replay.statusCode());
        assertEquals((String) first.path("id"), replay.path("id"));
        assertEquals(1, countByCode(CUSTOMERS, code));
    }

    @Test
    @DisplayName("the same key with another body answers 422 IDEMPOTENCY_KEY_REUSED and creates nothing")
    void sameKeyOtherBody() {
        String code = code("I", 8);
        String otherCode = code("I", 8);
        String key = key();
        String id = post(OPERATIONS, key, FACILITIES, facilityBody(code)).path("id");

        var reused = as(OPERATIONS).header(KEY, key).body(facilityBody(otherCode)).post(FACILITIES).then()
                .statusCode(422).contentType(startsWith("application/problem+json"))
                .body("code", equalTo("IDEMPOTENCY_KEY_REUSED")).extract();
        assertNotNull(reused.path("detail"));
        assertEquals(0, countByCode(FACILITIES, otherCode), "nothing created for the other body");

        Map<String, Object> renamed = new HashMap<>(facilityBody(code));
        renamed.put("name", "Another name");
        as(OPERATIONS).header(KEY, key).body(renamed).post(FACILITIES).then().statusCode(422)
                .body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        as(OPERATIONS).get(FACILITIES + "/{id}", id).then().statusCode(200)
                .body("name", equalTo("Facility " + code)).body("version", equalTo(0));
    }

    @Test
    @DisplayName("different keys create different objects")
    void differentKeys() {
        String first = code("I", 8);
        String second = code("I", 8);
        var a = post(OPERATIONS, key(), FACILITIES, facilityBody(first));
        var b = post(OPERATIONS, key(), FACILITIES, facilityBody(second));
        assertEquals(201, a.statusCode());
        assertEquals(201, b.statusCode());
        assertNotEquals((String) a.path("id"), b.path("id"));
        assertEquals(1, countByCode(FACILITIES, first));
        assertEquals(1, countByCode(FACILITIES, second));
    }

    @Test
    @DisplayName("the same key used by another subject is independent of the first subject's")
    void keysBelongToTheirSubject() {
        String key = key();
        String tokenA = Tokens.mint("test.ops.alice", OPERATIONS, null, 3600);
        String tokenB = Tokens.mint("test.ops.bob", OPERATIONS, null, 3600);
        String codeA = code("I", 8);
        String codeB = code("I", 8);

        var a = postWith(tokenA, key, FACILITIES, facilityBody(codeA));
        var b = postWith(tokenB, key, FACILITIES, facilityBody(codeB));
        assertEquals(201, a.statusCode());
        assertEquals(201, b.statusCode(), "bob's key is not alice's: no 422 for another body");
        assertNotEquals((String) a.path("id"), b.path("id"));
        assertEquals(1, countByCode(FACILITIES, codeA));
        assertEquals(1, countByCode(FACILITIES, codeB));

        // each subject's replay returns its own first result
        assertEquals((String) a.path("id"), postWith(tokenA, key, FACILITIES, facilityBody(codeA)).path("id"));
        assertEquals((String) b.path("id"), postWith(tokenB, key, FACILITIES, facilityBody(codeB)).path("id"));
    }

    @Test
    @DisplayName("the same key on two creation endpoints is two independent keys")
    void keysBelongToTheirEndpoint() {
        String key = key();
        String facilityCode = code("I", 8);
        String customerCode = code("CI", 12);
        assertEquals(201, post(OPERATIONS, key, FACILITIES, facilityBody(facilityCode)).statusCode());
        assertEquals(201, post(OPERATIONS, key, CUSTOMERS, customerBody(customerCode)).statusCode());
        assertEquals(1, countByCode(CUSTOMERS, customerCode));
    }

    @Test
    @DisplayName("a keyed request that failed does not use up its key: corrected, the same key creates")
    void failedRequestDoesNotUseUpKey() {
        String key = key();
        String code = code("SI-", 14);
        Map<String, Object> unknownFacility = Fixtures.spaceBody("0190c7a4-0000-7000-8000-00000000dead", code);
        as(OPERATIONS).header(KEY, key).body(unknownFacility).post(SPACES).then().statusCode(422)
                .body("code", equalTo("FACILITY_UNKNOWN"));
        var created = post(OPERATIONS, key, SPACES, Fixtures.spaceBody(Fixtures.facility(), code));
        assertEquals(201, created.statusCode());
        assertEquals(1, countByCode(SPACES, code));
    }

    @Test
    @DisplayName("after 24 hours a key is free again: the same key with another body creates a new object")
    void keyExpiresAfter24Hours() throws SQLException {
        String key = key();
        String firstCode = code("I", 8);
        String secondCode = code("I", 8);
        String first = post(OPERATIONS, key, FACILITIES, facilityBody(firstCode)).path("id");
        try (Connection c = dataSource.getConnection(); PreparedStatement age = c.prepareStatement(
                "UPDATE idempotency_keys SET created_at = created_at - INTERVAL 25 HOUR WHERE idem_key = ?")) {
            age.setString(1, key);
            assertEquals(1, age.executeUpdate());
        }
        var second = post(OPERATIONS, key, FACILITIES, facilityBody(secondCode));
        assertEquals(201, second.statusCode(), () -> second.asString());
        assertNotEquals(first, second.path("id"));
        assertEquals(1, countByCode(FACILITIES, secondCode));
        // the key now remembers the second result
        assertEquals((String) second.path("id"), post(OPERATIONS, key, FACILITIES, facilityBody(secondCode)).path("id"));
        assertEquals(422, post(OPERATIONS, key, FACILITIES, facilityBody(firstCode)).statusCode());
    }

    @Test
    @DisplayName("an empty or blank key, or one over 200 characters, answers 400 naming Idempotency-Key and creates nothing")
    void malformedKey() {
        String code = code("I", 8);
        for (String blank : List.of("", " ")) {
            as(OPERATIONS).header(KEY, blank).body(facilityBody(code)).post(FACILITIES).then().statusCode(400)
                    .contentType(startsWith("application/problem+json"))
                    .body("errors.field", containsInAnyOrder(KEY));
        }
        as(OPERATIONS).header(KEY, "k".repeat(201)).body(facilityBody(code)).post(FACILITIES).then()
                .statusCode(400).body("errors.field", containsInAnyOrder(KEY));
        assertEquals(0, countByCode(FACILITIES, code));
    }

    @Test
    @DisplayName("the same keyed POST from 4 threads at once creates exactly one object and every answer carries its id")
    void concurrentReplays() throws Exception {
        int threads = 4;
        String code = code("I", 8);
        String key = key();
        Map<String, Object> body = facilityBody(code);
        String token = Tokens.of(OPERATIONS);
        List<String> ids = new ArrayList<>();
        for (var response : concurrently(threads, () -> postWith(token, key, FACILITIES, body))) {
            assertEquals(201, response.statusCode(), () -> response.asString());
            ids.add(response.path("id"));
        }
        String id = ids.get(0);
        assertNotNull(id);
        ids.forEach(each -> assertEquals(id, each, "every answer carries the one object's id"));
        assertEquals(1, countByCode(FACILITIES, code), "exactly one facility");
        assertEquals(1, auditRecords("Facility", id), "exactly one creation recorded");
    }

    @Test
    @DisplayName("the same refused keyed POST from 4 threads at once answers 409 to each, never a 500, and creates nothing")
    void concurrentRefusals() throws Exception {
        String taken = code("I", 8);
        as(OPERATIONS).body(facilityBody(taken)).post(FACILITIES).then().statusCode(201);
        Map<String, Object> body = facilityBody(taken);
        String key = key();
        String token = Tokens.of(OPERATIONS);
        for (var response : concurrently(4, () -> postWith(token, key, FACILITIES, body))) {
            // the refusal itself, or a lost race between the waiting requests once the first rolled back
            assertEquals(409, response.statusCode(), () -> response.asString());
            assertEquals("application/problem+json", response.contentType());
        }
        assertEquals(1, countByCode(FACILITIES, taken), "still the one facility");
    }

    /** Runs a call from several threads released at once and returns every answer. */
    private static <T> List<T> concurrently(int threads, Callable<T> call) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

    private static ExtractableResponse<Response> post(String role, String key, String path, Object body) {
        return postWith(Tokens.of(role), key, path, body);
    }

    private static ExtractableResponse<Response> postWith(String token, String key, String path, Object body) {
        return withToken(token).header(KEY, key).body(body).post(path).then().extract();
    }

    private static int countByCode(String path, String code) {
        return as(OPERATIONS).queryParam("code", code).get(path).then().statusCode(200).extract()
                .path("items.size()");
    }

    private static int auditRecords(String objectType, String objectId) {
        return as(OPERATIONS).queryParam("objectType", objectType).queryParam("objectId", objectId)
                .get("/api/v1/audit").then().statusCode(200).extract().path("items.size()");
    }
}
