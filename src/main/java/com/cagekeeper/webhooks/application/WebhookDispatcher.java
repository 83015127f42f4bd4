package com.cagekeeper.webhooks.application;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.cagekeeper.shared.domain.RuleViolation;
import com.cagekeeper.webhooks.domain.AddressResolver;
import com.cagekeeper.webhooks.domain.EventSource;
import com.cagekeeper.webhooks.domain.WebhookEndpoint;
import com.cagekeeper.webhooks.domain.WebhookEvent;
import com.cagekeeper.webhooks.domain.WebhookSecret;
import com.cagekeeper.webhooks.domain.WebhookSender;
import com.cagekeeper.webhooks.domain.WebhookSettings;
import com.cagekeeper.webhooks.domain.WebhookSignature;
import com.cagekeeper.webhooks.domain.WebhookTarget;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.scheduler.Scheduled;

/**
 * Delivers committed domain events to webhook endpoints, at least once and in order per
 * endpoint. A round claims due endpoints (a lease in a short transaction, so two replicas never
 * deliver to one endpoint at once), sends each endpoint's events after its position one at a
 * time outside any transaction, records every attempt in a short transaction, and stops at an
 * endpoint's first failure: the next event waits for it. Each request is signed the Standard
 * Webhooks way and its target checked again, since DNS can change.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

    /** This replica, as it signs its claims. */
    final String instance = "replica-" + UUID.randomUUID();

    @Inject
    Clock clock;
    @Inject
    WebhookEndpointService endpoints;
    @Inject
    EventSource events;
    @Inject
    WebhookSender sender;
    @Inject
    AddressResolver resolver;
    @Inject
    WebhookSettings settings;
    @Inject
    ObjectMapper json;

    @Scheduled(identity = "webhook-dispatch", every = "{webhooks.dispatch-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        int sent = round();
        if (sent > 0) {
            LOG.debugf("Webhook round: %d attempt(s)", sent);
        }
    }

    /**
     * One delivery round over every due endpoint, by id, a page at a time; an endpoint with
     * nothing after its position is passed over without a claim. Answers the attempts made.
     */
    public int round() {
        int attempts = 0;
        Instant end = clock.instant().plus(settings.lease().dividedBy(2));
        long last = events.lastPosition();
        String after = null;
        List<WebhookEndpoint.Due> page;
        do {
            page = endpoints.due(after, settings.endpointsPerPage());
            for (WebhookEndpoint.Due due : page) {
                after = due.id();
                if (due.deliveredPosition() >= last || !clock.instant().isBefore(end)) {
                    continue; // nothing new for it, or the round's time is up
                }
                var claimed = endpoints.claim(due.id(), instance);
                if (claimed.isEmpty()) {
                    continue; // another replica holds it
                }
                try {
                    attempts += deliver(claimed.get(), end);
                } catch (RuntimeException e) {
                    LOG.errorf(e, "Webhook delivery to endpoint %s stopped", due.id());
                } finally {
                    endpoints.release(due.id(), instance);
                }
            }
        } while (page.size() == settings.endpointsPerPage() && clock.instant().isBefore(end));
        return attempts;
    }

    private int deliver(WebhookEndpointService.Claimed endpoint, Instant end) {
        int attempts = 0;
        List<WebhookEvent> next = events.after(endpoint.deliveredPosition(), endpoint.types(), endpoint.customerId(),
                settings.batchSize());
        for (WebhookEvent event : next) {
            if (!clock.instant().plus(settings.timeout()).isBefore(end)
                    || !clock.instant().plus(settings.timeout()).isBefore(endpoint.until())) {
                break; // the claim would end during the call: the rest waits for the next round
            }
            if (endpoint.customerId() != null && !endpoint.customerId().equals(event.customerId())) {
                LOG.errorf("Event %s of another customer offered to endpoint %s: not sent", event.id(), endpoint.id());
                break;
            }
            WebhookSender.Sent sent = send(endpoint, event);
            attempts++;
            endpoints.record(endpoint.id(), event, false, sent);
            if (!sent.delivered()) {
                break; // in order: nothing after it goes before it
            }
        }
        return attempts;
    }

    /**
     * Sends the event of a failed attempt again, now, to the caller's endpoint; the answer is the
     * new attempt. Delivered and still at the head, the endpoint moves past it.
     */
    public DeliveryAttemptView redeliver(String endpointId, String attemptId) {
        var redelivery = endpoints.claimRedelivery(endpointId, attemptId, instance);
        var endpoint = redelivery.endpoint();
        try {
            WebhookEvent event = events.after(redelivery.eventPosition() - 1, List.of(redelivery.eventType()),
                    endpoint.customerId(), 1).stream().filter(e -> e.id().equals(redelivery.eventId())).findFirst()
                    .orElseThrow(() -> RuleViolation.conflict("WEBHOOK_EVENT_GONE", null,
                            "The event " + redelivery.eventId() + " is no longer in the outbox."));
            return endpoints.record(endpoint.id(), event, true, send(endpoint, event));
        } finally {
            endpoints.release(endpoint.id(), instance);
        }
    }

    private WebhookSender.Sent send(WebhookEndpointService.Claimed endpoint, WebhookEvent event) {
        var refusal = WebhookTarget.refusal(endpoint.url(), settings.allowPrivateTargets(), resolver);
        if (refusal.isPresent()) {
            return new WebhookSender.Sent(null, "Target refused: " + refusal.get().message(), 0);
        }
        byte[] key = WebhookSecret.key(endpoint.secret()).orElseThrow(() -> new IllegalStateException("endpoint " + endpoint.id() + " has no usable secret"));
        String body = body(event);
        long timestamp = clock.instant().getEpochSecond();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("webhook-id", event.id());
        headers.put("webhook-timestamp", Long.toString(timestamp));
        headers.put("webhook-signature", WebhookSignature.sign(key, event.id(), timestamp, body));
        return sender.post(URI.create(endpoint.url()), headers, body, settings.timeout());
    }

    /** The Standard Webhooks body: {@code {type, timestamp, data}}; the same on every attempt. */
    String body(WebhookEvent event) {
        ObjectNode root = json.createObjectNode();
        root.put("type", event.type());
        root.put("timestamp", event.occurredAt().toString());
        ObjectNode data = root.putObject("data");
        data.put("position", event.position());
        data.put("subjectType", event.subjectType());
        data.put("subjectId", event.subjectId());
        data.put("customerId", event.customerId());
        data.set("payload", event.payload() == null ? json.createObjectNode() : event.payload());
        try {
            return json.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
