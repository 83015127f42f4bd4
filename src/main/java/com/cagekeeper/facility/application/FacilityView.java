package com.cagekeeper.facility.application;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.cagekeeper.facility.domain.Facility;
import com.cagekeeper.facility.domain.OperatingState;
import com.cagekeeper.shared.domain.Address;
import com.cagekeeper.shared.domain.Versioned;

/** A facility as the API shows it. */
@Schema(name = "Facility")
public record FacilityView(
        @Schema(example = "0190c7a4-6f3e-7b8a-9c1d-2e3f4a5b6c7d") String id,
        @Schema(example = "ATL1") String code,
        @Schema(example = "Atlanta Downtown") String name,
        Address address,
        @Schema(example = "America/New_York") String timeZone,
        OperatingState operatingState,
        @Schema(nullable = true, description = "Why the facility is not NORMAL") String stateReason,
        @Schema(nullable = true, description = "The facility customers move to under the BCP") String backupFacilityId,
        long version,
        Instant createdAt,
        Instant updatedAt) implements Versioned {

    static FacilityView of(Facility f) {
        return new FacilityView(f.id, f.code, f.name, f.address, f.timeZone, f.operatingState, f.stateReason,
                f.backupFacilityId, f.version, f.createdAt, f.updatedAt);
    }
}
