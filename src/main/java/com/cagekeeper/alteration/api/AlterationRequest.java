package com.cagekeeper.alteration.api;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.cagekeeper.alteration.application.AlterationService;
import com.cagekeeper.shared.domain.Ids;

/** Requests about alterations of a space (§3.3). */
public final class AlterationRequest {

    private AlterationRequest() {
    }

    /** §3.3: plans submitted to the provider for a space the customer leases. */
    @Schema(name = "CreateAlteration")
    public record Submit(
            @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.PATTERN_MESSAGE) String spaceId,
            @NotBlank @Size(max = 2000) @Schema(example = "Install a 2 m overhead cable tray along the cage's north side") String description,
            @NotNull @Size(min = 1, max = 20) @Schema(description = "References of the plans and drawings (at least one: plans are submitted in writing)", example = "[\"DWG-ATL1-K101-07 rev B\"]") List<@NotBlank @Size(max = 200) String> documentReferences) {

        AlterationService.Submission submission() {
            return new AlterationService.Submission(spaceId, description, documentReferences);
        }
    }

    /** Rule 21: the provider's written consent. */
    @Schema(name = "CreateAlterationConsent")
    public record Consent(
            @NotBlank @Size(max = 200) @Schema(description = "The reference of the written consent", example = "ALT-2026-0031") String writtenConsentReference,
            @Size(max = 2000) @Schema(example = "Work outside business hours; no hot work") String conditions) {
    }

    /** §3.3: the provider refuses the plans. */
    @Schema(name = "CreateAlterationRefusal")
    public record Refusal(
            @NotBlank @Size(max = 2000) @Schema(example = "The tray would block the fire suppression nozzles") String reasons) {
    }

    /** A note on a step of the work, or on a withdrawal. */
    @Schema(name = "CreateAlterationStep")
    public record Step(@Size(max = 1000) @Schema(example = "Contractor on site") String note) {
    }
}
