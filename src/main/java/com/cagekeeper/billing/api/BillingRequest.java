package com.cagekeeper.billing.api;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.cagekeeper.billing.application.InvoiceService;
import com.cagekeeper.billing.domain.DisputeOutcome;
import com.cagekeeper.shared.domain.Ids;
import com.cagekeeper.shared.domain.Money;

/** Requests about invoices, payments and disputes, as the billing system reports them (§4.1). */
public final class BillingRequest {

    private BillingRequest() {
    }

    /** An invoice the billing system issued. */
    @Schema(name = "CreateInvoice")
    public record Invoice(
            @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.PATTERN_MESSAGE) String customerId,
            @NotNull @Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9/._-]{0,39}$", message = "must be 1 to 40 letters, digits, dots, slashes, dashes or underscores") @Schema(description = "The billing system's number, unique per customer", example = "INV-2026-0131") String number,
            @Pattern(regexp = Ids.PATTERN, message = Ids.PATTERN_MESSAGE) @Schema(description = "The customer's order the invoice is for; its payment term sets the due date") String orderId,
            @NotNull @Schema(description = "Not after today in the customer's time zone", example = "2026-01-01") LocalDate issuedOn,
            @Schema(description = "When absent: issuedOn plus the order's paymentTermDays, or 30 days without an order (§4.1 net 30)", example = "2026-01-31") LocalDate dueOn,
            @NotNull @Valid @Schema(description = "In the customer's billing currency (422 otherwise)") Money amount) {

        InvoiceService.InvoiceRecording recording() {
            return new InvoiceService.InvoiceRecording(customerId, number, orderId, issuedOn, dueOn, amount);
        }
    }

    /** A payment allocated to an invoice. */
    @Schema(name = "CreatePayment")
    public record Payment(
            @NotNull @Valid @Schema(description = "At most the invoice's open amount, in its currency (422 otherwise)") Money amount,
            @Schema(description = "Today in the customer's time zone when absent; not after it", example = "2026-02-20") LocalDate paidOn,
            @Size(max = 200) @Schema(example = "WIRE-20260220-0042") String reference) {
    }

    /** The customer disputes part of an invoice. */
    @Schema(name = "CreateDispute")
    public record Dispute(
            @NotNull @Valid @Schema(description = "At most what is open on the invoice and not already disputed, in its currency (422 otherwise)") Money amount,
            @NotBlank @Size(max = 1000) @Schema(example = "Cross-connect billed twice in January") String reason,
            @Schema(description = "Today in the customer's time zone when absent; not after it, nor before the invoice's issue", example = "2026-02-10") LocalDate openedOn) {
    }

    /** How a dispute ends. */
    @Schema(name = "CreateDisputeResolution")
    public record Resolution(
            @NotNull DisputeOutcome outcome,
            @Schema(description = "Today in the customer's time zone when absent; not after it, nor before the dispute was opened", example = "2026-03-15") LocalDate resolvedOn,
            @Size(max = 1000) @Schema(example = "Credit note CN-2026-0007 issued") String note) {
    }
}
