package com.cagekeeper.equipment.api;

import java.math.BigDecimal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.cagekeeper.equipment.application.EquipmentService;
import com.cagekeeper.equipment.domain.EquipmentOwner;
import com.cagekeeper.shared.domain.Ids;

/** Requests about equipment. */
public final class EquipmentRequest {

    private EquipmentRequest() {
    }

    /** Registers an item placed in a space (§3.1). */
    @Schema(name = "CreateEquipment")
    public record Register(
            @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.PATTERN_MESSAGE) @Schema(description = "A space a customer leases now; a customer token names one of its own. The item belongs to the space's lessee") String spaceId,
            @NotBlank @Size(max = 200) @Schema(example = "Edge router 1") String name,
            @Size(max = 100) @Schema(example = "Juniper") String manufacturer,
            @Size(max = 100) @Schema(example = "MX204") String model,
            @Size(max = 100) @Schema(example = "JN11F2A3BAFB") String serial,
            @Size(max = 100) @Schema(example = "SB-000412") String assetTag,
            @Valid @Schema(description = "Where it sits in the rack: required in a cabinet or cage, absent in a suite or room") RackPosition rackPosition,
            @NotNull @DecimalMin("0.000") @DecimalMax("10000") @Digits(integer = 5, fraction = 3) @Schema(type = SchemaType.NUMBER, description = "Power draw in kW", example = "0.450") BigDecimal powerDrawKw,
            @NotNull @Schema(description = "PROVIDER only with an operations token: provider-owned items are surrendered at the end (§7.6(iii))") EquipmentOwner owner) {

        EquipmentService.Registration registration() {
            return new EquipmentService.Registration(spaceId, name, manufacturer, model, serial, assetTag,
                    rackPosition == null ? null : rackPosition.rackUnitFrom(),
                    rackPosition == null ? null : rackPosition.rackUnits(), powerDrawKw, owner);
        }
    }

    /** A rack position: the lowest unit and the height, always given together (§3.1). */
    @Schema(name = "RackPosition")
    public record RackPosition(
            @NotNull @Min(1) @Max(10000) @Schema(description = "The lowest rack unit it occupies, from 1", example = "10") Integer rackUnitFrom,
            @NotNull @Min(1) @Max(10000) @Schema(description = "How many rack units it occupies", example = "1") Integer rackUnits) {
    }

    /** Moves an installed item within its space to another rack position of the same height. */
    @Schema(name = "CreateEquipmentMove")
    public record Move(
            @NotNull @Min(1) @Max(10000) @Schema(description = "The new lowest rack unit; the item keeps its height", example = "20") Integer rackUnitFrom,
            @Size(max = 1000) @Schema(example = "Making room for a switch") String reason) {
    }

    /** The item is taken out of the facility (§7.6(iv)). */
    @Schema(name = "CreateEquipmentRemoval")
    public record Removal(@Size(max = 1000) @Schema(example = "Decommissioned") String reason) {
    }
}
