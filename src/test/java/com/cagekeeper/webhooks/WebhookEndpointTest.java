package com.cagekeeper.webhooks;

import static com.cagekeeper.support.Api.AUDITOR;
import static com.cagekeeper.support.Api.OPERATIONS;
import static com.cagekeeper.support.Api.SECURITY;
import static com.cagekeeper.support.Api.as;
import static com.cagekeeper.support.Api.asCustomer;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.cagekeeper.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@DisplayName("Webhook endpoints: registered by a customer for itself or by operations, secrets shown once, another's never seen")
class WebhookEndpointTest {

    static final String ENDPOINTS = "/api/v1/webhook-endpoints";

    static Map<String, Object> body(String url, List<String> types) {
        return Map.of("url", url, "eventTypes", types, "description", "Portal");
    }

    @Test
    @DisplayName("a customer registers for itself: 201 with Location and a generated whsec_ secret, which no read shows again")
    void customerRegisters() {
        String customer = Fixtures.customer();
        var created = asCustomer(customer).body(body("https://portal.example.com/hook", List.of("PERSON_APPROVED")))
                .post(ENDPOINTS).then().statusCode(201).header("Location", containsString(ENDPOINTS + "/"))
                .body("customerId", equalTo(customer)).body("state", equalTo("ENABLED"))
                .body("eventTypes", equalTo(List.of("PERSON_APPROVED")))
                .body("secret", matchesPattern("^whsec_[A-Za-z0-9+/]{43}=$")).extract();
        String id = created.path("id");
        asCustomer(customer).get(ENDPOINTS + "/{id}", id).then().statusCode(200).body("secret", nullValue());
        asCustomer(customer).get(ENDPOINTS).then().statusCode(200).body("items.id", hasItem(id))
                .body("items.secret", everyItem(nullValue()));
        as(AUDITOR).get(ENDPOINTS + "/{id}", id).then().statusCode(200);
    }

    @Test
    @DisplayName("a customer cannot register for another customer (400), see another's endpoint or a provider-wide one (404)")
    void tenancy() {
        String a = Fixtures.customer();
        String b = Fixtures.customer();
        asCustomer(a).body(Map.of("customerId", b, "url", "https://a.example.com/hook")).post(ENDPOINTS).then()
                .statusCode(400).body("errors.field", hasItem("customerId"));
        String aEndpoint = asCustomer(a).body(Map.of("url", "https://a.example.com/hook")).post(ENDPOINTS).then()
                .statusCode(201).extract().path("id");
        String providerWide = as(OPERATIONS).body(Map.of("url", "https://ops.example.com/hook")).post(ENDPOINTS)
                .then().statusCode(201).body("customerId", nullValue()).extract().path("id");
        for (String id : List.of(aEndpoint, providerWide)) {
            asCustomer(b).get(ENDPOINTS + "/{id}", id).then().statusCode(404);
            asCustomer(b).get(ENDPOINTS + "/{id}/attempts", id).then().statusCode(404);
            asCustomer(b).body("{}").post(ENDPOINTS + "/{id}/disable", id).then().statusCode(404);
        }
        asCustomer(b).get(ENDPOINTS).then().statusCode(200).body("items.id", not(hasItem(aEndpoint)))
                .body("items.id", not(hasItem(providerWide)));
        asCustomer(b).queryParam("customerId", a).get(ENDPOINTS).then().statusCode(200).body("items", empty());
        as(OPERATIONS).queryParam("customerId", a).get(ENDPOINTS).then().statusCode(200)
                .body("items.id", equalTo(List.of(aEndpoint)));
    }

    @Test
    @DisplayName("operations registers for a named customer; an unknown customer is a 422 naming customerId; security may not register")
    void operationsForACustomer() {
        String customer = Fixtures.customer();
        as(OPERATIONS).body(Map.of("customerId", customer, "url", "https://c.example.com/hook")).post(ENDPOINTS)
                .then().statusCode(201).body("customerId", equalTo(customer)).body("createdBy", equalTo("test.operations"));
        as(OPERATIONS).body(Map.of("customerId", "0190c0de-0000-7000-8000-000000000000", "url",
                "https://c.example.com/hook")).post(ENDPOINTS).then().statusCode(422)
                .body("code", equalTo("CUSTOMER_UNKNOWN")).body("errors.field", hasItem("customerId"));
        as(SECURITY).body(Map.of("url", "https://c.example.com/hook")).post(ENDPOINTS).then().statusCode(403);
    }

