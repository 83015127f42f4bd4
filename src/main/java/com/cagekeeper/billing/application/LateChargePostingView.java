package com.cagekeeper.billing.application;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.cagekeeper.shared.domain.Money;

/** What one posting of late charges added to the ledger. */
@Schema(name = "LateChargePosting")
public record LateChargePostingView(
        String customerId,
        @Schema(description = "The customer's local date the charges were accrued through and posted on", example = "2026-03-02") LocalDate postedOn,
        @Schema(description = "The entries posted now, one per invoice with late charges accrued since its last posting; empty when there were none (a second posting the same day posts nothing)") List<ChargeView> charges,
        @Schema(description = "The sum of the entries posted now") Money total) {
}
