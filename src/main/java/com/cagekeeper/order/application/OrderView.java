package com.cagekeeper.order.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.cagekeeper.order.domain.Order;
import com.cagekeeper.order.domain.OrderState;
import com.cagekeeper.shared.domain.Money;
import com.cagekeeper.shared.domain.Versioned;

/** An order (Sales Order Form) as the API shows it. */
@Schema(name = "Order")
public record OrderView(
        String id,
        String customerId,
        List<String> spaceIds,
        @Schema(description = "Billing commencement; the term starts here (§7.1)", example = "2026-12-01") LocalDate termStart,
        @Schema(example = "36") int termMonths,
        @Schema(description = "The term's last day (§7.1)", example = "2029-11-30") LocalDate termEnd,
        Money monthlyFee,
        Money minimumMonthlyBilling,
        @Schema(description = "An invoice against the order is due this many days after its issue (§4.1)", example = "30") int paymentTermDays,
        OrderState state,
        @Schema(nullable = true) LocalDate activationDate,
        @JsonInclude(JsonInclude.Include.NON_NULL) Cancellation cancellation,
        @JsonInclude(JsonInclude.Include.NON_NULL) Termination termination,
        long version,
        Instant createdAt,
        Instant updatedAt) implements Versioned {

    /** How and why an order was cancelled before activation (§7.5). */
    @Schema(name = "OrderCancellation")
    public record Cancellation(Instant at, String reason,
            @Schema(description = "Costs incurred through the notice (§7.5)") Money fee) {
    }

    /** When and why an order ended. */
    @Schema(name = "OrderTermination")
    public record Termination(LocalDate effectiveDate, String reason, @Schema(nullable = true, example = "§3.4") String clause) {
    }

    static OrderView of(Order o) {
        return new OrderView(o.id, o.customerId, List.copyOf(o.spaceIds), o.termStart, o.termMonths, o.termEnd(),
                o.monthlyFee, o.minimumMonthlyBilling, o.paymentTermDays, o.state, o.activationDate,
                o.cancelledAt == null ? null : new Cancellation(o.cancelledAt, o.cancellationReason, o.cancellationFee),
                o.terminatedOn == null ? null
                        : new Termination(o.terminatedOn, o.terminationReason, o.terminationClause),
                o.version, o.createdAt, o.updatedAt);
    }
}
