package com.cagekeeper.access.application;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.cagekeeper.access.domain.Decision;

/** The answer to "may this person enter this space now", with every reason. */
@Schema(name = "AccessCheckResult")
public record AccessCheckView(
        Decision decision,
        @Schema(description = "Every reason that applies: all denials, and notices such as a disrupted facility") List<ReasonView> reasons,
        @Schema(nullable = true, description = "For a grant, until when it holds: the earliest of validity end, lapse, visit end and end of the order's rights") Instant validUntil,
        @Schema(description = "A visitor must be escorted") boolean escortRequired,
        @Schema(description = "The instant the decision is for") Instant at,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "The recorded access event; absent for a preview") String eventId) {

    /** One reason, with its stable code and the clause it comes from. */
    @Schema(name = "AccessReason")
    public record ReasonView(
            @Schema(example = "REVOKED") String code,
            @Schema(example = "§3.2") String clause,
            @Schema(example = "The provider rescinded this person's access (DAMAGE) under §3.2.") String message) {
    }
}
