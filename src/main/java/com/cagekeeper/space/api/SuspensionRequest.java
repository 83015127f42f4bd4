package com.cagekeeper.space.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.cagekeeper.space.domain.SuspensionReason;

/** Requests about suspensions (§3.2). */
public final class SuspensionRequest {

    private SuspensionRequest() {
    }

    /** Suspends the customer's operations in a space. */
    @Schema(name = "CreateSuspension")
    public record Create(
            @NotNull SuspensionReason reason,
            @NotBlank @Size(max = 1000) @Schema(example = "Smoke from a customer UPS in cage C042") String description) {
    }

    /** Lifts a suspension. */
    @Schema(name = "CreateSuspensionLift")
    public record Lift(@NotBlank @Size(max = 1000) @Schema(example = "UPS removed; area inspected") String note) {
    }
}
