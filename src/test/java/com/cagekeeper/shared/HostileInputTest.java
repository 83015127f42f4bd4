package com.cagekeeper.shared;

import static com.cagekeeper.support.Api.OPERATIONS;
import static com.cagekeeper.support.Api.as;
import static com.cagekeeper.support.Api.asCustomer;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import com.cagekeeper.support.Fixtures;
import com.cagekeeper.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;

/**
 * What {@link ApiFuzzTest} found, one test each: inputs a client can send that answered 5xx,
 * an answer outside the contract, or the wrong 4xx. Each now answers a 400 problem naming the
 * field.
 */
@QuarkusTest
@DisplayName("Hostile input found by the fuzz test")
class HostileInputTest {

    static final String ORDERS = "/api/v1/orders";

    @Nested
    @DisplayName("dates and instants outside what the service can store or write")
    class Times {

        @Test
        @DisplayName("an order whose termStart is a JSON number (read as a day count, year 5881580) answers 400 naming termStart, not 500")
        void termStartAsDayCount() {
            rejected(as(OPERATIONS).body(order("termStart", 2147483648L)).post(ORDERS).then(), "termStart")
                    .body("errors[0].message", containsString("ISO-8601 date"));
        }

        @Test
        @DisplayName("an order whose termStart is in the year 10000 answers 400 naming termStart, not 500")
        void termStartAfterYear9999() {
            rejected(as(OPERATIONS).body(order("termStart", "+10000-01-01")).post(ORDERS).then(), "termStart")
                    .body("errors[0].message", containsString("ISO-8601 date"));
        }

        @Test
        @DisplayName("an order whose termStart is the last day Java knows answers 400 naming termStart, not 500 from computing its end")
        void termStartAtTheEndOfTime() {
            rejected(as(OPERATIONS).body(order("termStart", "+999999999-12-31")).post(ORDERS).then(), "termStart");
        }

        @Test
        @DisplayName("an order whose term would end after 9999-12-31 answers 400 naming termStart, not 201 with termEnd +10004-02-28")
        void termEndAfterYear9999() {
            Map<String, Object> body = order("termStart", "9999-12-31");
            body.put("termMonths", 50);
            rejected(as(OPERATIONS).body(body).post(ORDERS).then(), "termStart")
                    .body("errors[0].message", containsString("2099-12-31"));
        }

        @Test
        @DisplayName("asking for a person valid until the year 10000 answers 400 naming validUntil, not 500")
        void personValidUntilAfterYear9999() {
            var t = Fixtures.tenancy();
            Map<String, Object> body = Fixtures.personBody(t.customerId(), List.of(t.spaceId()));
            body.put("validUntil", "+10000-01-01T00:00:00Z");
            rejected(as(OPERATIONS).body(body).post("/api/v1/people").then(), "validUntil")
                    .body("errors[0].message", containsString("ISO-8601 instant"));
        }

        @Test
        @DisplayName("an instant sent as epoch milliseconds answers 400 naming the field: instants are ISO-8601 strings")
        void instantAsNumber() {
            var t = Fixtures.tenancy();
            Map<String, Object> body = Fixtures.personBody(t.customerId(), List.of(t.spaceId()));
            body.put("validFrom", 253402300800000L);
            rejected(as(OPERATIONS).body(body).post("/api/v1/people").then(), "validFrom");
        }

        @Test
        @DisplayName("a preview at an instant in the year 1000000000 answers 400 naming at, not 200 echoing it outside RFC 3339")
        void previewBeyondYear9999() {
            var t = Fixtures.tenancy();
            String person = Fixtures.approvedPerson(t.customerId(), t.spaceId());
            rejected(asCustomer(t.customerId())
                    .body(Map.of("personId", person, "spaceId", t.spaceId(), "at",
                            "+1000000000-12-31T23:59:59.999999999Z"))
                    .post("/api/v1/access-checks/preview").then(), "at");
        }

