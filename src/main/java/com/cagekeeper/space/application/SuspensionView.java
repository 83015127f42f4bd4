package com.cagekeeper.space.application;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.cagekeeper.space.domain.Suspension;
import com.cagekeeper.space.domain.SuspensionReason;
import com.cagekeeper.shared.domain.Versioned;

/** A suspension as the API shows it. */
@Schema(name = "Suspension")
public record SuspensionView(
        String id,
        String spaceId,
        String customerId,
        SuspensionReason reason,
        @Schema(example = "Smoke from a customer UPS in cage C042") String description,
        boolean standing,
        String suspendedBy,
        Instant suspendedAt,
        @Schema(nullable = true) String liftedBy,
        @Schema(nullable = true) Instant liftedAt,
        @Schema(nullable = true) String liftNote,
        long version,
        Instant createdAt,
        Instant updatedAt) implements Versioned {

    static SuspensionView of(Suspension s) {
        return new SuspensionView(s.id, s.spaceId, s.customerId, s.reason, s.description, s.isStanding(),
                s.suspendedBy, s.suspendedAt, s.liftedBy, s.liftedAt, s.liftNote, s.version, s.createdAt,
                s.updatedAt);
    }
}
