package com.cagekeeper.notice.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import com.cagekeeper.shared.domain.NoticeSubject;
import com.cagekeeper.shared.domain.Rejection;
import com.cagekeeper.shared.persistence.BaseEntity;

/**
 * A written notice given to a customer or received from one (§12.7), with how it was
 * delivered and the date it is deemed given, which the contract's clocks run from.
 */
@Entity
@Table(name = "notices")
public class Notice extends BaseEntity {

    public String customerId;
    @Enumerated(EnumType.STRING)
    public NoticeDirection direction;
    @Enumerated(EnumType.STRING)
    public NoticeSubject subject;
    public String text;
    public String documentReference;
    @Enumerated(EnumType.STRING)
    public DeliveryMethod deliveryMethod;
    public LocalDate sentOn;
    public LocalDate deliveredOn;
    public LocalDate receivedOn;
    /** Derived from the method and the dates by {@link NoticeDeemedGiven}, never set by hand. */
    public LocalDate deemedGivenOn;
    public String recordedBy;

    /** What a notice says and how it travelled. */
    public record Content(NoticeDirection direction, NoticeSubject subject, String text, String documentReference,
            Delivery delivery) {
    }

    public static Notice record(String id, Instant now, String customerId, Content c, String recordedBy) {
        Notice n = new Notice();
        n.stampCreated(id, now);
        n.customerId = customerId;
        n.direction = c.direction();
        n.subject = c.subject();
        n.text = c.text();
        n.documentReference = c.documentReference();
        n.deliveryMethod = c.delivery().method();
        n.sentOn = c.delivery().sentOn();
        n.deliveredOn = c.delivery().deliveredOn();
        n.receivedOn = c.delivery().receivedOn();
        n.recordedBy = recordedBy;
        n.deem();
        return n;
    }

    public Delivery delivery() {
        return new Delivery(deliveryMethod, sentOn, deliveredOn, receivedOn);
    }

    /** §12.7: a notice is in writing: it carries its text, a reference to the signed document, or both. */
    public static Optional<Rejection> contentRefusal(String text, String documentReference) {
        if (text != null || documentReference != null) {
            return Optional.empty();
        }
        return Optional.of(new Rejection("NOTICE_CONTENT_MISSING", NoticeDeemedGiven.CLAUSE,
                "A written notice needs its text or a documentReference, or both.").at("text"));
    }

    /**
     * §12.7: each method knows its own dates. A facsimile is sent, and is deemed given on that
     * date, so it needs it; a courier is sent and delivered; certified mail is sent and received.
     * A date that does not apply to the method is refused, naming it.
     */
    public static Optional<Rejection> datesApplicabilityRefusal(Delivery d) {
        if (d.method() == DeliveryMethod.FACSIMILE && d.sentOn() == null) {
            return Optional.of(new Rejection("NOTICE_DATE_REQUIRED", NoticeDeemedGiven.CLAUSE,
                    "A facsimile is deemed given on the date sent: sentOn is required.").at("sentOn"));
        }
        if (d.deliveredOn() != null && d.method() != DeliveryMethod.COURIER) {
            return Optional.of(notApplicable("deliveredOn", d.method()));
        }
        if (d.receivedOn() != null && d.method() != DeliveryMethod.CERTIFIED_MAIL) {
            return Optional.of(notApplicable("receivedOn", d.method()));
        }
        return Optional.empty();
    }

    private static Rejection notApplicable(String field, DeliveryMethod method) {
        return new Rejection("NOTICE_DATE_NOT_APPLICABLE", NoticeDeemedGiven.CLAUSE, field
                + " does not apply to a notice by " + method
                + ": a courier is delivered, certified mail is received, a facsimile is only sent.").at(field);
    }

    /**
     * §12.7: a notice is recorded on or after the fact, never ahead of it: no date may lie after
     * today in the customer's time zone, and a delivery or receipt cannot precede the sending.
     */
    public static Optional<Rejection> datesRefusal(Delivery d, LocalDate today) {
        for (var date : List.of(new Dated("sentOn", d.sentOn()), new Dated("deliveredOn", d.deliveredOn()),
                new Dated("receivedOn", d.receivedOn()))) {
            if (date.value() != null && date.value().isAfter(today)) {
                return Optional.of(new Rejection("NOTICE_DATE_IN_FUTURE", NoticeDeemedGiven.CLAUSE, date.field()
                        + " " + date.value() + " is after today in the customer's time zone (" + today
                        + "); a notice is recorded when it has happened.").at(date.field()));
            }
        }
        for (var date : List.of(new Dated("deliveredOn", d.deliveredOn()), new Dated("receivedOn", d.receivedOn()))) {
            if (date.value() != null && d.sentOn() != null && date.value().isBefore(d.sentOn())) {
                return Optional.of(new Rejection("NOTICE_DATES_OUT_OF_ORDER", NoticeDeemedGiven.CLAUSE, date.field()
                        + " " + date.value() + " is before the notice was sent (" + d.sentOn() + ").")
                        .at(date.field()));
            }
        }
        return Optional.empty();
    }

    private record Dated(String field, LocalDate value) {
    }

    /** §12.7: only a courier is delivered, and only once. */
    public Optional<Rejection> deliveryRefusal() {
        return laterDateRefusal(DeliveryMethod.COURIER, deliveredOn, "delivery");
    }

    /** §12.7: only certified mail is received (its return receipt), and only once. */
    public Optional<Rejection> receiptRefusal() {
        return laterDateRefusal(DeliveryMethod.CERTIFIED_MAIL, receivedOn, "receipt");
    }

    private Optional<Rejection> laterDateRefusal(DeliveryMethod method, LocalDate already, String what) {
        if (deliveryMethod != method) {
            return Optional.of(new Rejection("NOTICE_METHOD_MISMATCH", NoticeDeemedGiven.CLAUSE, "The notice went by "
                    + deliveryMethod + "; a " + what + " date is recorded only for " + method + "."));
        }
        if (already != null) {
            return Optional.of(new Rejection("NOTICE_" + what.toUpperCase(java.util.Locale.ROOT) + "_RECORDED",
                    NoticeDeemedGiven.CLAUSE, "The notice's " + what + " on " + already
                            + " is already recorded; the deemed date does not move."));
        }
        return Optional.empty();
    }

    /** The courier delivered the notice: it is deemed given that day. */
    public void delivered(LocalDate on, Instant now) {
        this.deliveredOn = on;
        deem();
        touch(now);
    }

    /** The certified mail was received: it is deemed given that day. */
    public void received(LocalDate on, Instant now) {
        this.receivedOn = on;
        deem();
        touch(now);
    }

    private void deem() {
        this.deemedGivenOn = NoticeDeemedGiven.on(delivery()).orElse(null);
    }
}
