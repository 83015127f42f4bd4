package com.cagekeeper.billing.application;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.cagekeeper.billing.domain.Payment;
import com.cagekeeper.shared.domain.Money;
import com.cagekeeper.shared.domain.Versioned;

/** A payment allocated to an invoice, as the API shows it. */
@Schema(name = "Payment")
public record PaymentView(
        String id,
        String invoiceId,
        String customerId,
        Money amount,
        @Schema(example = "2026-02-20") LocalDate paidOn,
        @Schema(nullable = true, description = "The billing system's or the bank's reference", example = "WIRE-20260220-0042") String reference,
        @Schema(description = "Who recorded the payment (token subject)") String recordedBy,
        long version,
        Instant createdAt,
        Instant updatedAt) implements Versioned {

    static PaymentView of(Payment p) {
        return new PaymentView(p.id, p.invoiceId, p.customerId, p.amount, p.paidOn, p.reference, p.recordedBy,
                p.version, p.createdAt, p.updatedAt);
    }
}
