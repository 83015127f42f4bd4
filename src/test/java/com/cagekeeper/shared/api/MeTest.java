package com.cagekeeper.shared.api;

import static com.cagekeeper.support.Api.SECURITY;
import static com.cagekeeper.support.Api.anonymous;
import static com.cagekeeper.support.Api.as;
import static com.cagekeeper.support.Api.asCustomer;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.cagekeeper.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@DisplayName("GET /api/v1/me: who the token names")
class MeTest {

    @Test
    @DisplayName("provider staff: subject and roles, no customer")
    void staff() {
        as(SECURITY).get("/api/v1/me").then().statusCode(200).body("roles", contains("security"))
                .body("customerId", nullValue()).body("subject", equalTo("test.security"));
    }

    @Test
    @DisplayName("a customer token names its own customer")
    void customer() {
        String customer = Fixtures.customer();
        asCustomer(customer).get("/api/v1/me").then().statusCode(200).body("roles", contains("customer"))
                .body("customerId", equalTo(customer));
    }

    @Test
    @DisplayName("no token: 401")
    void anonymousIsRefused() {
        anonymous().get("/api/v1/me").then().statusCode(401);
    }
}
