package com.cagekeeper.billing.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.cagekeeper.billing.domain.Dispute;
import com.cagekeeper.billing.domain.Invoice;
import com.cagekeeper.billing.domain.InvoiceFacts;
import com.cagekeeper.billing.domain.Payment;
import com.cagekeeper.shared.domain.Money;
import com.cagekeeper.shared.domain.Versioned;

/** An invoice as the API shows it, with what is paid, written off, disputed and open. */
@Schema(name = "Invoice")
public record InvoiceView(
        String id,
        String customerId,
        @Schema(description = "The billing system's number, unique per customer", example = "INV-2026-0131") String number,
        @Schema(nullable = true) String orderId,
        @Schema(example = "2026-01-01") LocalDate issuedOn,
        @Schema(description = "The issue date plus the order's payment term, net 30 without one (§4.1), unless given", example = "2026-01-31") LocalDate dueOn,
        Money amount,
        @Schema(description = "The sum of the payments allocated to the invoice") Money paid,
        @Schema(description = "The sum of the upheld disputes: not owed") Money writtenOff,
        @Schema(description = "The sum of the open disputes: never past due") Money disputed,
        @Schema(description = "The amount less payments and written-off disputes") Money open,
        @Schema(description = "Who recorded the invoice (token subject)") String recordedBy,
        long version,
        Instant createdAt,
        Instant updatedAt) implements Versioned {

    static InvoiceView of(Invoice i, List<Payment> payments, List<Dispute> disputes) {
        InvoiceFacts f = facts(i, payments, disputes);
        // every recorded fact has happened (no date lies in the future), so the figures are as of the last one
        LocalDate all = LocalDate.MAX;
        String c = i.amount.currency();
        return new InvoiceView(i.id, i.customerId, i.number, i.orderId, i.issuedOn, i.dueOn, i.amount,
                money(f.paidBy(all), c), money(f.writtenOffBy(all), c), money(f.disputedOn(all), c),
                money(f.openOn(all), c), i.recordedBy, i.version, i.createdAt, i.updatedAt);
    }

    static InvoiceFacts facts(Invoice i, List<Payment> payments, List<Dispute> disputes) {
        return new InvoiceFacts(i.id, i.issuedOn, i.dueOn, i.amount.amount(), i.amount.currency(),
                payments.stream().filter(p -> p.invoiceId.equals(i.id)).map(Payment::fact).toList(),
                disputes.stream().filter(d -> d.invoiceId.equals(i.id)).map(Dispute::fact).toList());
    }

    static Money money(BigDecimal amount, String currency) {
        return new Money(amount, currency);
    }
}
