package com.cagekeeper.billing.application;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.cagekeeper.billing.domain.Charge;
import com.cagekeeper.shared.domain.ChargeKind;
import com.cagekeeper.shared.domain.Money;

/** An entry of the charges ledger, as the API shows it; entries never change. */
@Schema(name = "Charge")
public record ChargeView(
        String id,
        String customerId,
        ChargeKind kind,
        Money amount,
        @Schema(nullable = true, description = "The first day the charge covers", example = "2026-02-01") LocalDate periodFrom,
        @Schema(nullable = true, description = "The last day the charge covers", example = "2026-03-02") LocalDate periodTo,
        @Schema(description = "The agreement clause the charge is made under", example = "§4.1") String clause,
        @Schema(description = "The kind of object the charge came from", example = "Invoice") String sourceType,
        @Schema(description = "The id of the object the charge came from") String sourceId,
        @Schema(description = "The customer's local date the entry was posted on", example = "2026-03-02") LocalDate postedOn,
        @Schema(description = "Who posted the entry (token subject, or cagekeeper for the service itself)") String recordedBy,
        Instant createdAt) {

    static ChargeView of(Charge c) {
        return new ChargeView(c.id, c.customerId, c.kind, c.amount, c.periodFrom, c.periodTo, c.clause,
                c.sourceType, c.sourceId, c.postedOn, c.recordedBy, c.createdAt);
    }
}
