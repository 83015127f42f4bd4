package com.cagekeeper.lien.api;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.cagekeeper.lien.application.LienService;
import com.cagekeeper.shared.domain.Ids;

/** Requests about lien actions (§3.5). */
public final class LienActionRequest {

    private LienActionRequest() {
    }

    /** §3.5: restrict access to spaces (a) and/or take equipment into possession (b). */
    @Schema(name = "CreateLienAction")
    public record Enforce(
            @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.PATTERN_MESSAGE) String customerId,
            @Size(max = 200) @Schema(description = "§3.5(a): the customer's spaces its people may not enter while the action stands") List<@NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.PATTERN_MESSAGE) String> restrictSpaceIds,
            @Size(max = 500) @Schema(description = "§3.5(b): the customer's equipment to take into the provider's possession") List<@NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.PATTERN_MESSAGE) String> itemIds,
            @Size(max = 200) @Schema(description = "Where possessed equipment is stored; required with itemIds", example = "ATL1 cage store B-12") String storageLocation,
            @NotBlank @Size(max = 1000) @Schema(example = "Invoices INV-2026-001 and -002 unpaid after notice and cure period") String reason) {

        LienService.Enforcement enforcement() {
            return new LienService.Enforcement(customerId, restrictSpaceIds, itemIds, storageLocation, reason);
        }
    }

    /** Rule 16: release once the undisputed past-due amounts are paid. */
    @Schema(name = "CreateLienRelease")
    public record Release(@Size(max = 1000) @Schema(example = "Paid in full on 2026-03-20") String note) {
    }
}
