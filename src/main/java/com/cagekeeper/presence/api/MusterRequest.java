package com.cagekeeper.presence.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.cagekeeper.shared.domain.Ids;

/** Requests about musters, the roll calls of an evacuation (rule 31a, BCP). */
public final class MusterRequest {

    private MusterRequest() {
    }

    /** Starts a muster at a facility. */
    @Schema(name = "CreateMuster")
    public record Start(
            @NotBlank @Size(max = 1000) @Schema(example = "Fire alarm in hall A: evacuation to muster point 1") String reason) {
    }

    /** Marks a person or visitor on the roll accounted for. */
    @Schema(name = "CreateMusterAccounting")
    public record Account(
            @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.PATTERN_MESSAGE) @Schema(description = "The person's id, or a visitor's id") String personId,
            @NotBlank @Size(max = 200) @Schema(example = "Muster point 1, north car park") String location,
            @Size(max = 1000) @Schema(example = "Seen by fire warden J. Reyes") String note) {
    }

    /** Closes a muster. */
    @Schema(name = "CreateMusterClose")
    public record Close(@Size(max = 1000) @Schema(example = "All clear; building reopened") String note) {
    }
}
