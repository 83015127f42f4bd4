package com.cagekeeper.billing.application;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.cagekeeper.billing.domain.Dispute;
import com.cagekeeper.billing.domain.DisputeState;
import com.cagekeeper.shared.domain.Money;
import com.cagekeeper.shared.domain.Versioned;

/** A dispute of part of an invoice, as the API shows it. */
@Schema(name = "Dispute")
public record DisputeView(
        String id,
        String invoiceId,
        String customerId,
        Money amount,
        @Schema(example = "Cross-connect billed twice in January") String reason,
        @Schema(example = "2026-02-10") LocalDate openedOn,
        @Schema(description = "OPEN: not past due, no late charge; UPHELD: written off; WITHDRAWN: owed again, past due as of the invoice's original due date") DisputeState state,
        @Schema(nullable = true) LocalDate resolvedOn,
        @Schema(nullable = true) String resolutionNote,
        @Schema(description = "Who recorded the dispute (token subject)") String recordedBy,
        @Schema(nullable = true, description = "Who recorded the resolution (token subject)") String resolvedBy,
        long version,
        Instant createdAt,
        Instant updatedAt) implements Versioned {

    static DisputeView of(Dispute d) {
        return new DisputeView(d.id, d.invoiceId, d.customerId, d.amount, d.reason, d.openedOn, d.state,
                d.resolvedOn, d.resolutionNote, d.recordedBy, d.resolvedBy, d.version, d.createdAt, d.updatedAt);
    }
}
