package com.cagekeeper.equipment.application;

import java.math.BigDecimal;
import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.cagekeeper.equipment.domain.Equipment;
import com.cagekeeper.equipment.domain.EquipmentOwner;
import com.cagekeeper.equipment.domain.EquipmentState;
import com.cagekeeper.shared.domain.Versioned;

/** An equipment item as the API shows it. */
@Schema(name = "Equipment")
public record EquipmentView(
        String id,
        @Schema(description = "The customer that leases the item's space: the lessee whose equipment it is") String customerId,
        @Schema(description = "The space it is in, or was last in") String spaceId,
        @Schema(example = "Edge router 1") String name,
        @Schema(nullable = true, example = "Juniper") String manufacturer,
        @Schema(nullable = true, example = "MX204") String model,
        @Schema(nullable = true, example = "JN11F2A3BAFB") String serial,
        @Schema(nullable = true, example = "SB-000412") String assetTag,
        @Schema(nullable = true, description = "The lowest rack unit it occupies (from 1); null in a suite or room", example = "10") Integer rackUnitFrom,
        @Schema(nullable = true, description = "How many rack units it occupies; null in a suite or room", example = "1") Integer rackUnits,
        @Schema(description = "Power draw in kW", example = "0.450") BigDecimal powerDrawKw,
        @Schema(description = "Provider-owned items are surrendered to the provider at the end (§7.6(iii))") EquipmentOwner owner,
        EquipmentState state,
        @Schema(description = "Whether the provider's lien covers it (§3.5, rule 13): from placement until it leaves the facility (REMOVED or DISPOSED); derived from the state") boolean underLien,
        @Schema(nullable = true, description = "Where the provider stores it while in its possession (§3.5(b))", example = "ATL1 cage store, shelf 4") String storageLocation,
        @Schema(nullable = true, description = "The lien action under which the provider holds it (§3.5(b))") String lienActionId,
        @Schema(nullable = true, description = "When it left the facility") Instant leftAt,
        long version,
        Instant createdAt,
        Instant updatedAt) implements Versioned {

    static EquipmentView of(Equipment e) {
        return new EquipmentView(e.id, e.customerId, e.spaceId, e.name, e.manufacturer, e.model, e.serial, e.assetTag,
                e.rackUnitFrom, e.rackUnits, e.powerDrawKw, e.owner, e.state, e.state.underLien(), e.storageLocation,
                e.lienActionId, e.leftAt, e.version, e.createdAt, e.updatedAt);
    }
}
