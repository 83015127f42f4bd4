package com.cagekeeper.visit.api;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.cagekeeper.shared.domain.Ids;

import com.cagekeeper.shared.domain.IdentityDocument;
import com.cagekeeper.visit.application.VisitService;
import com.cagekeeper.visit.domain.VisitPurpose;

/** Requests about visits. */
public final class VisitRequest {

    private VisitRequest() {
    }

    /** A named visitor. */
    @Schema(name = "CreateVisitor")
    public record NewVisitor(
            @NotBlank @Size(max = 200) @Schema(example = "Alex Kim") String name,
            @Size(max = 200) @Schema(example = "Rackworks Installations") String employer,
            @NotNull IdentityDocument.Type idDocumentType,
            @NotBlank @Size(min = 4, max = 40) @Pattern(regexp = "^[A-Za-z0-9 -]*[A-Za-z0-9-][A-Za-z0-9 -]*$", message = "must be letters, digits, spaces or dashes") @Schema(example = "D1207731") String idDocumentNumber) {
    }

    /** Schedules a visit (rule 9). */
    @Schema(name = "CreateVisit")
    public record Create(
            @Pattern(regexp = Ids.PATTERN, message = Ids.PATTERN_MESSAGE) @Schema(description = "Required for operations; a customer token schedules for itself") String customerId,
            @NotNull VisitPurpose purpose,
            @Size(max = 1000) @Schema(example = "Install two 2U servers in cabinet K101") String description,
            @NotNull @Schema(example = "2026-11-24T13:00:00Z") Instant startsAt,
            @NotNull @Schema(description = "At most 14 days after startsAt", example = "2026-11-24T18:00:00Z") Instant endsAt,
            @NotEmpty @Size(max = 100) List<@NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.PATTERN_MESSAGE) String> spaceIds,
            @NotEmpty List<@NotNull @Valid NewVisitor> visitors,
            @Pattern(regexp = Ids.PATTERN, message = Ids.PATTERN_MESSAGE) @Schema(description = "An approved person of the customer who may escort; required for customer tokens") String escortPersonId) {

        VisitService.Schedule schedule() {
            return new VisitService.Schedule(customerId, purpose, description, startsAt, endsAt, spaceIds,
                    visitors.stream().map(v -> new VisitService.NewVisitor(v.name(), v.employer(),
                            v.idDocumentType(), v.idDocumentNumber())).toList(),
                    escortPersonId);
        }
    }

    /** Operations waives the escort of a visit. */
    @Schema(name = "CreateEscortWaiver")
    public record EscortWaiver(
            @NotBlank @Size(max = 1000) @Schema(example = "Vendor badge holder with site induction") String reason) {
    }

    /** Cancels a visit. */
    @Schema(name = "CreateVisitCancellation")
    public record Cancellation(@NotBlank @Size(max = 1000) @Schema(example = "Work postponed") String reason) {
    }
}
