package com.cagekeeper.access.application;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.cagekeeper.access.domain.AccessFacts;
import com.cagekeeper.access.domain.Decision;
import com.cagekeeper.access.domain.Direction;

/** A recorded check at a door. */
@Schema(name = "AccessEvent")
public record AccessEventView(
        String id,
        @Schema(description = "The instant the decision was for") Instant at,
        @Schema(description = "When the check was made") Instant checkedAt,
        @Schema(description = "The staff member who asked") String actorSubject,
        @Schema(nullable = true, description = "Null for a customer when the person is another customer's (or nobody it knows)") String personId,
        AccessFacts.Kind personKind,
        @Schema(nullable = true) String visitId,
        @Schema(nullable = true, description = "Null for a customer when the space is not one it leases") String spaceId,
        @Schema(nullable = true) String facilityId,
        @Schema(nullable = true, description = "The customer of the person or visit") String customerId,
        @Schema(nullable = true, description = "The customer that subleased the space at the time") String spaceCustomerId,
        Direction direction,
        Decision decision,
        List<AccessCheckView.ReasonView> reasons,
        @Schema(nullable = true) Instant validUntil,
        boolean escortRequired) {
}
