package com.cagekeeper.notice.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import com.cagekeeper.shared.domain.Rejection;

@DisplayName("NoticeDeemedGiven (§12.7, rule 30: a written notice is deemed given on the date its method counts)")
class NoticeDeemedGivenTest {

    static final LocalDate SENT = LocalDate.of(2026, 3, 2);
    static final LocalDate DELIVERED = LocalDate.of(2026, 3, 3);
    static final LocalDate RECEIVED = LocalDate.of(2026, 3, 5);

    @Nested
    @DisplayName("the deemed date")
    class DeemedDate {

        @Test
        @DisplayName("§12.7(i) by confirmed facsimile: on the date sent")
        void facsimileOnTheDateSent() {
            assertEquals(Optional.of(SENT),
                    NoticeDeemedGiven.on(new Delivery(DeliveryMethod.FACSIMILE, SENT, null, null)));
        }

        @Test
        @DisplayName("§12.7(ii) by courier: on the date delivered, not the date sent")
        void courierOnTheDateDelivered() {
            assertEquals(Optional.of(DELIVERED),
                    NoticeDeemedGiven.on(new Delivery(DeliveryMethod.COURIER, SENT, DELIVERED, null)));
        }

        @Test
        @DisplayName("§12.7(ii) a courier not yet delivered is not deemed given: it starts no clock")
        void courierNotYetDelivered() {
            assertEquals(Optional.empty(), NoticeDeemedGiven.on(new Delivery(DeliveryMethod.COURIER, SENT, null, null)));
        }

        @Test
        @DisplayName("§12.7(iii) by certified mail: on the date received, not the date sent")
        void certifiedMailOnTheDateReceived() {
            assertEquals(Optional.of(RECEIVED),
                    NoticeDeemedGiven.on(new Delivery(DeliveryMethod.CERTIFIED_MAIL, SENT, null, RECEIVED)));
        }

        @Test
        @DisplayName("§12.7(iii) certified mail not yet received is not deemed given: it starts no clock")
        void certifiedMailNotYetReceived() {
            assertEquals(Optional.empty(),
                    NoticeDeemedGiven.on(new Delivery(DeliveryMethod.CERTIFIED_MAIL, SENT, null, null)));
        }

        @Test
        @DisplayName("§12.7(iii) certified mail received is deemed given that day even when the sending date is unknown")
        void certifiedMailWithoutSendingDate() {
            assertEquals(Optional.of(RECEIVED),
                    NoticeDeemedGiven.on(new Delivery(DeliveryMethod.CERTIFIED_MAIL, null, null, RECEIVED)));
        }

        @Test
        @DisplayName("§12.7 the date a later delivery or receipt fills in is the one each method counts")
        void decisiveFields() {
            assertEquals("sentOn", NoticeDeemedGiven.decisiveField(DeliveryMethod.FACSIMILE));
            assertEquals("deliveredOn", NoticeDeemedGiven.decisiveField(DeliveryMethod.COURIER));
            assertEquals("receivedOn", NoticeDeemedGiven.decisiveField(DeliveryMethod.CERTIFIED_MAIL));
        }
    }

    @Nested
    @DisplayName("the dates a notice is recorded with")
    class Dates {

        @Test
        @DisplayName("§12.7 recorded after the fact (a courier delivery last week) is accepted")
        void afterTheFact() {
            assertEquals(Optional.empty(), Notice.datesRefusal(
                    new Delivery(DeliveryMethod.COURIER, SENT, DELIVERED, null), DELIVERED.plusDays(7)));
        }

        @Test
        @DisplayName("§12.7 a date on today is accepted; one after today is refused with NOTICE_DATE_IN_FUTURE naming the field")
        void futureDateRefused() {
            assertEquals(Optional.empty(),
                    Notice.datesRefusal(new Delivery(DeliveryMethod.FACSIMILE, SENT, null, null), SENT));
            Rejection r = Notice.datesRefusal(new Delivery(DeliveryMethod.COURIER, SENT, DELIVERED, null), SENT)
                    .orElseThrow();
            assertEquals("NOTICE_DATE_IN_FUTURE", r.code());
            assertEquals("§12.7", r.clause());
            assertEquals("deliveredOn", r.field());
        }

        @Test
        @DisplayName("§12.7 a receipt before the sending is refused with NOTICE_DATES_OUT_OF_ORDER naming receivedOn")
        void receivedBeforeSent() {
            Rejection r = Notice.datesRefusal(
                    new Delivery(DeliveryMethod.CERTIFIED_MAIL, SENT, null, SENT.minusDays(1)), RECEIVED).orElseThrow();
            assertEquals("NOTICE_DATES_OUT_OF_ORDER", r.code());
            assertEquals("receivedOn", r.field());
        }

        @Test
        @DisplayName("§12.7 a delivery on the day of sending is in order")
        void deliveredTheSameDay() {
            assertEquals(Optional.empty(),
                    Notice.datesRefusal(new Delivery(DeliveryMethod.COURIER, SENT, SENT, null), RECEIVED));
        }

        @Test
        @DisplayName("§12.7 a facsimile needs its sending date (NOTICE_DATE_REQUIRED), and no delivery or receipt date applies to it")
        void facsimileDates() {
            Rejection missing = Notice.datesApplicabilityRefusal(new Delivery(DeliveryMethod.FACSIMILE, null, null,
                    null)).orElseThrow();
            assertEquals("NOTICE_DATE_REQUIRED", missing.code());
            assertEquals("sentOn", missing.field());
            Rejection delivered = Notice.datesApplicabilityRefusal(new Delivery(DeliveryMethod.FACSIMILE, SENT,
                    DELIVERED, null)).orElseThrow();
            assertEquals("NOTICE_DATE_NOT_APPLICABLE", delivered.code());
            assertEquals("deliveredOn", delivered.field());
        }

        @Test
        @DisplayName("§12.7 a courier is not received and certified mail is not delivered: the other date is refused (NOTICE_DATE_NOT_APPLICABLE)")
        void otherMethodsDates() {
            assertEquals("receivedOn", Notice.datesApplicabilityRefusal(
                    new Delivery(DeliveryMethod.COURIER, SENT, null, RECEIVED)).orElseThrow().field());
            assertEquals("deliveredOn", Notice.datesApplicabilityRefusal(
                    new Delivery(DeliveryMethod.CERTIFIED_MAIL, SENT, DELIVERED, null)).orElseThrow().field());
            assertTrue(Notice.datesApplicabilityRefusal(new Delivery(DeliveryMethod.COURIER, null, null, null))
                    .isEmpty(), "a courier recorded before anything is known is accepted");
        }

        @Test
        @DisplayName("§12.7 a notice is in writing: without text and document reference it is refused (NOTICE_CONTENT_MISSING)")
        void content() {
            assertEquals("NOTICE_CONTENT_MISSING", Notice.contentRefusal(null, null).orElseThrow().code());
            assertTrue(Notice.contentRefusal("Pay within 10 days.", null).isEmpty());
            assertTrue(Notice.contentRefusal(null, "DMS-1").isEmpty());
        }
    }
}
