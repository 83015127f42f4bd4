package com.cagekeeper.events.domain;

import java.time.Instant;

/** A positioned event as stored: its payload is the JSON text written with it. */
public record StoredEvent(long position, String id, String type, String subjectType, String subjectId,
        String customerId, Instant occurredAt, String payload) {
}
