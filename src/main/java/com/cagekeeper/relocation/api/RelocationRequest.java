package com.cagekeeper.relocation.api;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.cagekeeper.relocation.application.RelocationService;
import com.cagekeeper.relocation.domain.OldSpaceDisposition;
import com.cagekeeper.shared.domain.Ids;
import com.cagekeeper.shared.domain.InvalidInput;
import com.cagekeeper.shared.domain.Money;

/** Requests about relocations (§3.2, §2.1). */
public final class RelocationRequest {

    private RelocationRequest() {
    }

    /** Operations requires a move on notice (§3.2), or the customer asks for one (§2.1). */
    @Schema(name = "CreateRelocation")
    public record Create(
            @Pattern(regexp = Ids.PATTERN, message = Ids.PATTERN_MESSAGE) @Schema(description = "Required for operations; a customer token acts for itself") String customerId,
            @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.PATTERN_MESSAGE) @Schema(description = "The space the customer leases now, whose equipment moves") String fromSpaceId,
            @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.PATTERN_MESSAGE) @Schema(description = "An AVAILABLE space affording reasonably comparable access, environmental conditions and facilities (§3.2)") String toSpaceId,
            @NotNull @Schema(description = "The day the move may start, at the old space's facility; for a required move at least relocation.min-notice-days after the notice's deemed date unless the customer agreed", example = "2026-04-15") LocalDate moveOn,
            @Pattern(regexp = Ids.PATTERN, message = Ids.PATTERN_MESSAGE) @Schema(description = "Operations: the RELOCATION notice given to the customer and deemed given (§12.7); a customer leaves it out") String noticeId,
            @Size(min = 1, max = 200) @Schema(description = "Operations: the customer's written agreement to a move date within the notice period; the relocation is then SCHEDULED at once", example = "SB-LTR-2026-031") String customerAgreementReference,
            @Size(min = 1, max = 1000) @Schema(description = "Why a space in another facility is comparable; required when the target is in another facility", example = "ATL1 hall B is being rebuilt; ATL2 is 30 km away with the same carriers") String otherFacilityReason,
            @NotBlank @Size(max = 1000) @Schema(example = "Hall A cooling plant replacement") String reason) {

        RelocationService.Request request() {
            return new RelocationService.Request(customerId, fromSpaceId, toSpaceId, moveOn, noticeId,
                    customerAgreementReference, otherFacilityReason, reason);
        }
    }

    /** A note on a step of a relocation. */
    @Schema(name = "CreateRelocationStep")
    public record Step(@Size(max = 1000) @Schema(example = "Acknowledged by Dana Reyes") String note) {
    }

    /** Why a relocation is cancelled or a request declined. */
    @Schema(name = "CreateRelocationCancellation")
    public record Cancellation(@NotBlank @Size(max = 1000) @Schema(example = "Cooling repaired in place") String reason) {
    }

    /** Where one item goes in the new space. */
    @Schema(name = "RelocationPlacement")
    public record Placement(
            @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.PATTERN_MESSAGE) String itemId,
            @NotNull @Min(1) @Max(10000) @Schema(description = "The item's new lowest rack unit; it keeps its height", example = "20") Integer rackUnitFrom) {
    }

    /** Rule 20: the move is done. */
    @Schema(name = "CreateRelocationCompletion")
    public record Completion(
            @NotNull @Schema(description = "What becomes of the old space") OldSpaceDisposition oldSpaceState,
            @NotNull @Valid @Schema(description = "The reasonable costs of the move, in the customer's billing currency: recorded (borne by the provider, §3.2) or charged as RELOCATION (a move the customer asked for, §2.1)") Money cost,
            @Size(max = 500) @Schema(description = "New rack positions; an item not named keeps the units it had, which must fit and be free") List<@NotNull @Valid Placement> placements,
            @Size(max = 1000) @Schema(example = "Moved overnight") String note) {

        RelocationService.Completion completion() {
            Map<String, Integer> rackUnitFrom = new LinkedHashMap<>();
            for (Placement p : placements == null ? List.<Placement>of() : placements) {
                if (rackUnitFrom.put(Ids.canonical(p.itemId()), p.rackUnitFrom()) != null) {
                    throw new InvalidInput("placements", "must not name an item twice");
                }
            }
            return new RelocationService.Completion(oldSpaceState, cost, rackUnitFrom, note);
        }
    }
}
