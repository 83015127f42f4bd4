package com.cagekeeper.shared;

import static com.cagekeeper.support.Api.AUDITOR;
import static com.cagekeeper.support.Api.BILLING;
import static com.cagekeeper.support.Api.CUSTOMER;
import static com.cagekeeper.support.Api.OPERATIONS;
import static com.cagekeeper.support.Api.SECURITY;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.both;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.equalToIgnoringCase;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.oneOf;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

import com.cagekeeper.support.Api;
import com.cagekeeper.support.DevToken;
import com.cagekeeper.support.Tokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * Every operation under /api, as the served spec lists it, refuses a request without a
 * valid token (401) and a role its {@code security} requirement does not name (403), and
 * lets through the roles it names. The spec is read at run time, so a new endpoint is
 * covered without touching this class.
 */
@QuarkusTest
@DisplayName("Authorization matrix: every /api operation against every role")
class AuthorizationMatrixTest {

    static final List<String> ROLES = List.of(OPERATIONS, SECURITY, BILLING, CUSTOMER, AUDITOR);
    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    static final String PROBLEM_JSON = "application/problem+json";

    /** An operation of the served spec and the roles its security requirement names. */
    record Operation(String method, String path, JsonNode node) {

        String name() {
            return method.toUpperCase(Locale.ROOT) + " " + path;
        }

        boolean declaresSecurity() {
            return node.has("security") && node.get("security").isArray() && !node.get("security").isEmpty();
        }

        /** The union of the bearer scopes over the operation's security requirements. */
        Set<String> allowedRoles() {
            Set<String> roles = new LinkedHashSet<>();
            if (declaresSecurity()) {
                for (JsonNode requirement : node.get("security")) {
                    requirement.path("bearer").forEach(scope -> roles.add(scope.asText()));
                }
            }
            return roles;
        }

        /** The request, with each path parameter a random UUID and {@code {}} as the body of a write. */
        ValidatableResponse send(RequestSpecification request) {
            String concrete = path.replaceAll("\\{[^}/]+\\}", UUID.randomUUID().toString());
            if (method.equals("post") || method.equals("put") || method.equals("patch")) {
                request = request.body("{}");
            }
            return request.request(method.toUpperCase(Locale.ROOT), concrete).then();
        }
    }

    /** A fresh RSA private key (PKCS#8 PEM) that the service has never seen. */
    static String foreignPrivateKeyPem() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(generator.generateKeyPair().getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
    }

    /** The token's claims under an {@code alg: none} header, without a signature. */
    static String unsigned(String token) {
        String header = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        return header + "." + token.split("\\.")[1] + ".";
    }

    /** The header and claims of {@code wanted} carrying the signature of {@code signed}. */
    static String claimsSwapped(String signed, String wanted) {
        String[] w = wanted.split("\\.");
        return w[0] + "." + w[1] + "." + signed.split("\\.")[2];
    }

