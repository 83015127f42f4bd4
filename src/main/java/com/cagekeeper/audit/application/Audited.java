package com.cagekeeper.audit.application;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Fired (synchronously, in the recording transaction) for every audit record written: the
 * object, the action and its before and after images. Features that react to business actions
 * (the domain-event outbox) observe it, so no call site can forget them.
 */
public record Audited(String objectType, String objectId, String action, String reason, JsonNode before,
        JsonNode after) {
}
