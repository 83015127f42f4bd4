package com.cagekeeper.webhooks.api;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.cagekeeper.shared.domain.Ids;
import com.cagekeeper.webhooks.application.WebhookEndpointService;

/** Requests about webhook endpoints. */
public final class WebhookEndpointRequest {

    private WebhookEndpointRequest() {
    }

    /** Where to deliver which events, signed with which secret. */
    @Schema(name = "CreateWebhookEndpoint")
    public record Register(
            @Pattern(regexp = Ids.PATTERN, message = Ids.PATTERN_MESSAGE) @Schema(description = "The customer whose events it receives: a customer token's own (or absent); operations may name one, or leave it out for every event (provider-wide)") String customerId,
            @NotBlank @Size(max = 2000) @Schema(description = "An https URL whose host resolves to public addresses only", example = "https://portal.example.com/hooks/cagekeeper") String url,
            @Size(max = 64) @Schema(description = "The event types to deliver (see the events feed); absent or empty: every type") List<@NotNull @Size(max = 64) String> eventTypes,
            @Size(max = 120) @Schema(description = "whsec_ and the base64 of 24 to 64 random bytes; absent: one is generated and returned once", example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") String secret,
            @Size(max = 500) @Schema(example = "Portal: approvals and visits") String description) {

        WebhookEndpointService.Registration registration() {
            return new WebhookEndpointService.Registration(customerId, url, eventTypes, secret, description);
        }
    }

    /** Stops deliveries until the endpoint is enabled again. */
    @Schema(name = "CreateWebhookEndpointDisabling")
    public record Disable(@Size(max = 1000) @Schema(example = "Receiver under maintenance") String reason) {
    }
}
