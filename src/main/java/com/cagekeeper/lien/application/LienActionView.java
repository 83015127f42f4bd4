package com.cagekeeper.lien.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.cagekeeper.lien.domain.LienAction;
import com.cagekeeper.lien.domain.LienActionState;
import com.cagekeeper.shared.domain.Versioned;

/** A lien action as the API shows it (§3.5). */
@Schema(name = "LienAction")
public record LienActionView(
        String id,
        String customerId,
        @Schema(description = "The DELINQUENCY notice whose cure period had elapsed (§12.7)") String noticeId,
        LienActionState state,
        @Schema(description = "§3.5(a): the spaces the customer's people may not enter while it stands") List<String> restrictedSpaceIds,
        @Schema(description = "§3.5(b): the equipment taken into the provider's possession") List<String> possessedItemIds,
        @Schema(nullable = true, description = "Where possessed equipment is stored") String storageLocation,
        @Schema(nullable = true, description = "The customer's date possession began; storage accrues by the day from it") LocalDate possessedOn,
        String reason,
        String enforcedBy,
        Instant enforcedAt,
        @Schema(nullable = true) String releasedBy,
        @Schema(nullable = true) Instant releasedAt,
        @Schema(nullable = true) String releaseNote,
        long version,
        Instant createdAt,
        Instant updatedAt) implements Versioned {

    static LienActionView of(LienAction a) {
        return new LienActionView(a.id, a.customerId, a.noticeId, a.state, a.spaceIds.stream().sorted().toList(),
                a.itemIds.stream().sorted().toList(), a.storageLocation, a.possessedOn, a.reason, a.enforcedBy,
                a.enforcedAt, a.releasedBy, a.releasedAt, a.releaseNote, a.version, a.createdAt, a.updatedAt);
    }
}
