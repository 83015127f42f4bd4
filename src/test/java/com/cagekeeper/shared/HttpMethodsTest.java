package com.cagekeeper.shared;

import static com.cagekeeper.support.Api.OPERATIONS;
import static com.cagekeeper.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.cagekeeper.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** A 405 names the methods the path answers in Allow, and OPTIONS advertises exactly those. */
@QuarkusTest
@DisplayName("HTTP methods")
class HttpMethodsTest {

    static final String ID = "0190c7a4-0000-7000-8000-00000000dead";

    @Test
    @DisplayName("DELETE on a facility answers 405 with Allow: GET, HEAD, OPTIONS, PUT")
    void notAllowedNamesTheMethods() {
        String facility = Fixtures.facility();
        as(OPERATIONS).delete("/api/v1/facilities/{id}", facility).then().statusCode(405)
                .header("Allow", equalTo("GET, HEAD, OPTIONS, PUT")).body("code", equalTo("METHOD_NOT_ALLOWED"));
        as(OPERATIONS).get("/api/v1/facilities/{id}/operating-state", facility).then().statusCode(405)
                .header("Allow", equalTo("OPTIONS, POST"));
        as(OPERATIONS).body("{}").put("/api/v1/facilities").then().statusCode(405)
                .header("Allow", equalTo("GET, HEAD, OPTIONS, POST"));
    }

    @Test
    @DisplayName("OPTIONS advertises the methods of the path only, and none of them answers 405; every other method does, with the same Allow")
    void optionsAgreesWithTheMethods() {
        for (String path : List.of("/api/v1/facilities", "/api/v1/facilities/" + ID,
                "/api/v1/facilities/" + ID + "/operating-state", "/api/v1/customers/" + ID, "/api/v1/spaces",
                "/api/v1/spaces/" + ID + "/suspensions", "/api/v1/spaces/" + ID + "/underlying-lease-termination",
                "/api/v1/orders/" + ID + "/activation", "/api/v1/people/" + ID + "/approval",
                "/api/v1/visits/" + ID, "/api/v1/suspensions/" + ID + "/lift", "/api/v1/access-checks",
                "/api/v1/access-checks/preview", "/api/v1/access-events", "/api/v1/audit", "/api/v1/notices",
                "/api/v1/notices/" + ID + "/delivery", "/api/v1/invoices/" + ID, "/api/v1/invoices/" + ID + "/payments",
                "/api/v1/disputes/" + ID + "/resolution", "/api/v1/customers/" + ID + "/standing",
                "/api/v1/customers/" + ID + "/charges", "/api/v1/customers/" + ID + "/late-charges")) {
            Response options = as(OPERATIONS).options(path);
            assertEquals(204, options.statusCode(), path);
            String allow = options.header("Allow");
            Set<String> advertised = new TreeSet<>(Arrays.asList(allow.split(", ")));
            for (String method : List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE")) {
                Response r = as(OPERATIONS).body("{}").request(method, path);
                if (advertised.contains(method)) {
                    assertNotEquals(405, r.statusCode(), method + " " + path + " is advertised by OPTIONS");
                } else {
                    assertEquals(405, r.statusCode(), method + " " + path + " is not advertised: " + allow);
                    assertEquals(allow, r.header("Allow"), method + " " + path);
                }
            }
        }
    }

    @Test
    @DisplayName("OPTIONS on a path that does not exist answers 404")
    void optionsOnNothing() {
        as(OPERATIONS).options("/api/v1/nothing").then().statusCode(404);
    }
}
