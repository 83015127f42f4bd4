package com.cagekeeper.notice.application;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.cagekeeper.notice.domain.DeliveryMethod;
import com.cagekeeper.notice.domain.Notice;
import com.cagekeeper.notice.domain.NoticeDirection;
import com.cagekeeper.shared.domain.NoticeSubject;
import com.cagekeeper.shared.domain.Versioned;

/** A written notice as the API shows it. */
@Schema(name = "Notice")
public record NoticeView(
        String id,
        String customerId,
        NoticeDirection direction,
        NoticeSubject subject,
        @Schema(nullable = true, example = "Invoice INV-2026-0131 of 10,000.00 USD is past due; please pay within 10 days.") String text,
        @Schema(nullable = true, example = "DMS-2026-7781") String documentReference,
        DeliveryMethod deliveryMethod,
        @Schema(nullable = true, example = "2026-03-02") LocalDate sentOn,
        @Schema(nullable = true, description = "By courier: the date delivered") LocalDate deliveredOn,
        @Schema(nullable = true, description = "By certified mail: the date received") LocalDate receivedOn,
        @Schema(nullable = true, description = "The date the notice is deemed given (§12.7): sent by facsimile, delivered by courier, received by certified mail; null while unknown, and then it starts no clock", example = "2026-03-03") LocalDate deemedGivenOn,
        @Schema(description = "Who recorded the notice (token subject)") String recordedBy,
        long version,
        Instant createdAt,
        Instant updatedAt) implements Versioned {

    static NoticeView of(Notice n) {
        return new NoticeView(n.id, n.customerId, n.direction, n.subject, n.text, n.documentReference,
                n.deliveryMethod, n.sentOn, n.deliveredOn, n.receivedOn, n.deemedGivenOn, n.recordedBy, n.version,
                n.createdAt, n.updatedAt);
    }
}
