package com.cagekeeper.personnel.api;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.cagekeeper.shared.domain.Ids;

import com.cagekeeper.personnel.application.PersonService;
import com.cagekeeper.personnel.domain.RevocationReason;
import com.cagekeeper.shared.domain.IdentityDocument;

/** Requests about authorized people. */
public final class PersonRequest {

    private PersonRequest() {
    }

    /** Asks the provider to approve a person for the customer's spaces (§3.2). */
    @Schema(name = "CreatePerson")
    public record Create(
            @Pattern(regexp = Ids.PATTERN, message = Ids.PATTERN_MESSAGE) @Schema(description = "Required for operations; a customer token asks for itself") String customerId,
            @NotBlank @Size(max = 200) @Schema(example = "Sam Okafor") String name,
            @NotBlank @Email @Size(max = 254) @Schema(example = "sam.okafor@soundbite.example") String email,
            @Size(max = 200) @Schema(example = "Soundbite Communications, Inc.") String employer,
            @NotNull IdentityDocument.Type idDocumentType,
            @NotBlank @Size(min = 4, max = 40) @Pattern(regexp = "^[A-Za-z0-9 -]*[A-Za-z0-9-][A-Za-z0-9 -]*$", message = "must be letters, digits, spaces or dashes") @Schema(description = "Stored only as a keyed hash and its last four characters", example = "P-88234821") String idDocumentNumber,
            @Schema(description = "Cover every space the customer leases, now and later") boolean allSpaces,
            @Size(max = 200) List<@NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.PATTERN_MESSAGE) String> spaceIds,
            boolean mayEscort,
            boolean mayRemoveEquipment,
            @Schema(example = "2026-11-23T00:00:00Z") Instant validFrom,
            @Schema(example = "2027-11-23T00:00:00Z") Instant validUntil) {

        PersonService.Ask ask() {
            return new PersonService.Ask(customerId, name, email, employer, idDocumentType, idDocumentNumber,
                    allSpaces, spaceIds, mayEscort, mayRemoveEquipment, validFrom, validUntil);
        }
    }

    /** §3.2: the provider's approval in writing. */
    @Schema(name = "CreatePersonApproval")
    public record Approval(
            @NotBlank @Size(max = 200) @Schema(description = "Reference of the written approval", example = "ACC-2026-0142") String writtenApprovalReference,
            @Schema(description = "Overrides the requested start of validity") Instant validFrom,
            @Schema(description = "Overrides the requested end of validity") Instant validUntil) {
    }

    /** §3.2: the provider rescinds a person's access. */
    @Schema(name = "CreatePersonRevocation")
    public record Revocation(
            @NotNull RevocationReason reason,
            @Size(max = 1000) @Schema(description = "Required when the reason is OTHER", example = "Propped open the cage door of a neighbour") String text) {
    }

    /** The customer takes a person off its list. */
    @Schema(name = "CreatePersonRemoval")
    public record Removal(@Size(max = 1000) @Schema(example = "Left the company") String note) {
    }
}
