package com.cagekeeper.events.domain;

import java.time.Instant;

/** An event to insert, unpositioned, in the caller's transaction. */
public record NewEvent(String id, String type, String subjectType, String subjectId, String customerId,
        Instant occurredAt, String payload) {
}
