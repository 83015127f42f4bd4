package com.cagekeeper.personnel.application;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.cagekeeper.personnel.domain.Person;
import com.cagekeeper.personnel.domain.PersonState;
import com.cagekeeper.personnel.domain.RevocationReason;
import com.cagekeeper.shared.domain.IdentityDocument;
import com.cagekeeper.shared.domain.Versioned;

/** An authorized person as the API shows it; the document number is masked. */
@Schema(name = "Person")
public record PersonView(
        String id,
        String customerId,
        @Schema(example = "Sam Okafor") String name,
        @Schema(example = "sam.okafor@soundbite.example") String email,
        @Schema(nullable = true, example = "Soundbite Communications, Inc.") String employer,
        IdentityDocument.Type idDocumentType,
        @Schema(description = "Only the last four characters are ever shown", example = "****4821") String idDocumentNumber,
        @Schema(description = "The approval covers every space the customer leases") boolean allSpaces,
        List<String> spaceIds,
        boolean mayEscort,
        boolean mayRemoveEquipment,
        @Schema(nullable = true) Instant validFrom,
        @Schema(nullable = true) Instant validUntil,
        PersonState state,
        @JsonInclude(JsonInclude.Include.NON_NULL) Approval approval,
        @JsonInclude(JsonInclude.Include.NON_NULL) Revocation revocation,
        @Schema(nullable = true) Instant removedAt,
        @Schema(nullable = true) Instant expiredAt,
        @Schema(nullable = true) Instant lastEntryAt,
        long version,
        Instant createdAt,
        Instant updatedAt) implements Versioned {

    /** §3.2: the provider's written approval. */
    @Schema(name = "PersonApproval")
    public record Approval(String approvedBy, Instant approvedAt,
            @Schema(example = "ACC-2026-0142") String reference) {
    }

    /** §3.2: the provider's rescission of access. */
    @Schema(name = "PersonRevocation")
    public record Revocation(String revokedBy, Instant revokedAt, RevocationReason reason,
            @Schema(nullable = true) String text) {
    }

    static PersonView of(Person p) {
        return new PersonView(p.id, p.customerId, p.name, p.email, p.employer, p.idDocumentType,
                IdentityDocument.masked(p.idDocumentLast4), p.allSpaces, p.spaceIds.stream().sorted().toList(), p.mayEscort,
                p.mayRemoveEquipment, p.validFrom, p.validUntil, p.state,
                p.approvedAt == null ? null : new Approval(p.approvedBy, p.approvedAt, p.approvalReference),
                p.revokedAt == null ? null
                        : new Revocation(p.revokedBy, p.revokedAt, p.revocationReason, p.revocationText),
                p.removedAt, p.expiredAt, p.lastEntryAt, p.version, p.createdAt, p.updatedAt);
    }
}
