package com.cagekeeper.order.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.cagekeeper.shared.domain.Ids;

import com.cagekeeper.order.domain.Order;
import com.cagekeeper.shared.domain.Money;

/** Requests about orders. */
public final class OrderRequest {

    private OrderRequest() {
    }

    /** Places a Sales Order Form for spaces. */
    @Schema(name = "CreateOrder")
    public record Create(
            @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.PATTERN_MESSAGE) String customerId,
            @NotEmpty @Size(max = 100) List<@NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.PATTERN_MESSAGE) String> spaceIds,
            @NotNull @Schema(description = "Billing commencement (§7.1)", example = "2026-12-01") LocalDate termStart,
            @NotNull @Min(1) @Max(240) @Schema(example = "36") Integer termMonths,
            @NotNull @Valid Money monthlyFee,
            @NotNull @Valid @Schema(description = "Minimum monthly billing, used for the termination fee (§7.4)") Money minimumMonthlyBilling,
            @Min(1) @Max(120) @Schema(description = "An invoice against the order is due this many days after its issue; 30 (§4.1 net 30) when absent", example = "30", defaultValue = "30") Integer paymentTermDays) {

        Order.Terms terms() {
            return new Order.Terms(termStart, termMonths, monthlyFee, minimumMonthlyBilling, paymentTermDays);
        }
    }

    /** Activates an order: its spaces are subleased to the customer. */
    @Schema(name = "OrderActivation")
    public record Activation(
            @Schema(description = "Defaults to today at the facility of the order's first space, in its time zone", example = "2026-12-01") LocalDate activationDate) {
    }

    /** Cancels an order before activation (§7.5). */
    @Schema(name = "CreateOrderCancellation")
    public record Cancellation(
            @NotBlank @Size(max = 1000) @Schema(example = "Customer's written notice of 2026-11-20") String reason,
            @Valid @Schema(description = "Costs incurred through the notice: the cancellation fee (§7.5); zero when absent") Money costsIncurred) {
    }
}
