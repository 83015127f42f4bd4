package com.cagekeeper.webhooks;

import static com.cagekeeper.support.Api.OPERATIONS;
import static com.cagekeeper.support.Api.as;
import static com.cagekeeper.support.Api.asCustomer;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.cagekeeper.support.Fixtures;
import com.cagekeeper.support.TestClock;
import com.cagekeeper.webhooks.application.WebhookDispatcher;
import com.cagekeeper.webhooks.application.WebhookEndpointService;
import com.cagekeeper.webhooks.domain.WebhookEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@DisplayName("Webhook delivery: signed, in order per endpoint, at least once, retried with growing delays, given up after 26 h, redelivered on request, a customer's events only")
class WebhookDeliveryTest {

    static final String ENDPOINTS = "/api/v1/webhook-endpoints";
    static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    @Inject
    TestClock clock;
    @Inject
    TestEvents events;
    @Inject
    WebhookDispatcher dispatcher;
    @Inject
    WebhookEndpointService endpoints;
    @Inject
    ObjectMapper json;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** Registers after every event committed so far is positioned, so the endpoint starts after them all. */
    private String register(String customer, String url) {
        events.settle();
        return asCustomer(customer).body(Map.of("url", url, "secret", SECRET)).post(ENDPOINTS).then().statusCode(201)
                .extract().path("id");
    }

    private static List<String> ids(WebhookEvent... published) {
        return java.util.Arrays.stream(published).map(WebhookEvent::id).toList();
    }

    @Test
    @DisplayName("each of a customer's events arrives once, in feed order, signed over id.timestamp.body, as {type, timestamp, data}; B's endpoint gets only B's; a provider-wide one gets all")
    void signedOrderedTenantScoped() throws Exception {
        String a = Fixtures.customer();
        String b = Fixtures.customer();
        try (Receiver toA = new Receiver(SECRET, 0); Receiver toB = new Receiver(SECRET, 0);
                Receiver toOps = new Receiver(SECRET, 0)) {
            String aEndpoint = register(a, toA.url());
            register(b, toB.url());
            as(OPERATIONS).body(Map.of("url", toOps.url(), "secret", SECRET)).post(ENDPOINTS).then().statusCode(201);
            WebhookEvent a1 = events.publish("PERSON_REQUESTED", "p-a", a);
            WebhookEvent b1 = events.publish("PERSON_APPROVED", "p-b", b);
            WebhookEvent a2 = events.publish("PERSON_APPROVED", "p-a", a);
            WebhookEvent provider = events.publish("PERSON_REVOKED", "p-x", null);
            WebhookEvent a3 = events.publish("PERSON_REVOKED", "p-a", a);

            dispatcher.round();
            dispatcher.round(); // nothing new: nothing sent twice

            assertEquals(ids(a1, a2, a3), toA.ids());
            assertEquals(ids(b1), toB.ids());
            assertEquals(ids(a1, b1, a2, provider, a3), toOps.ids());
            for (Receiver.Received r : toA.received()) {
                assertTrue(r.signatureValid(), "signature of " + r.id());
                assertTrue(Math.abs(r.timestamp() - clock.instant().getEpochSecond()) < 60, "timestamp " + r.timestamp());
            }
            JsonNode body = json.readTree(toA.received().get(1).body());
            assertEquals("PERSON_APPROVED", body.path("type").asText());
            assertEquals(a2.occurredAt(), Instant.parse(body.path("timestamp").asText()));
            assertEquals(a, body.path("data").path("customerId").asText());
            assertEquals("p-a", body.path("data").path("subjectId").asText());
            assertEquals(a2.position(), body.path("data").path("position").asLong());
            assertEquals("p-a", body.path("data").path("payload").path("personId").asText());

            asCustomer(a).get(ENDPOINTS + "/{id}/attempts", aEndpoint).then().statusCode(200)
                    .body("items.eventId", equalTo(ids(a1, a2, a3)))
                    .body("items.outcome", equalTo(List.of("DELIVERED", "DELIVERED", "DELIVERED")))
                    .body("items.statusCode", equalTo(List.of(200, 200, 200)))
                    .body("items.attempt", equalTo(List.of(1, 1, 1)));
            asCustomer(a).get(ENDPOINTS + "/{id}", aEndpoint).then().body("deliveredPosition", equalTo((int) a3.position()));
        }
    }

