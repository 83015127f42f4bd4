package com.cagekeeper.equipment.application;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.cagekeeper.equipment.domain.CustodyEntry;
import com.cagekeeper.equipment.domain.CustodyEvent;

/** One line of an item's custody ledger as the API shows it. */
@Schema(name = "CustodyEntry")
public record CustodyEntryView(
        String id,
        String equipmentId,
        @Schema(description = "When it happened, at the service's clock") Instant at,
        CustodyEvent event,
        @Schema(description = "The token subject that acted", example = "ops.jane") String actorSubject,
        @Schema(nullable = true, example = "Customer moved it to make room for a switch") String reason,
        @Schema(nullable = true, description = "The space the item is in (or was taken from); null for STORED_AT") String spaceId,
        @Schema(nullable = true, description = "Its rack position there; null in a suite or room and for STORED_AT", example = "10") Integer rackUnitFrom,
        @Schema(nullable = true, example = "1") Integer rackUnits,
        @Schema(nullable = true, description = "Where the provider stores it (STORED_AT)", example = "ATL1 cage store, shelf 4") String storageLocation,
        @Schema(nullable = true, description = "The lien action behind a possession or return (§3.5)") String lienActionId) {

    static CustodyEntryView of(CustodyEntry c) {
        return new CustodyEntryView(c.id, c.equipmentId, c.at, c.event, c.actorSubject, c.reason, c.spaceId,
                c.rackUnitFrom, c.rackUnits, c.storageLocation, c.lienActionId);
    }
}
