package com.cagekeeper.endofterm.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.cagekeeper.billing.application.ChargeView;
import com.cagekeeper.shared.domain.Money;
import com.cagekeeper.shared.domain.Versioned;

/**
 * §7.6 (rule 28) as operations and the customer follow it for one space: the ended order, when
 * the rights ended and the removal window closes, the customer's items by owner and state, the
 * provider's items to surrender, what was charged, the alterations kept and what remains.
 * Its version is the space's: the inspection is recorded with it as If-Match.
 */
@Schema(name = "EndOfTerm")
public record EndOfTermView(
        String spaceId,
        @Schema(example = "ATL1-K101") String spaceCode,
        @Schema(description = "The space's state: RESTORATION_DUE until the inspection, then AVAILABLE (or OUT_OF_SERVICE when its underlying lease ended)", example = "RESTORATION_DUE") String spaceState,
        @Schema(nullable = true, description = "The customer whose order ended") String customerId,
        @Schema(nullable = true, description = "The order that ended") String orderId,
        @Schema(nullable = true, example = "TERMINATED") String orderState,
        @Schema(nullable = true, description = "The first day without rights: the termination's effective date, or the day after the term's last day (§7.6(i))") LocalDate rightsEndOn,
        @Schema(nullable = true, description = "The instant the rights ceased: the start of that day at the facility") Instant rightsEndedAt,
        @Schema(description = "termination.removal-window-days", example = "30") int removalWindowDays,
        @Schema(nullable = true, description = "When the removal window closes: only removal-only entry until then (§7.6(iv))") Instant removalWindowEndsAt,
        @Schema(nullable = true, description = "The first day the provider may dispose of items left in the space") LocalDate disposalAllowedOn,
        @Schema(description = "Whether the removal window is open now") boolean removalWindowOpen,
        @Schema(description = "Every item of the customer placed in the space, in any state") List<Item> items,
        @Schema(description = "Items still in the space, counted by owner and state") List<Count> itemsRemaining,
        @Schema(description = "Provider-owned items still to be surrendered (§7.6(iii))") List<String> providerItemsToSurrender,
        @Schema(description = "Charges of the end of term: replacement, removal, disposal and restoration, oldest first") List<ChargeView> charges,
        @Schema(description = "Completed alterations: fixtures that stay with the space, excluded from the restoration (rule 22); those recorded by the inspection once it is") List<KeptAlteration> alterationsKept,
        @Schema(nullable = true, description = "The inspection that ended it, once recorded") InspectionView inspection,
        @Schema(description = "What remains to be done, in order; empty once the inspection is recorded") List<Step> remaining,
        long version) implements Versioned {

    /** The space's id: the end of term is the space's, and so are its ETag and version. */
    @Override
    @com.fasterxml.jackson.annotation.JsonIgnore
    public String id() {
        return spaceId;
    }

    /** An item of the customer placed in the space. */
    @Schema(name = "EndOfTermItem")
    public record Item(String id, String name, @Schema(nullable = true) String serial,
            @Schema(nullable = true) String assetTag, @Schema(example = "CUSTOMER") String owner,
            @Schema(example = "INSTALLED") String state,
            @Schema(description = "Whether it is still at the facility for this space (installed, relocating or held by the provider)") boolean inSpace) {
    }

    /** How many items of one owner are in one state in the space. */
    @Schema(name = "EndOfTermItemCount")
    public record Count(@Schema(example = "CUSTOMER") String owner, @Schema(example = "INSTALLED") String state,
            int count) {
    }

    /** A completed alteration kept as a fixture. */
    @Schema(name = "KeptAlteration")
    public record KeptAlteration(String id, String description, @Schema(nullable = true) String consentReference,
            @Schema(nullable = true) Instant completedAt) {
    }

    /** The inspection that ended the end of term. */
    @Schema(name = "EndOfTermInspection")
    public record InspectionView(String id, @Schema(example = "RESTORED_BY_CUSTOMER") String outcome,
            @Schema(nullable = true, description = "What the provider's restoration cost, charged as RESTORATION") Money restorationCost,
            @Schema(nullable = true) String note, String inspectedBy, Instant inspectedAt) {
    }

    /** A step still to be taken. */
    @Schema(name = "EndOfTermStep")
    public record Step(@Schema(example = "REMOVE_EQUIPMENT") String code, @Schema(example = "§7.6(iv)") String clause,
            String description, @Schema(nullable = true, description = "The first day it is allowed, when time decides it") LocalDate allowedOn) {
    }
}
