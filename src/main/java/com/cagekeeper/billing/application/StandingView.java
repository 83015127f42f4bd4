package com.cagekeeper.billing.application;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.cagekeeper.shared.domain.Money;
import com.cagekeeper.shared.domain.Standing;

/** A customer's billing standing on a date (§4.1, §3.5), derived from its invoices, payments and disputes. */
@Schema(name = "CustomerStanding")
public record StandingView(
        String customerId,
        @Schema(description = "The date the standing is for, in the customer's time zone", example = "2026-03-02") LocalDate on,
        @Schema(description = "Derived: DELINQUENT while an undisputed amount is past due (§4.1), LIEN_ENFORCED while a lien action stands (§3.5), GOOD otherwise") Standing standing,
        @Schema(description = "The undisputed amount past due: over the invoices due before the date, the amount less payments, written-off and open disputes") Money undisputedPastDue,
        @Schema(nullable = true, description = "The due date of the oldest invoice with an undisputed amount past due") LocalDate oldestPastDueOn,
        @Schema(nullable = true, description = "Days from that due date to the date", example = "30") Integer daysPastDue,
        @Schema(description = "How many invoices have an undisputed amount past due") int invoicesPastDue,
        @Schema(description = "The amounts in open dispute: never past due, no late charge") Money disputed,
        @Schema(description = "Late charges accrued through the date on late undisputed amounts (§4.1), rounded per invoice; posted or not") Money lateCharges,
        @Schema(description = "The monthly late-charge rate applied: the contract's 1.5% or the legal maximum when lower (§4.1)", example = "0.015") String lateChargeMonthlyRate) {
}