        @Test
        @DisplayName("the first and last instants of the range the contract accepts (2000 to 2099) are accepted")
        void rangeEdgesAccepted() {
            var t = Fixtures.tenancy();
            String person = Fixtures.approvedPerson(t.customerId(), t.spaceId());
            for (String at : List.of("2000-01-01T00:00:00Z", "2099-12-31T23:59:59.999999Z")) {
                as(OPERATIONS).body(Map.of("personId", person, "spaceId", t.spaceId(), "at", at))
                        .post("/api/v1/access-checks/preview").then().statusCode(200).body("at", equalTo(at));
            }
        }
    }

    @Nested
    @DisplayName("query parameters of the wrong type")
    class QueryParameters {

        @Test
        @DisplayName("limit=abc, 1.5 or 2147483648 answers 400 naming limit, not 404 as if the list did not exist")
        void limitNotAnInteger() {
            for (String limit : List.of("abc", "1.5", "2147483648")) {
                rejected(as(OPERATIONS).queryParam("limit", limit).get("/api/v1/spaces").then(), "limit")
                        .body("errors[0].message", containsString("integer"));
            }
        }

        @Test
        @DisplayName("standing=yes answers 400 naming standing, not a list of the suspensions that are not standing")
        void standingNotABoolean() {
            rejected(as(OPERATIONS).queryParam("standing", "yes").get("/api/v1/suspensions").then(), "standing");
            as(OPERATIONS).queryParam("standing", "true").get("/api/v1/suspensions").then().statusCode(200);
        }
    }

    @Test
    @DisplayName("a client that sends the whole of a 1 MiB body before reading reads the 413, not a reset connection")
    void oversizedBodyIsAnsweredToAClientStillSending() throws Exception {
        URI base = URI.create(RestAssured.baseURI + ":" + RestAssured.port);
        byte[] body = ("{\"a\":\"" + "x".repeat(1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        String head = "POST /api/v1/facilities HTTP/1.1\r\nHost: " + base.getHost() + "\r\n"
                + "Authorization: Bearer " + Tokens.of(OPERATIONS) + "\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n";
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(body, 0, 64 * 1024);
            out.flush();
            Thread.sleep(300); // a slow client: the answer is out before the rest of the body is sent
            for (int at = 64 * 1024; at < body.length; at += 16 * 1024) {
                out.write(body, at, Math.min(16 * 1024, body.length - at));
            }
            out.flush();
            String answer = readAll(socket.getInputStream());
            assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
            assertTrue(answer.contains("application/problem+json"), answer);
        }
    }

    @Test
    @DisplayName("§3.4 an underlying lease end with a reason of the longest length allowed answers 200, not 500 from the order's composed reason")
    void longestLeaseEndReason() {
        var t = Fixtures.tenancy();
        as(OPERATIONS).body(Map.of("effectiveDate", java.time.LocalDate.now(java.time.ZoneId.of("America/New_York"))
                .toString(), "reason", "z".repeat(1000)))
                .post("/api/v1/spaces/{id}/underlying-lease-termination", t.spaceId()).then().statusCode(200);
        as(OPERATIONS).get("/api/v1/orders/{id}", t.orderId()).then().statusCode(200).body("state",
                equalTo("TERMINATED"));
    }

    private static String readAll(InputStream in) throws Exception {
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n; (n = in.read(buffer)) > 0;) {
            read.write(buffer, 0, n);
        }
        return read.toString(StandardCharsets.UTF_8);
    }

    /** A well-formed order of a new customer for a new space, with one field replaced. */
    private static Map<String, Object> order(String field, Object value) {
        String facility = Fixtures.facility();
        Map<String, Object> body = new HashMap<>(
                Fixtures.orderBody(Fixtures.customer(), List.of(Fixtures.space(facility))));
        body.put(field, value);
        return body;
    }

    private static ValidatableResponse rejected(ValidatableResponse r, String field) {
        return r.statusCode(400).contentType(startsWith("application/problem+json")).body("status", equalTo(400))
                .body("errors.field", contains(field));
    }
}
