package com.cagekeeper.webhooks.domain;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

/** A committed domain event as webhooks deliver it: its outbox position orders it. */
public record WebhookEvent(long position, String id, String type, String subjectType, String subjectId,
        String customerId, Instant occurredAt, JsonNode payload) {
}
