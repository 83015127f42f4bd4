package com.cagekeeper.space.api;

import java.math.BigDecimal;
import java.time.LocalDate;

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

import com.cagekeeper.shared.domain.Ids;

import com.cagekeeper.space.domain.EnvironmentalClass;
import com.cagekeeper.space.domain.Space;
import com.cagekeeper.space.domain.SpaceKind;

/** Requests about spaces. */
public final class SpaceRequest {

    private SpaceRequest() {
    }

    /** Creates a space in a facility. */
    @Schema(name = "CreateSpace")
    public record Create(
            @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.PATTERN_MESSAGE) String facilityId,
            @NotNull @Pattern(regexp = "^[A-Z0-9][A-Z0-9-]{1,39}$", message = "must be 2 to 40 capital letters, digits or dashes") @Schema(example = "ATL1-C042") String code,
            @NotNull SpaceKind kind,
            @NotNull @Min(0) @Max(10000) @Schema(example = "42") Integer rackUnits,
            @NotNull @DecimalMin(value = "0.00", inclusive = false) @DecimalMax("100000") @Digits(integer = 6, fraction = 2) @Schema(type = SchemaType.NUMBER, example = "8.00") BigDecimal powerKw,
            @NotNull @DecimalMin(value = "0.00", inclusive = false) @DecimalMax("10000000") @Digits(integer = 8, fraction = 2) @Schema(type = SchemaType.NUMBER, example = "12.50") BigDecimal areaSqm,
            @NotNull EnvironmentalClass environmentalClass,
            @Size(max = 100) @Schema(example = "LL-2019-ATL-7") String underlyingLeaseRef) {

        Space.Capacity capacity() {
            return new Space.Capacity(kind, rackUnits, powerKw, areaSqm, environmentalClass, underlyingLeaseRef);
        }
    }

    /** Replaces a space's capacity and environment; its facility and code never change. */
    @Schema(name = "UpdateSpace")
    public record Update(
            @NotNull SpaceKind kind,
            @NotNull @Min(0) @Max(10000) Integer rackUnits,
            @NotNull @DecimalMin(value = "0.00", inclusive = false) @DecimalMax("100000") @Digits(integer = 6, fraction = 2) @Schema(type = SchemaType.NUMBER, example = "8.00") BigDecimal powerKw,
            @NotNull @DecimalMin(value = "0.00", inclusive = false) @DecimalMax("10000000") @Digits(integer = 8, fraction = 2) @Schema(type = SchemaType.NUMBER, example = "12.50") BigDecimal areaSqm,
            @NotNull EnvironmentalClass environmentalClass,
            @Size(max = 100) String underlyingLeaseRef) {

        Space.Capacity capacity() {
            return new Space.Capacity(kind, rackUnits, powerKw, areaSqm, environmentalClass, underlyingLeaseRef);
        }
    }

    /** §3.4: the provider's lease of the space has ended. */
    @Schema(name = "UnderlyingLeaseTermination")
    public record UnderlyingLeaseTermination(
            @NotNull @Schema(description = "The day the underlying lease ended: today or earlier, and not before the space was created (both in the facility's time zone)", example = "2026-11-23") LocalDate effectiveDate,
            @NotBlank @Size(max = 1000) @Schema(example = "Landlord lease LL-2019-ATL-7 expired") String reason) {
    }
}
