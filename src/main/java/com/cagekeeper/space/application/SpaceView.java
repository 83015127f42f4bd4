package com.cagekeeper.space.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.cagekeeper.space.domain.EnvironmentalClass;
import com.cagekeeper.space.domain.Space;
import com.cagekeeper.space.domain.SpaceKind;
import com.cagekeeper.space.domain.SpaceState;
import com.cagekeeper.shared.domain.Versioned;

/** A space as the API shows it. */
@Schema(name = "Space")
public record SpaceView(
        String id,
        String facilityId,
        @Schema(example = "ATL1-C042") String code,
        SpaceKind kind,
        @Schema(example = "42") int rackUnits,
        @Schema(description = "Power capacity in kW", example = "8.00") BigDecimal powerKw,
        @Schema(description = "Floor area in square metres", example = "12.50") BigDecimal areaSqm,
        EnvironmentalClass environmentalClass,
        @Schema(nullable = true, description = "The provider's own lease of the space (§3.4)", example = "LL-2019-ATL-7") String underlyingLeaseRef,
        @Schema(nullable = true, description = "When the underlying lease ended, if it has (§3.4)") LocalDate underlyingLeaseEndedOn,
        SpaceState state,
        @Schema(nullable = true, description = "The customer that subleases it now") String customerId,
        @Schema(nullable = true, description = "The order that subleases it now") String orderId,
        long version,
        Instant createdAt,
        Instant updatedAt) implements Versioned {

    static SpaceView of(Space s) {
        return new SpaceView(s.id, s.facilityId, s.code, s.kind, s.rackUnits, s.powerKw, s.areaSqm,
                s.environmentalClass, s.underlyingLeaseRef, s.underlyingLeaseEndedOn, s.state, s.customerId,
                s.orderId, s.version, s.createdAt, s.updatedAt);
    }
}
