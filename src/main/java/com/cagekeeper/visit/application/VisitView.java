package com.cagekeeper.visit.application;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.cagekeeper.shared.domain.IdentityDocument;
import com.cagekeeper.shared.domain.Versioned;
import com.cagekeeper.visit.domain.Visit;
import com.cagekeeper.visit.domain.VisitPurpose;
import com.cagekeeper.visit.domain.VisitState;

/** A visit as the API shows it; visitors' document numbers are masked. */
@Schema(name = "Visit")
public record VisitView(
        String id,
        String customerId,
        VisitPurpose purpose,
        @Schema(nullable = true) String description,
        Instant startsAt,
        Instant endsAt,
        List<String> spaceIds,
        List<VisitorView> visitors,
        @Schema(nullable = true) String escortPersonId,
        boolean escortWaived,
        @Schema(nullable = true) String escortWaiverReason,
        VisitState state,
        @Schema(nullable = true) Instant cancelledAt,
        @Schema(nullable = true) String cancellationReason,
        long version,
        Instant createdAt,
        Instant updatedAt) implements Versioned {

    /** A named visitor; its id is the personId to check at the door. */
    @Schema(name = "Visitor")
    public record VisitorView(
            @Schema(description = "The id to give the access check as personId") String id,
            @Schema(example = "Alex Kim") String name,
            @Schema(nullable = true, example = "Rackworks Installations") String employer,
            IdentityDocument.Type idDocumentType,
            @Schema(example = "****7731") String idDocumentNumber) {
    }

    static VisitView of(Visit v) {
        return new VisitView(v.id, v.customerId, v.purpose, v.description, v.startsAt, v.endsAt,
                v.spaceIds.stream().sorted().toList(),
                v.visitors.stream().map(x -> new VisitorView(x.id, x.name, x.employer, x.idDocumentType,
                        IdentityDocument.masked(x.idDocumentLast4))).toList(),
                v.escortPersonId, v.escortWaived, v.escortWaiverReason, v.state, v.cancelledAt,
                v.cancellationReason, v.version, v.createdAt, v.updatedAt);
    }
}
