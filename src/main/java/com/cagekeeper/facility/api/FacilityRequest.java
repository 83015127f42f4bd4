package com.cagekeeper.facility.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.cagekeeper.shared.domain.Ids;

import com.cagekeeper.facility.application.FacilityService;
import com.cagekeeper.shared.domain.Address;
import com.cagekeeper.shared.domain.IanaTimeZone;

/** Requests about facilities. */
public final class FacilityRequest {

    private FacilityRequest() {
    }

    /** Opens a facility. */
    @Schema(name = "CreateFacility")
    public record Create(
            @NotNull @Pattern(regexp = "^[A-Z0-9]{2,10}$", message = "must be 2 to 10 capital letters or digits") @Schema(example = "ATL1") String code,
            @NotBlank @Size(max = 200) @Schema(example = "Atlanta Downtown") String name,
            @NotNull @Valid Address address,
            @NotNull @IanaTimeZone @Schema(example = "America/New_York") String timeZone,
            @Pattern(regexp = Ids.PATTERN, message = Ids.PATTERN_MESSAGE) @Schema(description = "Facility to move to under the BCP") String backupFacilityId) {

        FacilityService.Description description() {
            return new FacilityService.Description(name, address, timeZone, backupFacilityId);
        }
    }

    /** Replaces a facility's description; its code never changes. */
    @Schema(name = "UpdateFacility")
    public record Update(
            @NotBlank @Size(max = 200) @Schema(example = "Atlanta Downtown") String name,
            @NotNull @Valid Address address,
            @NotNull @IanaTimeZone @Schema(example = "America/New_York") String timeZone,
            @Pattern(regexp = Ids.PATTERN, message = Ids.PATTERN_MESSAGE) String backupFacilityId) {

        FacilityService.Description description() {
            return new FacilityService.Description(name, address, timeZone, backupFacilityId);
        }
    }

    /** BCP: a change of the facility's operating state. */
    @Schema(name = "CreateOperatingStateChange")
    public record OperatingStateChange(
            @NotNull com.cagekeeper.facility.domain.OperatingState state,
            @NotBlank @Size(max = 1000) @Schema(example = "Utility power lost; running on generators") String reason) {
    }
}
