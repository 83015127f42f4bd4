package com.cagekeeper.alteration.application;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.cagekeeper.alteration.domain.Alteration;
import com.cagekeeper.alteration.domain.AlterationState;
import com.cagekeeper.shared.domain.Versioned;

/** An alteration of a space as the API shows it (§3.3). */
@Schema(name = "Alteration")
public record AlterationView(
        String id,
        @Schema(description = "The customer that leases the space and submitted the plans") String customerId,
        String spaceId,
        AlterationState state,
        @Schema(example = "Install a 2 m overhead cable tray along the cage's north side") String description,
        @Schema(description = "References of the plans and drawings submitted (§3.3)") List<String> documentReferences,
        String submittedBy,
        @Schema(nullable = true, description = "Who consented in writing for the provider (rule 21)") String consentedBy,
        @Schema(nullable = true, description = "The reference of the written consent (rule 21)", example = "ALT-2026-0031") String consentReference,
        @Schema(nullable = true, description = "Conditions of the consent") String consentConditions,
        @Schema(nullable = true) Instant consentedAt,
        @Schema(nullable = true) String refusedBy,
        @Schema(nullable = true, description = "Why the provider refused") String refusalReasons,
        @Schema(nullable = true) Instant refusedAt,
        @Schema(nullable = true) Instant startedAt,
        @Schema(nullable = true, description = "When work was done: from then on a fixture of the space (rule 22)") Instant completedAt,
        @Schema(nullable = true) Instant withdrawnAt,
        @Schema(nullable = true) String withdrawalReason,
        long version,
        Instant createdAt,
        Instant updatedAt) implements Versioned {

    static AlterationView of(Alteration a) {
        return new AlterationView(a.id, a.customerId, a.spaceId, a.state, a.description,
                a.documentReferences.stream().sorted().toList(), a.submittedBy, a.consentedBy, a.consentReference,
                a.consentConditions, a.consentedAt, a.refusedBy, a.refusalReasons, a.refusedAt, a.startedAt,
                a.completedAt, a.withdrawnAt, a.withdrawalReason, a.version, a.createdAt, a.updatedAt);
    }
}