    @Test
    @DisplayName("unknown event types, a malformed secret and a URL that is not http(s) are 422s naming their field; nothing is written")
    void refusals() {
        String customer = Fixtures.customer();
        asCustomer(customer).body(body("https://c.example.com/hook", List.of("PERSON_APPROVED", "PERSON_TELEPORTED")))
                .post(ENDPOINTS).then().statusCode(422).body("code", equalTo("WEBHOOK_EVENT_TYPE_UNKNOWN"))
                .body("errors.field", hasItem("eventTypes")).body("detail", containsString("PERSON_TELEPORTED"));
        asCustomer(customer).body(Map.of("url", "https://c.example.com/hook", "secret", "hunter2")).post(ENDPOINTS)
                .then().statusCode(422).body("code", equalTo("WEBHOOK_SECRET_INVALID"))
                .body("errors.field", hasItem("secret"));
        for (String url : List.of("ftp://c.example.com/hook", "file:///etc/passwd", "https://user:pw@c.example.com/",
                "c.example.com/hook")) {
            asCustomer(customer).body(Map.of("url", url)).post(ENDPOINTS).then().statusCode(422)
                    .body("code", equalTo("WEBHOOK_URL_INVALID")).body("errors.field", hasItem("url"));
        }
        asCustomer(customer).get(ENDPOINTS).then().statusCode(200).body("items", empty());
    }

    @Test
    @DisplayName("a chosen secret is kept and returned once; the same Idempotency-Key registers one endpoint")
    void chosenSecretAndIdempotency() {
        String customer = Fixtures.customer();
        Map<String, Object> request = Map.of("url", "https://c.example.com/hook", "secret",
                "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        String first = asCustomer(customer).header("Idempotency-Key", "hook-1").body(request).post(ENDPOINTS).then()
                .statusCode(201).body("secret", equalTo("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")).extract().path("id");
        asCustomer(customer).header("Idempotency-Key", "hook-1").body(request).post(ENDPOINTS).then().statusCode(201)
                .body("id", equalTo(first));
        asCustomer(customer).get(ENDPOINTS).then().body("items.id", equalTo(List.of(first)));
    }

    @Test
    @DisplayName("disable and enable: each refused (409) when already so; a stale If-Match is a 412")
    void disableEnable() {
        String customer = Fixtures.customer();
        String id = asCustomer(customer).body(Map.of("url", "https://c.example.com/hook")).post(ENDPOINTS).then()
                .statusCode(201).extract().path("id");
        asCustomer(customer).header("If-Match", "\"7\"").body("{}").post(ENDPOINTS + "/{id}/disable", id).then()
                .statusCode(412);
        asCustomer(customer).body(Map.of("reason", "Maintenance")).post(ENDPOINTS + "/{id}/disable", id).then()
                .statusCode(200).body("state", equalTo("DISABLED"))
                .body("disabledReason", equalTo("Disabled by test.customer." + customer + ": Maintenance"));
        asCustomer(customer).body("{}").post(ENDPOINTS + "/{id}/disable", id).then().statusCode(409)
                .body("code", equalTo("WEBHOOK_ENDPOINT_DISABLED"));
        asCustomer(customer).body("{}").post(ENDPOINTS + "/{id}/enable", id).then().statusCode(200)
                .body("state", equalTo("ENABLED")).body("disabledReason", nullValue());
        as(OPERATIONS).body("{}").post(ENDPOINTS + "/{id}/enable", id).then().statusCode(409)
                .body("code", equalTo("WEBHOOK_ENDPOINT_ENABLED"));
        as(OPERATIONS).queryParam("state", "DISABLED").queryParam("customerId", customer).get(ENDPOINTS).then()
                .statusCode(200).body("items", empty());
    }
}
