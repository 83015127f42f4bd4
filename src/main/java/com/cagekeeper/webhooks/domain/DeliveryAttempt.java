package com.cagekeeper.webhooks.domain;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import com.cagekeeper.shared.domain.Rejection;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One delivery of one event to one endpoint, as it happened; never changed. */
@Entity
@Table(name = "webhook_attempts")
public class DeliveryAttempt extends PanacheEntityBase {

    @Id
    public String id;
    public String endpointId;
    public String customerId;
    public String eventId;
    public String eventType;
    public long eventPosition;
    /** 1 for the first attempt of this event at this endpoint. */
    public int attempt;
    /** Asked for through the API rather than run by the schedule. */
    public boolean redelivery;
    public Instant at;
    @Enumerated(EnumType.STRING)
    public DeliveryOutcome outcome;
    public Integer statusCode;
    public String error;
    public long durationMillis;

    public static DeliveryAttempt of(String id, WebhookEndpoint endpoint, WebhookEvent event, int attempt,
            boolean redelivery, Instant at, WebhookSender.Sent sent) {
        DeliveryAttempt a = new DeliveryAttempt();
        a.id = id;
        a.endpointId = endpoint.id;
        a.customerId = endpoint.customerId;
        a.eventId = event.id();
        a.eventType = event.type();
        a.eventPosition = event.position();
        a.attempt = attempt;
        a.redelivery = redelivery;
        a.at = at;
        a.outcome = sent.delivered() ? DeliveryOutcome.DELIVERED : DeliveryOutcome.FAILED;
        a.statusCode = sent.statusCode();
        a.error = sent.error() == null ? null : sent.error().substring(0, Math.min(1000, sent.error().length()));
        a.durationMillis = sent.durationMillis();
        return a;
    }

    /** Only a failed attempt is redelivered. */
    public Optional<Rejection> redeliveryRefusal() {
        return outcome == DeliveryOutcome.FAILED ? Optional.empty()
                : Optional.of(new Rejection("WEBHOOK_ATTEMPT_NOT_FAILED", null,
                        "This attempt was delivered; only a failed attempt is redelivered."));
    }

    public static long attemptsOf(String endpointId, String eventId) {
        return count("endpointId = ?1 and eventId = ?2", endpointId, eventId);
    }
}
