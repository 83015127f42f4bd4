package com.cagekeeper.termination.application;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.cagekeeper.shared.domain.Versioned;
import com.cagekeeper.termination.domain.Breach;
import com.cagekeeper.termination.domain.BreachCurePeriod;
import com.cagekeeper.termination.domain.BreachState;
import com.cagekeeper.termination.domain.Party;

/** A noticed material breach (§7.3(a)) as the API shows it. */
@Schema(name = "Breach")
public record BreachView(
        String id,
        String customerId,
        String orderId,
        @Schema(description = "The party in breach; the other may terminate for it") Party breachingParty,
        @Schema(description = "The BREACH notice (§12.7)") String noticeId,
        @Schema(description = "The notice's deemed date: the 30 days to cure run from it", example = "2026-12-01") LocalDate noticedOn,
        @Schema(description = "The first day the other party may terminate for it, absent a cure (§7.3(a))", example = "2026-12-31") LocalDate terminableFrom,
        String description,
        BreachState state,
        String recordedBy,
        @Schema(nullable = true) LocalDate curedOn,
        @Schema(nullable = true) String cureNote,
        @Schema(nullable = true) String curedBy,
        long version,
        Instant createdAt,
        Instant updatedAt) implements Versioned {

    static BreachView of(Breach b) {
        return new BreachView(b.id, b.customerId, b.orderId, b.breachingParty, b.noticeId, b.noticedOn,
                BreachCurePeriod.terminableFrom(b.noticedOn), b.description, b.state, b.recordedBy, b.curedOn,
                b.cureNote, b.curedBy, b.version, b.createdAt, b.updatedAt);
    }
}
