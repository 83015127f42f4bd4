package com.cagekeeper.lien.application;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.cagekeeper.shared.domain.Money;

/** A customer with undisputed amounts past due, and what the contract allows next (§3.5). */
@Schema(name = "Delinquency")
public record DelinquencyView(
        String customerId,
        @Schema(description = "The undisputed amount past due today, in the customer's time zone (§4.1)") Money undisputedPastDue,
        @Schema(description = "The due date of the oldest invoice with an undisputed amount past due") LocalDate oldestPastDueOn,
        long daysPastDue,
        @Schema(description = "SEND_NOTICE, WAIT_CURE_PERIOD (until allowedOn), ENFORCEABLE, or ENFORCED while a lien action stands") NextStep nextStep,
        @Schema(nullable = true, description = "From when enforcement is allowed, once a DELINQUENCY notice counts") LocalDate allowedOn,
        @Schema(nullable = true, description = "The DELINQUENCY notice the cure period runs from") String noticeId) {

    /** What the contract allows next for the customer. */
    @Schema(name = "DelinquencyNextStep")
    public enum NextStep {
        SEND_NOTICE, WAIT_CURE_PERIOD, ENFORCEABLE, ENFORCED
    }
}
