package com.cagekeeper.space;

import static com.cagekeeper.support.Api.OPERATIONS;
import static com.cagekeeper.support.Api.SECURITY;
import static com.cagekeeper.support.Api.as;
import static com.cagekeeper.support.Api.asCustomer;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.cagekeeper.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@DisplayName("Suspensions (§3.2)")
class SuspensionResourceTest {

    static String suspend(String spaceId) {
        return as(OPERATIONS).body(Map.of("reason", "UNSAFE_PRACTICE", "description", "Cables across the aisle"))
                .post("/api/v1/spaces/{id}/suspensions", spaceId).then().statusCode(201).extract().path("id");
    }

    @Test
    @DisplayName("§3.2 a space with no customer operations cannot be suspended (409)")
    void needsALessee() {
        String free = Fixtures.space(Fixtures.facility());
        as(OPERATIONS).body(Map.of("reason", "EMERGENCY", "description", "x"))
                .post("/api/v1/spaces/{id}/suspensions", free).then().statusCode(409)
                .body("code", equalTo("SPACE_NOT_LEASED")).body("clause", equalTo("§3.2"));
    }

    @Test
    @DisplayName("a customer sees the suspensions of its own spaces only; another's answers 404")
    void tenancy() {
        var a = Fixtures.tenancy();
        var b = Fixtures.tenancy();
        String mine = suspend(a.spaceId());
        String theirs = suspend(b.spaceId());
        asCustomer(a.customerId()).get("/api/v1/suspensions/{id}", mine).then().statusCode(200)
                .body("reason", equalTo("UNSAFE_PRACTICE"));
        asCustomer(a.customerId()).get("/api/v1/suspensions/{id}", theirs).then().statusCode(404);
        asCustomer(a.customerId()).queryParam("standing", true).get("/api/v1/suspensions").then()
                .body("items.id", contains(mine));
        as(SECURITY).queryParam("spaceId", b.spaceId()).get("/api/v1/suspensions").then()
                .body("items.id", contains(theirs));
        as(OPERATIONS).body(Map.of("note", "cleared")).post("/api/v1/suspensions/{id}/lift", mine).then()
                .statusCode(200);
        as(OPERATIONS).body(Map.of("note", "again")).post("/api/v1/suspensions/{id}/lift", mine).then()
                .statusCode(409).body("code", equalTo("SUSPENSION_ALREADY_LIFTED"));
        as(OPERATIONS).queryParam("spaceId", a.spaceId()).queryParam("standing", false)
                .get("/api/v1/suspensions").then().body("items.id", contains(mine));
    }
}
