package com.cagekeeper.webhooks.application;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.cagekeeper.shared.domain.Versioned;
import com.cagekeeper.webhooks.domain.WebhookEndpoint;
import com.cagekeeper.webhooks.domain.WebhookEndpointState;

/** A webhook endpoint as the API shows it; its secret only in the answer to its registration. */
@Schema(name = "WebhookEndpoint")
public record WebhookEndpointView(
        String id,
        @Schema(nullable = true, description = "The customer whose events it receives; null: provider-wide, every event") String customerId,
        String url,
        @Schema(description = "The event types delivered; empty: every type") List<String> eventTypes,
        @Schema(nullable = true) String description,
        WebhookEndpointState state,
        @Schema(nullable = true, description = "Why it is disabled: by whom, or the event it gave up on and the last error") String disabledReason,
        @Schema(nullable = true) Instant disabledAt,
        @Schema(description = "The outbox position of the last event delivered (or passed over at registration); the next event waits behind it") long deliveredPosition,
        @Schema(description = "Failed attempts of the event at the head so far") int failedAttempts,
        @Schema(nullable = true, description = "When the event at the head first failed; the endpoint is disabled webhooks.give-up-after later") Instant failingSince,
        @Schema(nullable = true, description = "When the event at the head is tried again; null: as soon as there is one") Instant nextAttemptAt,
        @Schema(nullable = true, description = "The signing secret (whsec_ and base64): only in the answer to the registration, never again") String secret,
        String createdBy,
        long version,
        Instant createdAt,
        Instant updatedAt) implements Versioned {

    static WebhookEndpointView of(WebhookEndpoint e) {
        return of(e, false);
    }

    static WebhookEndpointView of(WebhookEndpoint e, boolean withSecret) {
        return new WebhookEndpointView(e.id, e.customerId, e.url, e.types(), e.description, e.state, e.disabledReason,
                e.disabledAt, e.deliveredPosition, e.headAttempts, e.headFailingSince, e.nextAttemptAt,
                withSecret ? e.secret : null, e.createdBy, e.version, e.createdAt, e.updatedAt);
    }
}
