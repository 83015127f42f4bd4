package com.cagekeeper.endofterm.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.cagekeeper.endofterm.domain.InspectionOutcome;
import com.cagekeeper.shared.domain.Money;

/** Requests of the end of term (§7.6). */
public final class EndOfTermRequest {

    private EndOfTermRequest() {
    }

    /** §7.6(iii): a provider-owned item handed back to the provider. */
    @Schema(name = "CreateEquipmentSurrender")
    public record Surrender(
            @Schema(description = "Whether it came back in its original condition; a flag left out is false") boolean originalCondition,
            @Valid @Schema(description = "Required when not in its original condition: its replacement value, charged to the customer (REPLACEMENT), in the customer's billing currency") Money replacementValue,
            @Size(max = 500) @Schema(example = "Handed over at the loading dock") String note) {
    }

    /** §7.6(iv): an item left after the removal window, removed and disposed of by the provider. */
    @Schema(name = "CreateEquipmentDisposal")
    public record Disposal(
            @NotNull @Valid @Schema(description = "The cost of removing it, charged to the customer (REMOVAL) when above zero") Money removalCost,
            @NotNull @Valid @Schema(description = "The cost of disposing of it, charged to the customer (DISPOSAL) when above zero") Money disposalCost,
            @Size(max = 500) @Schema(example = "Sent to the certified recycler") String note) {
    }

    /** §7.6(iv), §3.3: the inspection that ends the end of term. */
    @Schema(name = "RestorationCompletion")
    public record Inspection(
            @Schema(description = "Who restored the space to its original condition, except approved alterations; left out, RESTORED_BY_CUSTOMER") InspectionOutcome outcome,
            @Valid @Schema(description = "Required with RESTORED_BY_PROVIDER, absent otherwise: what the restoration cost, charged to the customer (RESTORATION) in its billing currency. After a relocation the provider required (§3.2) the restoration is the provider's cost: it may be left out, and one named is recorded, not charged") Money restorationCost,
            @NotBlank @Size(max = 1000) @Schema(example = "Walkthrough done; cage panels reinstated") String note) {

        /** The outcome, RESTORED_BY_CUSTOMER when left out (as before the outcome was asked for). */
        public InspectionOutcome outcomeOrDefault() {
            return outcome == null ? InspectionOutcome.RESTORED_BY_CUSTOMER : outcome;
        }
    }
}