    @Test
    @DisplayName("a person asked for and approved through the API reaches the customer's endpoint as PERSON_REQUESTED then PERSON_APPROVED, signed; another customer's endpoint gets neither")
    void businessActionsAreDelivered() throws Exception {
        var t = Fixtures.tenancy();
        String other = Fixtures.customer();
        try (Receiver r = new Receiver(SECRET, 0); Receiver others = new Receiver(SECRET, 0)) {
            asCustomer(t.customerId()).body(Map.of("url", r.url(), "secret", SECRET, "eventTypes",
                    List.of("PERSON_REQUESTED", "PERSON_APPROVED"))).post(ENDPOINTS).then().statusCode(201);
            register(other, others.url());
            String person = Fixtures.requestedPerson(t.customerId(), t.spaceId());
            Fixtures.approve(person);
            events.settle();
            dispatcher.round();
            List<String> types = new java.util.ArrayList<>();
            for (Receiver.Received received : r.received()) {
                JsonNode body = json.readTree(received.body());
                assertTrue(received.signatureValid());
                assertEquals(person, body.path("data").path("subjectId").asText());
                assertEquals(t.customerId(), body.path("data").path("customerId").asText());
                types.add(body.path("type").asText());
            }
            assertEquals(List.of("PERSON_REQUESTED", "PERSON_APPROVED"), types);
            assertEquals(List.of(), others.ids());
        }
    }

    @Test
    @DisplayName("an endpoint registered later starts with the events committed after it; one whose types are chosen gets only those")
    void startsAtRegistrationAndFiltersTypes() throws Exception {
        String a = Fixtures.customer();
        events.publish("PERSON_APPROVED", "p-old", a);
        try (Receiver r = new Receiver(SECRET, 0)) {
            asCustomer(a).body(Map.of("url", r.url(), "secret", SECRET, "eventTypes", List.of("PERSON_REVOKED")))
                    .post(ENDPOINTS).then().statusCode(201);
            events.publish("PERSON_APPROVED", "p-a", a);
            WebhookEvent revoked = events.publish("PERSON_REVOKED", "p-a", a);
            dispatcher.round();
            assertEquals(ids(revoked), r.ids());
        }
    }

    @Test
    @DisplayName("a receiver down for three attempts: the head event is retried after growing delays, the next waits behind it, then both arrive in order")
    void retriesInOrder() throws Exception {
        String a = Fixtures.customer();
        try (Receiver r = new Receiver(SECRET, 3)) {
            String endpoint = register(a, r.url());
            WebhookEvent first = events.publish("PERSON_REQUESTED", "p-1", a);
            WebhookEvent second = events.publish("PERSON_APPROVED", "p-1", a);

            List<Duration> ceilings = List.of(Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofMinutes(2));
            for (int failure = 1; failure <= 3; failure++) {
                Instant before = clock.instant();
                dispatcher.round();
                assertEquals(failure, r.ids().size(), "attempts after failure " + failure);
                var view = asCustomer(a).get(ENDPOINTS + "/{id}", endpoint).then().statusCode(200)
                        .body("failedAttempts", equalTo(failure)).body("state", equalTo("ENABLED")).extract();
                Instant next = Instant.parse(view.path("nextAttemptAt"));
                Duration ceiling = ceilings.get(failure - 1);
                assertTrue(!next.isBefore(before.plus(ceiling.dividedBy(2))), "retry " + failure + " at " + next);
                assertTrue(!next.isAfter(clock.instant().plus(ceiling)), "retry " + failure + " at " + next);
                clock.standAt(before.minus(Duration.ofMinutes(1)));
                dispatcher.round(); // not yet due: nothing sent
                assertEquals(failure, r.ids().size(), "a retry before its time after failure " + failure);
                clock.standAt(next);
            }
            dispatcher.round();

            assertEquals(List.of(first.id(), first.id(), first.id(), first.id(), second.id()), r.ids());
            assertTrue(r.received().stream().allMatch(Receiver.Received::signatureValid));
            asCustomer(a).get(ENDPOINTS + "/{id}/attempts", endpoint).then()
                    .body("items.attempt", equalTo(List.of(1, 2, 3, 4, 1)))
                    .body("items.outcome", equalTo(List.of("FAILED", "FAILED", "FAILED", "DELIVERED", "DELIVERED")))
                    .body("items[0].statusCode", equalTo(500));
            asCustomer(a).get(ENDPOINTS + "/{id}", endpoint).then().body("failedAttempts", equalTo(0))
                    .body("nextAttemptAt", nullValue()).body("failingSince", nullValue());
        }
    }

