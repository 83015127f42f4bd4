package com.cagekeeper.access.api;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.cagekeeper.access.application.AccessCheckService;
import com.cagekeeper.access.domain.Direction;

/** "May this person enter this space now?" */
@Schema(name = "AccessCheck")
public record AccessCheckRequest(
        @NotBlank @Size(max = 36) @Schema(description = "An approved person's id, or a visitor's id from a visit") String personId,
        @NotBlank @Size(max = 36) String spaceId,
        @Schema(description = "Defaults to now") Instant at,
        @Schema(description = "Defaults to IN; an exit is recorded and never refused") Direction direction,
        @Size(max = 36) @Schema(description = "The visit a visitor presents") String visitId) {

    AccessCheckService.Question question() {
        return new AccessCheckService.Question(personId, spaceId, visitId, at,
                direction == null ? Direction.IN : direction);
    }
}
