package com.cagekeeper.webhooks.application;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.cagekeeper.webhooks.domain.DeliveryAttempt;
import com.cagekeeper.webhooks.domain.DeliveryOutcome;

/** One delivery attempt as the API shows it. */
@Schema(name = "WebhookDeliveryAttempt")
public record DeliveryAttemptView(
        String id,
        String endpointId,
        @Schema(description = "The event delivered; also the webhook-id header, the same on every attempt") String eventId,
        String eventType,
        long eventPosition,
        @Schema(description = "1 for the first attempt of this event at this endpoint") int attempt,
        @Schema(description = "Asked for through the API rather than run by the retry schedule") boolean redelivery,
        Instant at,
        DeliveryOutcome outcome,
        @Schema(nullable = true, description = "The receiver's HTTP status; null when none came back") Integer statusCode,
        @Schema(nullable = true, description = "Why no status came back (timeout, connection, refused target)") String error,
        long durationMillis) {

    static DeliveryAttemptView of(DeliveryAttempt a) {
        return new DeliveryAttemptView(a.id, a.endpointId, a.eventId, a.eventType, a.eventPosition, a.attempt,
                a.redelivery, a.at, a.outcome, a.statusCode, a.error, a.durationMillis);
    }
}
