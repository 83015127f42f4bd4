package com.cagekeeper.notice;

import static com.cagekeeper.support.Api.AUDITOR;
import static com.cagekeeper.support.Api.BILLING;
import static com.cagekeeper.support.Api.OPERATIONS;
import static com.cagekeeper.support.Api.as;
import static com.cagekeeper.support.Api.asCustomer;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import com.cagekeeper.notice.application.NoticeService;
import com.cagekeeper.notice.application.NoticeView;
import com.cagekeeper.shared.domain.NoticeSubject;
import com.cagekeeper.support.Fixtures;
import com.cagekeeper.support.TestClock;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@DisplayName("Written notices (§12.7, rule 30): recorded after the fact, deemed given on the date the method counts")
class NoticeResourceTest {

    /** Today in UTC, the zone of customers that name none; the clock stands at its noon, away from midnight. */
    LocalDate TODAY_UTC;

    @Inject
    TestClock clock;
    @Inject
    NoticeService notices;

    @BeforeEach
    void standAtNoon() {
        TODAY_UTC = LocalDate.now(ZoneOffset.UTC);
        clock.standAt(TODAY_UTC.atTime(12, 0).toInstant(ZoneOffset.UTC));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static ValidatableResponse record(Map<String, Object> body) {
        return as(OPERATIONS).body(body).post("/api/v1/notices").then();
    }

    @Nested
    @DisplayName("the deemed date of each delivery method")
    class DeemedDates {

        @Test
        @DisplayName("§12.7(i) a confirmed facsimile is deemed given on the date sent")
        void facsimile() {
            String customer = Fixtures.customer();
            LocalDate sent = TODAY_UTC.minusDays(3);
            String id = record(Fixtures.noticeBody(customer, "FACSIMILE", sent)).statusCode(201)
                    .header("Location", containsString("/api/v1/notices/"))
                    .body("deemedGivenOn", equalTo(sent.toString())).body("sentOn", equalTo(sent.toString()))
                    .body("deliveryMethod", equalTo("FACSIMILE")).body("recordedBy", equalTo("test.operations"))
                    .extract().path("id");
            as(BILLING).get("/api/v1/notices/{id}", id).then().statusCode(200).header("ETag", equalTo("\"0\""))
                    .body("deemedGivenOn", equalTo(sent.toString()));
        }

        @Test
        @DisplayName("§12.7(ii) a courier recorded after the fact (delivered last week) is deemed given on the date delivered, not sent")
        void courierDeliveredLastWeek() {
            String customer = Fixtures.customer();
            Map<String, Object> body = Fixtures.noticeBody(customer, "COURIER", TODAY_UTC.minusDays(9));
            body.put("deliveredOn", TODAY_UTC.minusDays(7).toString());
            record(body).statusCode(201).body("deemedGivenOn", equalTo(TODAY_UTC.minusDays(7).toString()));
        }

        @Test
        @DisplayName("§12.7(ii) a courier not yet delivered has no deemed date; POST /delivery records the date and it is deemed given then")
        void courierDeliveredLater() {
            String customer = Fixtures.customer();
            String id = record(Fixtures.noticeBody(customer, "COURIER", TODAY_UTC.minusDays(2))).statusCode(201)
                    .body("deemedGivenOn", nullValue()).body("deliveredOn", nullValue()).extract().path("id");
            as(OPERATIONS).header("If-Match", "\"0\"").body(Map.of("deliveredOn", TODAY_UTC.minusDays(1).toString()))
                    .post("/api/v1/notices/{id}/delivery", id).then().statusCode(200).header("ETag", equalTo("\"1\""))
                    .body("deliveredOn", equalTo(TODAY_UTC.minusDays(1).toString()))
                    .body("deemedGivenOn", equalTo(TODAY_UTC.minusDays(1).toString()));
            // delivered once: the deemed date does not move
            as(OPERATIONS).body(Map.of("deliveredOn", TODAY_UTC.toString())).post("/api/v1/notices/{id}/delivery", id)
                    .then().statusCode(409).body("code", equalTo("NOTICE_DELIVERY_RECORDED"))
                    .body("clause", equalTo("§12.7"));
            as(AUDITOR).queryParam("objectType", "Notice").queryParam("objectId", id).get("/api/v1/audit").then()
                    .body("items.action", contains("NOTICE_RECORDED", "NOTICE_DELIVERED"));
        }

        @Test
        @DisplayName("§12.7(iii) certified mail not yet received has no deemed date and starts no clock; the receipt makes it deemed given on the date received")
        void certifiedMail() {
            String customer = Fixtures.customer();
            String id = record(Fixtures.noticeBody(customer, "CERTIFIED_MAIL", TODAY_UTC.minusDays(6)))
                    .statusCode(201).body("deemedGivenOn", nullValue()).extract().path("id");
            assertEquals(List.of(), notices.deemedNotices(customer, NoticeSubject.DELINQUENCY),
                    "a notice not yet received starts no cure period");
            as(OPERATIONS).body(Map.of("receivedOn", TODAY_UTC.minusDays(2).toString()))
                    .post("/api/v1/notices/{id}/receipt", id).then().statusCode(200)
                    .body("receivedOn", equalTo(TODAY_UTC.minusDays(2).toString()))
                    .body("deemedGivenOn", equalTo(TODAY_UTC.minusDays(2).toString()));
            List<NoticeView> deemed = notices.deemedNotices(customer, NoticeSubject.DELINQUENCY);
            assertEquals(List.of(id), deemed.stream().map(NoticeView::id).toList());
            assertEquals(TODAY_UTC.minusDays(2), deemed.get(0).deemedGivenOn());
        }

        @Test
        @DisplayName("§12.7 a delivery is only for a courier and a receipt only for certified mail (409 NOTICE_METHOD_MISMATCH)")
        void methodMismatch() {
            String customer = Fixtures.customer();
            String fax = record(Fixtures.noticeBody(customer, "FACSIMILE", TODAY_UTC)).statusCode(201).extract()
                    .path("id");
            as(OPERATIONS).body(Map.of("deliveredOn", TODAY_UTC.toString())).post("/api/v1/notices/{id}/delivery", fax)
                    .then().statusCode(409).body("code", equalTo("NOTICE_METHOD_MISMATCH"));
            as(OPERATIONS).body(Map.of("receivedOn", TODAY_UTC.toString())).post("/api/v1/notices/{id}/receipt", fax)
                    .then().statusCode(409).body("code", equalTo("NOTICE_METHOD_MISMATCH"));
        }

        @Test
        @DisplayName("§3.5 the deemed DELINQUENCY notices to the customer come oldest deemed date first, whatever the order they were recorded in; notices from the customer and of other subjects are not among them")
        void deemedDelinquencyNotices() {
            String customer = Fixtures.customer();
            String first = record(Fixtures.noticeBody(customer, "FACSIMILE", TODAY_UTC.minusDays(20))).statusCode(201)
                    .extract().path("id");
            String last = record(Fixtures.noticeBody(customer, "FACSIMILE", TODAY_UTC.minusDays(5))).statusCode(201)
                    .extract().path("id");
            // recorded later but deemed given earlier: in the middle
            String middle = record(Fixtures.noticeBody(customer, "FACSIMILE", TODAY_UTC.minusDays(10)))
                    .statusCode(201).extract().path("id");
            Map<String, Object> fromCustomer = Fixtures.noticeBody(customer, "FACSIMILE", TODAY_UTC.minusDays(1));
            fromCustomer.put("direction", "FROM_CUSTOMER");
            record(fromCustomer).statusCode(201);
            Map<String, Object> breach = Fixtures.noticeBody(customer, "FACSIMILE", TODAY_UTC);
            breach.put("subject", "BREACH");
            String breachId = record(breach).statusCode(201).extract().path("id");
            assertEquals(List.of(first, middle, last), notices.deemedNotices(customer, NoticeSubject.DELINQUENCY)
                    .stream().map(NoticeView::id).toList());
            assertEquals(List.of(breachId), notices.deemedNotices(customer, NoticeSubject.BREACH).stream()
                    .map(NoticeView::id).toList());
            assertEquals(List.of(), notices.deemedNotices(Fixtures.customer(), NoticeSubject.DELINQUENCY));
        }
    }

    @Nested
    @DisplayName("dates are the customer's local dates and lie in the past")
    class Dates {

        @Test
        @DisplayName("§12.7 a notice dated after today in the customer's time zone is a 422 naming the field, and nothing is recorded")
        void futureDateRefused() {
            String customer = Fixtures.customer();
            record(Fixtures.noticeBody(customer, "FACSIMILE", TODAY_UTC.plusDays(1))).statusCode(422)
                    .body("code", equalTo("NOTICE_DATE_IN_FUTURE")).body("clause", equalTo("§12.7"))
                    .body("errors.field", contains("sentOn"));
            Map<String, Object> courier = Fixtures.noticeBody(customer, "COURIER", TODAY_UTC);
            courier.put("deliveredOn", TODAY_UTC.plusDays(2).toString());
            record(courier).statusCode(422).body("errors.field", contains("deliveredOn"));
            as(OPERATIONS).queryParam("customerId", customer).get("/api/v1/notices").then().body("items", hasSize(0));
        }

        @Test
        @DisplayName("§12.7 at 00:30 in Auckland today there is tomorrow in UTC: a notice sent on that date is accepted, the next day is refused")
        void aucklandToday() {
            ZoneId auckland = ZoneId.of("Pacific/Auckland");
            String customer = Fixtures.customer(auckland.getId(), "USD");
            LocalDate local = LocalDate.now(auckland).plusDays(3);
            clock.standAt(LocalDateTime.of(local, java.time.LocalTime.of(0, 30)).atZone(auckland).toInstant());
            record(Fixtures.noticeBody(customer, "FACSIMILE", local)).statusCode(201)
                    .body("deemedGivenOn", equalTo(local.toString()));
            record(Fixtures.noticeBody(customer, "FACSIMILE", local.plusDays(1))).statusCode(422)
                    .body("errors.field", contains("sentOn"));
        }

        @Test
        @DisplayName("§12.7 at 23:30 in Los Angeles it is already tomorrow in UTC: a notice dated that UTC day is in the customer's future (422)")
        void losAngelesTonight() {
            ZoneId losAngeles = ZoneId.of("America/Los_Angeles");
            String customer = Fixtures.customer(losAngeles.getId(), "USD");
            LocalDate local = LocalDate.now(losAngeles).plusDays(3);
            clock.standAt(LocalDateTime.of(local, java.time.LocalTime.of(23, 30)).atZone(losAngeles).toInstant());
            record(Fixtures.noticeBody(customer, "FACSIMILE", local.plusDays(1))).statusCode(422)
                    .body("code", equalTo("NOTICE_DATE_IN_FUTURE"));
            record(Fixtures.noticeBody(customer, "FACSIMILE", local)).statusCode(201);
        }

        @Test
        @DisplayName("§12.7 a delivery or receipt before the sending is a 422 naming the field, at recording and later")
        void beforeSent() {
            String customer = Fixtures.customer();
            Map<String, Object> courier = Fixtures.noticeBody(customer, "COURIER", TODAY_UTC.minusDays(3));
            courier.put("deliveredOn", TODAY_UTC.minusDays(4).toString());
            record(courier).statusCode(422).body("code", equalTo("NOTICE_DATES_OUT_OF_ORDER"))
                    .body("errors.field", contains("deliveredOn"));
            String mail = record(Fixtures.noticeBody(customer, "CERTIFIED_MAIL", TODAY_UTC.minusDays(3)))
                    .statusCode(201).extract().path("id");
            as(OPERATIONS).body(Map.of("receivedOn", TODAY_UTC.minusDays(5).toString()))
                    .post("/api/v1/notices/{id}/receipt", mail).then().statusCode(422)
                    .body("code", equalTo("NOTICE_DATES_OUT_OF_ORDER")).body("errors.field", contains("receivedOn"));
            as(OPERATIONS).body(Map.of("receivedOn", TODAY_UTC.plusDays(1).toString()))
                    .post("/api/v1/notices/{id}/receipt", mail).then().statusCode(422)
                    .body("code", equalTo("NOTICE_DATE_IN_FUTURE"));
        }

        @Test
        @DisplayName("§12.7 a notice needs its text or a document reference; a facsimile needs its sending date; dates that do not apply are refused (422 naming the field)")
        void shape() {
            String customer = Fixtures.customer();
            Map<String, Object> empty = Fixtures.noticeBody(customer, "FACSIMILE", TODAY_UTC);
            empty.remove("text");
            record(empty).statusCode(422).body("code", equalTo("NOTICE_CONTENT_MISSING"))
                    .body("errors.field", contains("text"));
            empty.put("documentReference", "DMS-2026-7781");
            record(empty).statusCode(201).body("text", nullValue()).body("documentReference", equalTo("DMS-2026-7781"));
            record(Fixtures.noticeBody(customer, "FACSIMILE", null)).statusCode(422)
                    .body("code", equalTo("NOTICE_DATE_REQUIRED")).body("errors.field", contains("sentOn"));
            Map<String, Object> courier = Fixtures.noticeBody(customer, "COURIER", TODAY_UTC);
            courier.put("receivedOn", TODAY_UTC.toString());
            record(courier).statusCode(422).body("code", equalTo("NOTICE_DATE_NOT_APPLICABLE"))
                    .body("errors.field", contains("receivedOn"));
            Map<String, Object> unknown = Fixtures.noticeBody(java.util.UUID.randomUUID().toString(), "FACSIMILE",
                    TODAY_UTC);
            record(unknown).statusCode(422).body("code", equalTo("CUSTOMER_UNKNOWN"));
        }
    }

    @Nested
    @DisplayName("lists and tenancy")
    class Lists {

        @Test
        @DisplayName("lists filter by customerId, subject and direction")
        void filters() {
            String customer = Fixtures.customer();
            String toCustomer = record(Fixtures.noticeBody(customer, "FACSIMILE", TODAY_UTC)).statusCode(201)
                    .extract().path("id");
            Map<String, Object> fromCustomer = Fixtures.noticeBody(customer, "COURIER", null);
            fromCustomer.put("direction", "FROM_CUSTOMER");
            fromCustomer.put("subject", "TERMINATION");
            String termination = record(fromCustomer).statusCode(201).extract().path("id");
            as(BILLING).queryParam("customerId", customer).get("/api/v1/notices").then().statusCode(200)
                    .body("items.id", containsInAnyOrder(toCustomer, termination));
            as(AUDITOR).queryParam("customerId", customer).queryParam("subject", "TERMINATION")
                    .get("/api/v1/notices").then().body("items.id", contains(termination));
            as(OPERATIONS).queryParam("customerId", customer).queryParam("direction", "TO_CUSTOMER")
                    .get("/api/v1/notices").then().body("items.id", contains(toCustomer));
            as(OPERATIONS).queryParam("subject", "LATE").get("/api/v1/notices").then().statusCode(400)
                    .body("errors.field", contains("subject"));
        }

        @Test
        @DisplayName("a customer token sees its own notices only: another customer's notice answers 404, its list holds only its own")
        void tenancy() {
            String a = Fixtures.customer();
            String b = Fixtures.customer();
            String aNotice = record(Fixtures.noticeBody(a, "FACSIMILE", TODAY_UTC)).statusCode(201).extract()
                    .path("id");
            String bNotice = record(Fixtures.noticeBody(b, "FACSIMILE", TODAY_UTC)).statusCode(201).extract()
                    .path("id");
            asCustomer(a).get("/api/v1/notices/{id}", aNotice).then().statusCode(200);
            asCustomer(a).get("/api/v1/notices/{id}", bNotice).then().statusCode(404);
            asCustomer(a).get("/api/v1/notices").then().statusCode(200).body("items.id", contains(aNotice));
            asCustomer(a).queryParam("customerId", b).get("/api/v1/notices").then().statusCode(200)
                    .body("items", hasSize(0));
            asCustomer(a).body(Map.of("deliveredOn", TODAY_UTC.toString()))
                    .post("/api/v1/notices/{id}/delivery", bNotice).then().statusCode(403);
        }
    }
}
