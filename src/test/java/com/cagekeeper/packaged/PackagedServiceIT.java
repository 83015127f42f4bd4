package com.cagekeeper.packaged;

import static com.cagekeeper.support.Api.withToken;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.cagekeeper.support.Api;
import com.cagekeeper.support.Fixtures;
import com.cagekeeper.support.PackagedServiceEnvironment;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * The packaged jar ({@code target/quarkus-app/quarkus-run.jar}) in the production profile,
 * against a MariaDB it does not own, trusting only the key pair generated for this run.
 * The database outage runs last: it stops and restarts the server under the service.
 */
@QuarkusIntegrationTest
@WithTestResource(value = PackagedServiceEnvironment.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DisplayName("The packaged service in production")
class PackagedServiceIT {

    /** How long the service may take to serve again once the database is back. */
    static final Duration RECOVERY = Duration.ofSeconds(30);
    /** How long a start (or a refusal to start) may take on a busy 2-core machine. */
    static final Duration STARTUP = Duration.ofSeconds(120);

    PackagedServiceEnvironment.Controls environment;

    @Test
    @Order(1)
    @DisplayName("a token signed by the configured issuer's key is accepted; one signed by the development key is refused with 401")
    void trustsOnlyTheConfiguredKey() {
        withToken(environment.token(Api.OPERATIONS)).get("/api/v1/facilities").then().statusCode(200);
        withToken(environment.developmentKeyToken(Api.OPERATIONS)).get("/api/v1/facilities").then()
                .statusCode(401).contentType("application/problem+json");
        Api.anonymous().get("/api/v1/facilities").then().statusCode(401);
    }

    @Test
    @Order(2)
    @DisplayName("§3.2 a person asked for by the customer and approved in writing is GRANTED; after revocation DENIED")
    void grantThenRevoke() {
        var t = tenancy();
        String person = askForAndApprovePerson(t);
        check(person, t.spaceId()).body("decision", equalTo("GRANTED")).body("reasons", empty())
                .body("validUntil", notNullValue()).body("eventId", notNullValue());

        ops().body(Map.of("reason", "DAMAGE", "text", "Damaged a neighbour's rack"))
                .post("/api/v1/people/{id}/revocation", person).then().statusCode(200)
                .body("state", equalTo("REVOKED"));
        check(person, t.spaceId()).body("decision", equalTo("DENIED")).body("reasons.code", contains("REVOKED"));
    }

    @Test
    @Order(3)
    @DisplayName("the package refuses to start in production while the identity-document key is the development value")
    void refusesDevelopmentIdentityKey() throws Exception {
        Map<String, String> settings = new TreeMap<>(environment.serviceSettings());
        settings.remove("access.identity-key");
        settings.put("quarkus.http.port", "0");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-jar");
        command.add(Path.of("target", "quarkus-app", "quarkus-run.jar").toAbsolutePath().toString());
        Path output = Path.of("target", "refused-start.log").toAbsolutePath();
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().remove("ACCESS_IDENTITY_KEY");
        Process service = builder.start();
        try {
            if (!service.waitFor(STARTUP.toSeconds(), TimeUnit.SECONDS)) {
                fail("the service still runs " + STARTUP + " after its start; see " + output);
            }
        } finally {
            service.destroyForcibly();
        }
        assertNotEquals(0, service.exitValue(), "exit status");
        assertThat(Files.readString(output), containsString("access.identity-key is the development value"));
    }

    @Test
    @Order(4)
    @DisplayName("rule 11: with the database down the check answers 503, never a grant, and readiness is DOWN; once it is back the service recovers without a restart")
    void databaseOutage() {
        var t = tenancy();
        String person = askForAndApprovePerson(t);
        check(person, t.spaceId()).body("decision", equalTo("GRANTED"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));

        environment.stopDatabase();
        try {
            checkRequest(person, t.spaceId()).then().statusCode(503).contentType("application/problem+json")
                    .body("code", equalTo("DEPENDENCY_UNAVAILABLE")).body(not(containsString("GRANTED")));
            checkRequest(UUID.randomUUID().toString(), UUID.randomUUID().toString()).then().statusCode(503)
                    .contentType("application/problem+json");
            given().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));
            // Alive all the same: an orchestrator must not restart the service for its database.
            given().get("/q/health/live").then().statusCode(200);
        } finally {
            environment.startDatabase();
        }

        Instant started = Instant.now();
        Instant deadline = started.plus(RECOVERY);
        Response answer = checkRequest(person, t.spaceId());
        while (answer.statusCode() != 200) {
            if (answer.statusCode() != 503) {
                fail("while recovering, the check answered " + answer.statusCode() + ": " + answer.asString());
            }
            if (Instant.now().isAfter(deadline)) {
                fail("the check still answers " + answer.statusCode() + " " + RECOVERY + " after the database came back");
            }
            sleep(250);
            answer = checkRequest(person, t.spaceId());
        }
        System.out.printf("The access check answered 200 again %d ms after the database was back%n",
                Duration.between(started, Instant.now()).toMillis());
        answer.then().body("decision", equalTo("GRANTED"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    /** A new facility, customer and space, and an activated order leasing the space to the customer. */
    private Fixtures.Tenancy tenancy() {
        String facility = create("/api/v1/facilities", Fixtures.facilityBody(Fixtures.code("F", 8)));
        String customer = create("/api/v1/customers", Fixtures.customerBody(Fixtures.code("CU", 12)));
        String space = create("/api/v1/spaces", Fixtures.spaceBody(facility, Fixtures.code("SP-", 14)));
        String order = create("/api/v1/orders", Fixtures.orderBody(customer, List.of(space)));
        ops().body("{}").post("/api/v1/orders/{id}/activation", order).then().statusCode(200)
                .body("state", equalTo("ACTIVE"));
        return new Fixtures.Tenancy(facility, customer, space, order);
    }

    /** The customer asks for a person for its space; operations approves in writing. */
    private String askForAndApprovePerson(Fixtures.Tenancy t) {
        Map<String, Object> body = Fixtures.personBody(t.customerId(), List.of(t.spaceId()));
        body.remove("customerId");
        String number = (String) body.get("idDocumentNumber");
        String person = withToken(environment.customerToken(t.customerId())).body(body).post("/api/v1/people").then()
                .statusCode(201).body("state", equalTo("REQUESTED"))
                .body("idDocumentNumber", equalTo("****" + number.substring(number.length() - 4)))
                .extract().path("id");
        ops().body(Map.of("writtenApprovalReference", "ACC-IT-" + Fixtures.code("", 6)))
                .post("/api/v1/people/{id}/approval", person).then().statusCode(200).body("state", equalTo("APPROVED"));
        return person;
    }

    private ValidatableResponse check(String personId, String spaceId) {
        return checkRequest(personId, spaceId).then().statusCode(200);
    }

    /** The door asks about now: a recorded check is decided at the service's clock, so no {@code at}. */
    private Response checkRequest(String personId, String spaceId) {
        return withToken(environment.token(Api.SECURITY)).body(Map.of("personId", personId, "spaceId", spaceId))
                .post("/api/v1/access-checks");
    }

    private String create(String path, Object body) {
        return ops().body(body).post(path).then().statusCode(201).extract().path("id");
    }

    private RequestSpecification ops() {
        return withToken(environment.token(Api.OPERATIONS));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail(e);
        }
    }
}
