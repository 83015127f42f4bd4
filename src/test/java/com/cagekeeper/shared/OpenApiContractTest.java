package com.cagekeeper.shared;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The checked-in contract, {@code openapi/openapi.yaml}, is the spec the running service
 * serves. To accept a deliberate API change:
 * {@code ./mvnw test -Dtest=OpenApiContractTest -Dopenapi.update=true}, then review the diff.
 */
@QuarkusTest
@DisplayName("OpenAPI contract")
class OpenApiContractTest {

    static final Path CHECKED_IN = Path.of("openapi/openapi.yaml");

    @Test
    @DisplayName("the spec served at /q/openapi equals the checked-in openapi/openapi.yaml")
    void servedSpecMatchesCheckedIn() throws Exception {
        String served = given().queryParam("format", "yaml").get("/q/openapi").then().statusCode(200).extract()
                .asString();
        Path actual = Path.of("target/openapi/openapi.yaml");
        Files.createDirectories(actual.getParent());
        Files.writeString(actual, served, StandardCharsets.UTF_8);
        if (Boolean.getBoolean("openapi.update")) {
            Files.createDirectories(CHECKED_IN.getParent());
            Files.writeString(CHECKED_IN, served, StandardCharsets.UTF_8);
        }
        String checkedIn = Files.exists(CHECKED_IN) ? Files.readString(CHECKED_IN, StandardCharsets.UTF_8) : "";
        assertEquals(checkedIn, served, "openapi/openapi.yaml differs from the served spec (written to " + actual
                + "); if the change is intended, run ./mvnw test -Dtest=OpenApiContractTest -Dopenapi.update=true");
    }
}
