package com.cagekeeper.access.api;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.cagekeeper.access.application.AccessCheckService;
import com.cagekeeper.access.domain.Direction;
import com.cagekeeper.shared.domain.Ids;

/** "May this person enter this space now?" */
@Schema(name = "AccessCheck")
public record AccessCheckRequest(
        @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.PATTERN_MESSAGE) @Schema(description = "An approved person's id, or a visitor's id from a visit") String personId,
        @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.PATTERN_MESSAGE) String spaceId,
        @Schema(description = "The door's clock; defaults to now. A recorded check decides at the service's clock, and this may differ from it by at most access.clock-skew (default 2 minutes; 422 beyond). The preview takes any instant.") Instant at,
        @Schema(description = "Defaults to IN; an exit is recorded and never refused") Direction direction,
        @Pattern(regexp = Ids.PATTERN, message = Ids.PATTERN_MESSAGE) @Schema(description = "The visit a visitor presents") String visitId) {

    AccessCheckService.Question question() {
        return new AccessCheckService.Question(personId, spaceId, visitId, at,
                direction == null ? Direction.IN : direction);
    }
}
