package com.cagekeeper.audit.application;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

/** An audit record as the API shows it. */
@Schema(name = "AuditRecord")
public record AuditRecordView(
        String id,
        @Schema(example = "2026-11-23T14:05:00Z") Instant at,
        @Schema(description = "The token subject that acted", example = "ops.jane") String actorSubject,
        @Schema(description = "The roles of that token", example = "operations") String actorRoles,
        @Schema(example = "Space") String objectType,
        String objectId,
        @Schema(example = "SPACE_CREATED") String action,
        @Schema(nullable = true) String reason,
        @Schema(nullable = true, description = "The object before the change; null for a creation") JsonNode before,
        @Schema(nullable = true, description = "The object after the change") JsonNode after) {
}