    @Test
    @DisplayName("a receiver down for good: retried for 26 h, then the endpoint is DISABLED naming the event and the error; enabled again it resumes at that event, in order")
    void givesUpThenResumes() throws Exception {
        String a = Fixtures.customer();
        try (Receiver r = new Receiver(SECRET, Integer.MAX_VALUE)) {
            String endpoint = register(a, r.url());
            WebhookEvent stuck = events.publish("PERSON_APPROVED", "p-1", a);
            Instant firstFailure = clock.instant();
            dispatcher.round();
            String state = "ENABLED";
            for (int i = 0; i < 40 && state.equals("ENABLED"); i++) {
                clock.advance(Duration.ofHours(4));
                dispatcher.round();
                state = asCustomer(a).get(ENDPOINTS + "/{id}", endpoint).then().extract().path("state");
            }
            WebhookEvent waiting = events.publish("PERSON_REVOKED", "p-1", a);
            var disabled = asCustomer(a).get(ENDPOINTS + "/{id}", endpoint).then().statusCode(200)
                    .body("state", equalTo("DISABLED"))
                    .body("disabledReason", containsString("Gave up on event " + stuck.id() + " (PERSON_APPROVED)"))
                    .body("disabledReason", containsString("last error: HTTP 500")).extract();
            Instant disabledAt = Instant.parse(disabled.path("disabledAt"));
            assertTrue(!disabledAt.isBefore(firstFailure.plus(Duration.ofHours(26))), "disabled at " + disabledAt);
            assertTrue(r.ids().stream().allMatch(stuck.id()::equals), "only the head event was tried: " + r.ids());
            int tries = r.ids().size();
            dispatcher.round();
            assertEquals(tries, r.ids().size(), "a disabled endpoint receives nothing");
            String failed = asCustomer(a).queryParam("outcome", "FAILED").get(ENDPOINTS + "/{id}/attempts", endpoint)
                    .then().extract().path("items[0].id");
            asCustomer(a).post(ENDPOINTS + "/{id}/attempts/{attempt}/redelivery", endpoint, failed).then()
                    .statusCode(409).body("code", equalTo("WEBHOOK_ENDPOINT_DISABLED"));

            r.failNext(0);
            asCustomer(a).body("{}").post(ENDPOINTS + "/{id}/enable", endpoint).then().statusCode(200);
            dispatcher.round();
            assertEquals(List.of(stuck.id(), waiting.id()), r.ids().subList(tries, r.ids().size()));
        }
    }

    @Test
    @DisplayName("a failed attempt is redelivered on request with the same webhook-id; delivered, the endpoint moves past it; a delivered attempt is not redelivered (409); another customer gets 404")
    void redelivery() throws Exception {
        String a = Fixtures.customer();
        String b = Fixtures.customer();
        try (Receiver r = new Receiver(SECRET, 1)) {
            String endpoint = register(a, r.url());
            WebhookEvent event = events.publish("PERSON_APPROVED", "p-1", a);
            dispatcher.round();
            String failed = asCustomer(a).get(ENDPOINTS + "/{id}/attempts", endpoint).then()
                    .body("items[0].outcome", equalTo("FAILED")).extract().path("items[0].id");
            asCustomer(b).post(ENDPOINTS + "/{id}/attempts/{attempt}/redelivery", endpoint, failed).then()
                    .statusCode(404);
            String again = asCustomer(a).post(ENDPOINTS + "/{id}/attempts/{attempt}/redelivery", endpoint, failed)
                    .then().statusCode(201).body("outcome", equalTo("DELIVERED")).body("redelivery", equalTo(true))
                    .body("attempt", equalTo(2)).body("eventId", equalTo(event.id()))
                    .header("Location", containsString(ENDPOINTS + "/" + endpoint + "/attempts/")).extract().path("id");
            assertEquals(List.of(event.id(), event.id()), r.ids());
            asCustomer(a).get(ENDPOINTS + "/{id}", endpoint).then().body("deliveredPosition", equalTo((int) event.position()))
                    .body("nextAttemptAt", nullValue());
            asCustomer(a).post(ENDPOINTS + "/{id}/attempts/{attempt}/redelivery", endpoint, again).then()
                    .statusCode(409).body("code", equalTo("WEBHOOK_ATTEMPT_NOT_FAILED"));
            asCustomer(a).get(ENDPOINTS + "/{id}/attempts/{attempt}", endpoint, again).then().statusCode(200)
                    .body("redelivery", equalTo(true));
            asCustomer(b).get(ENDPOINTS + "/{id}/attempts/{attempt}", endpoint, again).then().statusCode(404);
            clock.advance(Duration.ofMinutes(1));
            dispatcher.round();
            assertEquals(2, r.ids().size(), "the redelivered event is not sent again by the schedule");
        }
    }

    @Test
    @DisplayName("one round reaches every due endpoint, more than a page of them, not only the first page over and over")
    void aRoundReachesEveryEndpoint() throws Exception {
        String a = Fixtures.customer();
        try (Receiver r = new Receiver(SECRET, 0)) {
            for (int i = 0; i < 12; i++) {
                register(a, r.url());
            }
            WebhookEvent event = events.publish("PERSON_APPROVED", "p-1", a);
            dispatcher.round();
            assertEquals(java.util.Collections.nCopies(12, event.id()), r.ids());
        }
    }

    @Test
    @DisplayName("an endpoint another replica has claimed is not delivered to until the claim is given back")
    void claimKeepsOneReplicaPerEndpoint() throws Exception {
        String a = Fixtures.customer();
        try (Receiver r = new Receiver(SECRET, 0)) {
            String endpoint = register(a, r.url());
            WebhookEvent event = events.publish("PERSON_APPROVED", "p-1", a);
            assertTrue(endpoints.claim(endpoint, "replica-other").isPresent());
            assertTrue(endpoints.claim(endpoint, "replica-third").isEmpty(), "a held claim is not taken twice");
            dispatcher.round();
            assertEquals(List.of(), r.ids());
            endpoints.release(endpoint, "replica-other");
            dispatcher.round();
            assertEquals(List.of(event.id()), r.ids());
        }
    }
}
