package com.cagekeeper.shared;

import static com.cagekeeper.support.Api.OPERATIONS;
import static com.cagekeeper.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.cagekeeper.support.Api;
import com.cagekeeper.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** With the database unreachable, the service answers 503 and says not ready; it never guesses. */
@QuarkusTest
@TestProfile(DatabaseUnavailableTest.NoDatabase.class)
@DisplayName("Database unreachable")
class DatabaseUnavailableTest {

    /** Points the service at a port where nothing listens, and skips the start-up work that needs a database. */
    public static class NoDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.datasource.jdbc.url", "jdbc:mariadb://127.0.0.1:" + closedPort() + "/cagekeeper",
                    "quarkus.datasource.username", "nobody",
                    "quarkus.datasource.jdbc.min-size", "0",
                    "quarkus.datasource.jdbc.initial-size", "0",
                    "quarkus.datasource.jdbc.acquisition-timeout", "1S",
                    "quarkus.flyway.migrate-at-start", "false",
                    "quarkus.scheduler.enabled", "false",
                    "quarkus.hibernate-orm.schema-management.strategy", "none");
        }

        private static int closedPort() {
            try (ServerSocket s = new ServerSocket(0)) {
                return s.getLocalPort();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    @DisplayName("reads answer 503 problem+json with Retry-After, not 500")
    void readsAnswer503() {
        as(OPERATIONS).get("/api/v1/facilities").then().statusCode(503)
                .contentType("application/problem+json").header("Retry-After", equalTo("5"))
                .body("code", equalTo("DEPENDENCY_UNAVAILABLE")).body(not(containsString("Exception")));
    }

    @Test
    @DisplayName("writes answer 503 and report nothing as created")
    void writesAnswer503() {
        as(OPERATIONS).body(Fixtures.facilityBody(Fixtures.code("F", 8))).post("/api/v1/facilities").then()
                .statusCode(503).body("code", equalTo("DEPENDENCY_UNAVAILABLE"));
    }

    @Test
    @DisplayName("rule 11 fail closed: the access check answers 503, never a grant")
    void accessCheckFailsClosed() {
        as(Api.SECURITY).body(Map.of("personId", UUID.randomUUID().toString(), "spaceId",
                UUID.randomUUID().toString())).post("/api/v1/access-checks").then().statusCode(503)
                .contentType("application/problem+json").body("code", equalTo("DEPENDENCY_UNAVAILABLE"))
                .body(not(containsString("GRANTED")));
    }

    @Test
    @DisplayName("readiness is DOWN while the database is unreachable")
    void notReady() {
        io.restassured.RestAssured.get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));
    }
}
