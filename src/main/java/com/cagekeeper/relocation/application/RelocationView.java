package com.cagekeeper.relocation.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.cagekeeper.relocation.domain.CostBearer;
import com.cagekeeper.relocation.domain.OldSpaceDisposition;
import com.cagekeeper.relocation.domain.Relocation;
import com.cagekeeper.relocation.domain.RelocationInitiator;
import com.cagekeeper.relocation.domain.RelocationState;
import com.cagekeeper.shared.domain.Money;
import com.cagekeeper.shared.domain.Versioned;

/** A relocation as the API shows it (§3.2, §2.1). */
@Schema(name = "Relocation")
public record RelocationView(
        String id,
        String customerId,
        @Schema(description = "The order whose lease moves with the equipment") String orderId,
        @Schema(description = "The space the equipment leaves") String fromSpaceId,
        @Schema(description = "The space the equipment moves to") String toSpaceId,
        @Schema(description = "PROVIDER: required by the provider on notice (§3.2); CUSTOMER: asked for by the customer (§2.1)") RelocationInitiator initiator,
        @Schema(description = "A required move still PROPOSED reads SCHEDULED from the day its notice period runs out (derived on read, stored at the next action)") RelocationState state,
        String reason,
        @Schema(description = "The day the move may start, at the old space's facility") LocalDate moveOn,
        @Schema(nullable = true, description = "The RELOCATION notice a required move runs from (§3.2, §12.7)") String noticeId,
        @Schema(nullable = true, description = "The date that notice was deemed given (§12.7)") LocalDate noticeDeemedGivenOn,
        @Schema(nullable = true, description = "The earliest move date without the customer's agreement: the deemed date plus relocation.min-notice-days") LocalDate noticePeriodEndsOn,
        @Schema(nullable = true, description = "The customer's written agreement to a move date within the notice period") String customerAgreementReference,
        @Schema(nullable = true, description = "Why a space in another facility is comparable (§3.2)") String otherFacilityReason,
        @Schema(description = "Who asked for the move (token subject)") String requestedBy,
        @Schema(nullable = true) String acknowledgedBy,
        @Schema(nullable = true, description = "When the customer acknowledged a required move") Instant acknowledgedAt,
        @Schema(nullable = true, description = "Who accepted or declined a customer's request") String decidedBy,
        @Schema(nullable = true) Instant decidedAt,
        @Schema(nullable = true) String startedBy,
        @Schema(nullable = true) Instant startedAt,
        @Schema(nullable = true) String completedBy,
        @Schema(nullable = true) Instant completedAt,
        @Schema(nullable = true, description = "What became of the old space at completion") OldSpaceDisposition oldSpaceState,
        @Schema(description = "Who bears the costs (rule 19): the provider for a move it requires (§3.2), the customer for one it asked for (§2.1)") CostBearer costBorneBy,
        @Schema(nullable = true, description = "The reasonable costs of the move, recorded at completion") Money cost,
        @Schema(nullable = true, description = "The RELOCATION entry of the customer's charges ledger, when the customer bears the costs") String chargeId,
        @Schema(description = "The equipment the completed move installed in the new space") List<String> movedItemIds,
        @Schema(nullable = true) String closedBy,
        @Schema(nullable = true) Instant closedAt,
        @Schema(nullable = true, description = "Why it was cancelled or declined") String closeReason,
        @Schema(description = "Whether operations declined the customer's request") boolean declined,
        long version,
        Instant createdAt,
        Instant updatedAt) implements Versioned {

    static RelocationView of(Relocation r, Instant now) {
        return new RelocationView(r.id, r.customerId, r.orderId, r.fromSpaceId, r.toSpaceId, r.initiator,
                r.stateAt(now), r.reason, r.moveOn, r.noticeId, r.noticeDeemedGivenOn, r.noticePeriodEndsOn,
                r.customerAgreementReference, r.otherFacilityReason, r.requestedBy, r.acknowledgedBy, r.acknowledgedAt,
                r.decidedBy, r.decidedAt, r.startedBy, r.startedAt, r.completedBy, r.completedAt, r.oldSpaceState,
                r.costBorneBy, r.costAmount == null ? null : new Money(r.costAmount, r.costCurrency), r.chargeId,
                r.movedItemIds.stream().sorted().toList(), r.closedBy, r.closedAt, r.closeReason, r.declined,
                r.version, r.createdAt, r.updatedAt);
    }
}
