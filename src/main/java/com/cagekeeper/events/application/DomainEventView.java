package com.cagekeeper.events.application;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

/** One event of the feed, as a portal or a webhook receives it. */
@Schema(name = "DomainEvent")
public record DomainEventView(
        @Schema(description = "The event's place in commit order: consecutive, never reused", example = "1042") long position,
        String id,
        @Schema(description = "One of the event types (DomainEventType)", example = "PERSON_APPROVED") String type,
        @Schema(description = "The kind of object it is about", example = "Person") String subjectType,
        @Schema(description = "The id of the object it is about") String subjectId,
        @Schema(nullable = true, description = "The customer it concerns; null for the provider only") String customerId,
        Instant occurredAt,
        @Schema(description = "A small object: ids, states, reasons and dates; never an identity document number") JsonNode payload) {
}
