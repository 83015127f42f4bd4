package com.cagekeeper.termination.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.cagekeeper.shared.domain.Actor;
import com.cagekeeper.shared.domain.Versioned;
import com.cagekeeper.termination.domain.ForceMajeureDuration;
import com.cagekeeper.termination.domain.ForceMajeureEvent;

/** A force majeure event (§12.4) as the API shows it; a customer sees only its own affected orders. */
@Schema(name = "ForceMajeureEvent")
public record ForceMajeureEventView(
        String id,
        String description,
        @Schema(example = "2027-01-04") LocalDate startedOn,
        @Schema(nullable = true, description = "Null while the event is ongoing") LocalDate endedOn,
        List<String> facilityIds,
        @Schema(description = "The orders it affects (a customer token sees its own only)") List<String> orderIds,
        @Schema(description = "The business days (Monday to Friday) it has lasted through its end or today", example = "16") long businessDaysLasted,
        @Schema(nullable = true, description = "The day it has lasted more than 15 business days, from which affected orders may be cancelled without fee (§12.4); null when it ended sooner", example = "2027-01-25") LocalDate cancellableFrom,
        String recordedBy,
        @Schema(nullable = true) String endedBy,
        long version,
        Instant createdAt,
        Instant updatedAt) implements Versioned {

    static ForceMajeureEventView of(ForceMajeureEvent e, Actor actor, LocalDate today) {
        List<String> orders = e.orders.stream().filter(o -> actor.maySee(o.customerId)).map(o -> o.orderId).sorted()
                .toList();
        return new ForceMajeureEventView(e.id, e.description, e.startedOn, e.endedOn,
                e.facilityIds.stream().sorted().toList(), orders,
                ForceMajeureDuration.lasted(e.startedOn, e.endedOn, today),
                cancellableFrom(e), e.recordedBy, e.endedBy, e.version, e.createdAt,
                e.updatedAt);
    }

    private static LocalDate cancellableFrom(ForceMajeureEvent e) {
        LocalDate from = ForceMajeureDuration.cancellableFrom(e.startedOn);
        return e.endedOn != null && e.endedOn.isBefore(from) ? null : from;
    }
}
