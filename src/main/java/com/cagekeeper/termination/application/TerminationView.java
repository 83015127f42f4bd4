package com.cagekeeper.termination.application;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.cagekeeper.shared.domain.Money;
import com.cagekeeper.shared.domain.Versioned;
import com.cagekeeper.termination.domain.Party;
import com.cagekeeper.termination.domain.Termination;
import com.cagekeeper.termination.domain.TerminationBasis;
import com.cagekeeper.termination.domain.TerminationCause;

/** The termination of an order as the API shows it, with its termination fee and the figures behind it. */
@Schema(name = "Termination")
public record TerminationView(
        String id,
        String customerId,
        String orderId,
        TerminationBasis basis,
        @Schema(description = "The party that terminates") Party terminatingParty,
        @Schema(nullable = true, description = "For cause: which of §7.3(a)-(e)") TerminationCause cause,
        @Schema(description = "The clause the termination is made under", example = "§7.2") String clause,
        @Schema(nullable = true, description = "The TERMINATION notice (§12.7) given by the terminating party") String noticeId,
        @Schema(nullable = true, description = "The date the notice is deemed given; a termination without cause is effective at least 80 days later (§7.2)", example = "2026-12-01") LocalDate noticeDeemedGivenOn,
        @Schema(nullable = true, description = "For a material breach: the noticed breach (§7.3(a))") String breachId,
        @Schema(nullable = true, description = "For force majeure: the event (§12.4)") String forceMajeureEventId,
        @Schema(description = "The day the customer's rights cease: the order ends at its start (§7.6(i))", example = "2027-03-01") LocalDate effectiveOn,
        String reason,
        @Schema(description = "Who recorded the termination (token subject)") String recordedBy,
        Fee fee,
        long version,
        Instant createdAt,
        Instant updatedAt) implements Versioned {

    /** §7.4: the termination fee, owed or not, and the figures it is computed from. */
    @Schema(name = "TerminationFee")
    public record Fee(
            @Schema(description = "Whether a fee is owed: only when the customer terminates before the term's end without cause (§7.4)") boolean owed,
            @Schema(nullable = true, description = "Why no fee is owed", example = "force majeure (§12.4, §7.4)") String notOwedBecause,
            @Schema(description = "remainingMonths x monthlyRate; zero when not owed") Money amount,
            @Schema(description = "The order's invoices issued through the day the termination was recorded") Money invoicedTotal,
            @Schema(description = "Months of the term begun by that day (a month begun counts)", example = "22") int monthsBilled,
            @Schema(description = "invoicedTotal / monthsBilled") Money averageMonthlyBilling,
            @Schema(description = "The order's minimum monthly billing") Money minimumMonthlyBilling,
            @Schema(description = "The greater of the average and the minimum (§7.4(i), (ii))") Money monthlyRate,
            @Schema(description = "Whole months from the effective date to the term's end", example = "14") int remainingMonths,
            @Schema(nullable = true, description = "Due within 10 days of the termination date (§7.4)", example = "2027-03-11") LocalDate payableBy,
            @Schema(nullable = true, description = "The TERMINATION_FEE entry of the customer's charges ledger") String chargeId) {
    }

    static TerminationView of(Termination t) {
        String c = t.feeCurrency;
        Fee fee = new Fee(t.feeOwed, t.feeNotOwedBecause, new Money(t.feeAmount, c), new Money(t.feeInvoicedTotal, c),
                t.feeMonthsBilled, new Money(t.feeAverageMonthly, c), new Money(t.feeMinimumMonthly, c),
                new Money(t.feeMonthlyRate, c), t.feeRemainingMonths, t.feePayableBy, t.chargeId);
        return new TerminationView(t.id, t.customerId, t.orderId, t.basis, t.terminatingParty, t.cause, t.clause(),
                t.noticeId, t.noticeDeemedGivenOn, t.breachId, t.forceMajeureEventId, t.effectiveOn, t.reason,
                t.recordedBy, fee, t.version, t.createdAt, t.updatedAt);
    }
}
