package com.cagekeeper.notice.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.cagekeeper.notice.application.NoticeService;
import com.cagekeeper.notice.domain.Delivery;
import com.cagekeeper.notice.domain.DeliveryMethod;
import com.cagekeeper.notice.domain.NoticeDirection;
import com.cagekeeper.shared.domain.Ids;
import com.cagekeeper.shared.domain.NoticeSubject;

/** Requests about written notices (§12.7). */
public final class NoticeRequest {

    private NoticeRequest() {
    }

    /** Records a notice given to a customer or received from one, usually after the fact. */
    @Schema(name = "CreateNotice")
    public record Create(
            @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.PATTERN_MESSAGE) String customerId,
            @NotNull NoticeDirection direction,
            @NotNull NoticeSubject subject,
            @Size(max = 4000) @Schema(description = "The notice's text; text, documentReference or both", example = "Invoice INV-2026-0131 of 10,000.00 USD is past due; please pay within 10 days.") String text,
            @Size(max = 200) @Schema(description = "Reference of the signed document in the document store", example = "DMS-2026-7781") String documentReference,
            @NotNull DeliveryMethod deliveryMethod,
            @Schema(description = "Required for FACSIMILE; optional for COURIER and CERTIFIED_MAIL. Not after today in the customer's time zone", example = "2026-03-02") LocalDate sentOn,
            @Schema(description = "COURIER only, when known; not before sentOn nor after today in the customer's time zone") LocalDate deliveredOn,
            @Schema(description = "CERTIFIED_MAIL only, when known; not before sentOn nor after today in the customer's time zone") LocalDate receivedOn) {

        NoticeService.Recording recording() {
            return new NoticeService.Recording(customerId, direction, subject, text, documentReference,
                    new Delivery(deliveryMethod, sentOn, deliveredOn, receivedOn));
        }
    }

    /** §12.7(ii): the date a courier delivered the notice. */
    @Schema(name = "CreateNoticeDelivery")
    public record Delivered(
            @NotNull @Schema(description = "Not before sentOn nor after today in the customer's time zone", example = "2026-03-03") LocalDate deliveredOn) {
    }

    /** §12.7(iii): the date certified mail was received, from its return receipt. */
    @Schema(name = "CreateNoticeReceipt")
    public record Received(
            @NotNull @Schema(description = "Not before sentOn nor after today in the customer's time zone", example = "2026-03-05") LocalDate receivedOn) {
    }
}
