package com.cagekeeper.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Request starters for REST tests: JSON in and out, with a role's token. */
public final class Api {

    public static final String OPERATIONS = "operations";
    public static final String SECURITY = "security";
    public static final String BILLING = "billing";
    public static final String CUSTOMER = "customer";
    public static final String AUDITOR = "auditor";

    private Api() {
    }

    public static RequestSpecification as(String role) {
        return withToken(Tokens.of(role));
    }

    public static RequestSpecification asCustomer(String customerId) {
        return withToken(Tokens.customer(customerId));
    }

    public static RequestSpecification withToken(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON);
    }
}