    static List<Operation> apiOperations() throws Exception {
        String served = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract()
                .asString();
        JsonNode paths = new ObjectMapper().readTree(served).path("paths");
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> path = it.next();
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (METHODS.contains(op.getKey())) {
                    operations.add(new Operation(op.getKey(), path.getKey(), op.getValue()));
                }
            }
        }
        return operations;
    }

    /** A token for the role; a customer token acts for some customer, as the role requires. */
    static String tokenFor(String role) {
        return role.equals(CUSTOMER) ? Tokens.customer(UUID.randomUUID().toString()) : Tokens.of(role);
    }

    @Test
    @DisplayName("the served spec lists the API's operations, each declaring a bearer security requirement")
    void everyOperationDeclaresSecurity() throws Exception {
        List<Operation> operations = apiOperations();
        assertFalse(operations.isEmpty(), "the served spec lists no operation under /api");
        List<String> undeclared = operations.stream().filter(op -> !op.declaresSecurity()).map(Operation::name)
                .toList();
        assertTrue(undeclared.isEmpty(), "operations without a security requirement: " + undeclared);
    }

    @Test
    @DisplayName("no /api operation is open: each names at least one role, and only the five roles of the contract")
    void everyOperationNamesKnownRoles() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Operation op : apiOperations()) {
            Set<String> roles = op.allowedRoles();
            if (roles.isEmpty()) {
                problems.add(op.name() + " names no role");
            }
            roles.stream().filter(r -> !ROLES.contains(r)).forEach(r -> problems.add(op.name() + " names " + r));
        }
        assertTrue(problems.isEmpty(), String.join("; ", problems));
    }

    @TestFactory
    @DisplayName("each operation: 401 without a valid token, 403 for a role it does not name, through for one it names")
    Stream<DynamicNode> matrix() throws Exception {
        List<Operation> operations = apiOperations();
        assertFalse(operations.isEmpty(), "the served spec lists no operation under /api");
        String foreignKey = foreignPrivateKeyPem();
        List<DynamicNode> containers = new ArrayList<>();
        for (Operation op : operations) {
            containers.add(dynamicContainer(op.name(), cases(op, foreignKey)));
        }
        return containers.stream();
    }

    private static Stream<DynamicNode> cases(Operation op, String foreignKey) throws Exception {
        Set<String> allowed = op.allowedRoles();
        // an allowed role, so a bad token is refused for being bad and not for its role
        String role = allowed.stream().filter(ROLES::contains).findFirst().orElse(OPERATIONS);
        String customerId = role.equals(CUSTOMER) ? UUID.randomUUID().toString() : null;
        List<DynamicNode> cases = new ArrayList<>();
        cases.add(check(op.name() + " without a token -> 401 problem+json with WWW-Authenticate: Bearer",
                () -> op.send(Api.anonymous()).statusCode(401).contentType(startsWith(PROBLEM_JSON))
                        .header("WWW-Authenticate", startsWith("Bearer")).body("status", equalTo(401))));
        cases.add(check(op.name() + " with a garbage token -> 401",
                () -> unauthorized(op.send(Api.withToken("not.a-jwt.at-all")))));
        String forged = DevToken.mint(foreignKey, "test.forger", role, customerId, Instant.now(), 3600);
        cases.add(check(op.name() + " with a " + role + " token signed by another key -> 401",
                () -> unauthorized(op.send(Api.withToken(forged)))));
        cases.add(check(op.name() + " with an unsigned (alg none) " + role + " token -> 401",
                () -> unauthorized(op.send(Api.withToken(unsigned(Tokens.mint("test.unsigned", role, customerId,
                        3600)))))));
        cases.add(check(op.name() + " with a token whose claims were changed to " + role + " after signing -> 401",
                () -> unauthorized(op.send(Api.withToken(claimsSwapped(
                        Tokens.mint("test.tamper", "nobody", null, 3600),
                        Tokens.mint("test.tamper", role, customerId, 3600)))))));
        cases.add(check(op.name() + " with an expired " + role + " token -> 401",
                () -> unauthorized(op.send(Api.withToken(
                        Tokens.mint("test.expired." + role, role, customerId, -3600))))));
        for (String r : ROLES) {
            if (allowed.contains(r)) {
                cases.add(check(op.name() + " as " + r + " -> neither 401 nor 403",
                        () -> op.send(Api.withToken(tokenFor(r))).statusCode(
                                both(greaterThanOrEqualTo(200)).and(lessThan(500)))
                                .statusCode(not(oneOf(401, 403)))));
            } else {
                cases.add(check(op.name() + " as " + r + " -> 403",
                        () -> op.send(Api.withToken(tokenFor(r))).statusCode(403)
                                .contentType(startsWith(PROBLEM_JSON)).body("status", equalTo(403))
                                .body("code", equalToIgnoringCase("FORBIDDEN"))));
            }
        }
        return cases.stream();
    }

    /** A named case whose failure message starts with its name, as plain reports show only an index. */
    private static DynamicTest check(String name, Executable executable) {
        return dynamicTest(name, () -> {
            try {
                executable.execute();
            } catch (AssertionError e) {
                throw new AssertionError(name + ": " + String.valueOf(e.getMessage()).strip(), e);
            }
        });
    }

    private static void unauthorized(ValidatableResponse response) {
        response.statusCode(401).contentType(startsWith(PROBLEM_JSON)).header("WWW-Authenticate", startsWith("Bearer"))
                .body("status", equalTo(401));
    }
}
