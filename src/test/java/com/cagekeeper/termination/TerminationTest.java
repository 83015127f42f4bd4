package com.cagekeeper.termination;

import static com.cagekeeper.support.Api.OPERATIONS;
import static com.cagekeeper.support.Api.as;
import static com.cagekeeper.support.Api.asCustomer;
import static com.cagekeeper.support.Fixtures.check;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.cagekeeper.support.Api;
import com.cagekeeper.support.Fixtures;
import com.cagekeeper.support.TestClock;
import com.cagekeeper.termination.application.TerminationSweep;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@DisplayName("Termination (§7.2-§7.4, §12.4, rules 23-26, 29): notice periods from the deemed date, cure of breaches, force majeure, the fee, the scheduled end")
class TerminationTest {

    static final String TERMINATIONS = "/api/v1/terminations";

    @Inject
    TestClock clock;
    @Inject
    TerminationSweep sweep;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** Stands the service at 15:00 UTC of the day: the same date for the customer (UTC) and the facility (New York). */
    private void standOn(LocalDate day) {
        clock.standAt(Instant.parse(day + "T15:00:00Z"));
    }

    /** A customer leasing a new space by an active 36-month order from the term start, at the minimum monthly billing. */
    private static Fixtures.Tenancy tenancy(LocalDate termStart, String minimum) {
        String facility = Fixtures.facility();
        String customer = Fixtures.customer();
        String space = Fixtures.space(facility);
        String order = Fixtures.create("/api/v1/orders", Map.of("customerId", customer, "spaceIds", List.of(space),
                "termStart", termStart.toString(), "termMonths", 36, "monthlyFee", Fixtures.money(minimum, "USD"),
                "minimumMonthlyBilling", Fixtures.money(minimum, "USD")));
        as(OPERATIONS).body("{}").post("/api/v1/orders/{id}/activation", order).then().statusCode(200);
        return new Fixtures.Tenancy(facility, customer, space, order);
    }

    /** A notice of the subject, by facsimile sent (and so deemed given) on the day, given the way named. */
    private static String notice(String customer, String direction, String subject, LocalDate sentOn) {
        Map<String, Object> body = new HashMap<>(Fixtures.noticeBody(customer, "FACSIMILE", sentOn));
        body.put("direction", direction);
        body.put("subject", subject);
        body.put("text", subject + " notice");
        return Fixtures.create("/api/v1/notices", body);
    }

    /** Monthly invoices of the amount for the order, issued on the first of each month from the term start through the day. */
    private static void invoiceMonthly(Fixtures.Tenancy t, LocalDate termStart, LocalDate through, String amount) {
        for (LocalDate d = termStart; !d.isAfter(through); d = d.plusMonths(1)) {
            Map<String, Object> body = new HashMap<>(Fixtures.invoiceBody(t.customerId(), d, amount));
            body.put("orderId", t.orderId());
            as(Api.BILLING).body(body).post("/api/v1/invoices").then().statusCode(201);
        }
    }

    private static Map<String, Object> withoutCause(String order, String notice, LocalDate effectiveOn) {
        return Map.of("orderId", order, "basis", "WITHOUT_CAUSE", "noticeId", notice, "effectiveOn",
                effectiveOn.toString());
    }

    private static ValidatableResponse terminate(io.restassured.specification.RequestSpecification as,
            Map<String, Object> body) {
        return as.body(body).post(TERMINATIONS).then();
    }

    @Test
    @DisplayName("§7.2, §12.7 counted from the deemed date (certified mail: the date received, not sent): 79 days refused with the earliest date, 80 allowed; no deemed date starts no clock")
    void eightyDaysFromTheDeemedDate() {
        standOn(LocalDate.of(2028, 1, 10));
        var t = tenancy(LocalDate.of(2026, 6, 1), "4500.00");
        Map<String, Object> mail = new HashMap<>(Fixtures.noticeBody(t.customerId(), "CERTIFIED_MAIL",
                LocalDate.of(2028, 1, 3)));
        mail.put("direction", "FROM_CUSTOMER");
        mail.put("subject", "TERMINATION");
        String notice = Fixtures.create("/api/v1/notices", mail);

        terminate(asCustomer(t.customerId()), withoutCause(t.orderId(), notice, LocalDate.of(2028, 4, 1)))
                .statusCode(409).body("code", equalTo("NOTICE_NOT_DEEMED_GIVEN")).body("clause", equalTo("§12.7"))
                .body("errors.field", contains("noticeId"));
        as(OPERATIONS).body(Map.of("receivedOn", "2028-01-10")).post("/api/v1/notices/{id}/receipt", notice).then()
                .statusCode(200);

        // 79 days after the receipt (86 after the sending): refused, naming the field and the earliest date
        terminate(asCustomer(t.customerId()), withoutCause(t.orderId(), notice, LocalDate.of(2028, 3, 29)))
                .statusCode(422).body("code", equalTo("TERMINATION_NOTICE_TOO_SHORT")).body("clause", equalTo("§7.2"))
                .body("errors.field", contains("effectiveOn")).body("detail", containsString("2028-03-30"));
        as(OPERATIONS).get("/api/v1/orders/{id}", t.orderId()).then().body("state", equalTo("ACTIVE"));

        terminate(asCustomer(t.customerId()), withoutCause(t.orderId(), notice, LocalDate.of(2028, 3, 30)))
                .statusCode(201).body("basis", equalTo("WITHOUT_CAUSE")).body("terminatingParty", equalTo("CUSTOMER"))
                .body("clause", equalTo("§7.2")).body("noticeDeemedGivenOn", equalTo("2028-01-10"))
                .body("effectiveOn", equalTo("2028-03-30"));
        asCustomer(t.customerId()).get("/api/v1/orders/{id}", t.orderId()).then()
                .body("state", equalTo("TERMINATION_NOTICED")).body("termination.effectiveDate", equalTo("2028-03-30"));
        // given once: a second termination of the order is a conflict
        String providers = notice(t.customerId(), "TO_CUSTOMER", "TERMINATION", LocalDate.of(2028, 1, 10));
        terminate(as(OPERATIONS), Map.of("orderId", t.orderId(), "basis", "FOR_CAUSE", "cause", "BANKRUPTCY",
                "terminatingParty", "PROVIDER", "noticeId", providers)).statusCode(409)
                .body("code", equalTo("ORDER_TERMINATION_ALREADY_GIVEN"));
    }

    @Test
    @DisplayName("§7.2 the notice is the terminating party's: the provider's own termination needs a notice TO the customer; another customer's notice is unknown (422)")
    void noticeOfTheTerminatingParty() {
        standOn(LocalDate.of(2028, 1, 10));
        var t = tenancy(LocalDate.of(2026, 6, 1), "4500.00");
        var other = tenancy(LocalDate.of(2026, 6, 1), "4500.00");
        String fromCustomer = notice(t.customerId(), "FROM_CUSTOMER", "TERMINATION", LocalDate.of(2028, 1, 10));
        String othersNotice = notice(other.customerId(), "FROM_CUSTOMER", "TERMINATION", LocalDate.of(2028, 1, 10));
        Map<String, Object> body = new HashMap<>(withoutCause(t.orderId(), fromCustomer, LocalDate.of(2028, 5, 1)));
        body.put("terminatingParty", "PROVIDER");
        terminate(as(OPERATIONS), body).statusCode(422).body("code", equalTo("TERMINATION_NOTICE_UNKNOWN"))
                .body("errors.field", contains("noticeId"));
        terminate(asCustomer(t.customerId()), withoutCause(t.orderId(), othersNotice, LocalDate.of(2028, 5, 1)))
                .statusCode(422).body("code", equalTo("TERMINATION_NOTICE_UNKNOWN"));
        // a customer cannot end another customer's order, nor act as the provider
        terminate(asCustomer(t.customerId()), withoutCause(other.orderId(), othersNotice, LocalDate.of(2028, 5, 1)))
                .statusCode(422).body("code", equalTo("ORDER_UNKNOWN"));
        Map<String, Object> asProvider = new HashMap<>(withoutCause(t.orderId(), fromCustomer, LocalDate.of(2028, 5, 1)));
        asProvider.put("terminatingParty", "PROVIDER");
        terminate(asCustomer(t.customerId()), asProvider).statusCode(422)
                .body("code", equalTo("TERMINATING_PARTY_NOT_YOURS")).body("errors.field", contains("terminatingParty"));
    }

    @Test
    @DisplayName("§7.4 the worked example: 14 remaining months x max(average 4,100.00, minimum 4,500.00) = 63,000.00, shown with its inputs and charged, payable within 10 days")
    void feeMinimumGreater() {
        standOn(LocalDate.of(2028, 1, 10));
        var t = tenancy(LocalDate.of(2026, 6, 1), "4500.00");
        invoiceMonthly(t, LocalDate.of(2026, 6, 1), LocalDate.of(2028, 1, 1), "4100.00"); // 20 invoices
        Fixtures.invoice(t.customerId(), LocalDate.of(2027, 3, 5), "999.00"); // not for the order: not counted
        String notice = notice(t.customerId(), "FROM_CUSTOMER", "TERMINATION", LocalDate.of(2028, 1, 10));

        String id = terminate(asCustomer(t.customerId()), withoutCause(t.orderId(), notice, LocalDate.of(2028, 4, 1)))
                .statusCode(201).body("fee.owed", equalTo(true)).body("fee.invoicedTotal.amount", equalTo("82000.00"))
                .body("fee.monthsBilled", equalTo(20)).body("fee.averageMonthlyBilling.amount", equalTo("4100.00"))
                .body("fee.minimumMonthlyBilling.amount", equalTo("4500.00"))
                .body("fee.monthlyRate.amount", equalTo("4500.00")).body("fee.remainingMonths", equalTo(14))
                .body("fee.amount.amount", equalTo("63000.00")).body("fee.amount.currency", equalTo("USD"))
                .body("fee.payableBy", equalTo("2028-04-11")).body("fee.chargeId", notNullValue())
                .extract().path("id");
        asCustomer(t.customerId()).queryParam("kind", "TERMINATION_FEE").get("/api/v1/customers/{id}/charges",
                t.customerId()).then().statusCode(200).body("items", hasSize(1))
                .body("items[0].amount.amount", equalTo("63000.00")).body("items[0].sourceType", equalTo("Termination"))
                .body("items[0].sourceId", equalTo(id)).body("items[0].clause", equalTo("§7.4"))
                .body("items[0].periodFrom", equalTo("2028-04-01")).body("items[0].periodTo", equalTo("2029-05-31"));
        asCustomer(t.customerId()).get(TERMINATIONS + "/{id}", id).then().statusCode(200)
                .body("fee.amount.amount", equalTo("63000.00"));
        as(Api.AUDITOR).queryParam("objectId", id).get("/api/v1/audit").then()
                .body("items.action", contains("TERMINATION_RECORDED"));
    }

    @Test
    @DisplayName("§7.4 when the average monthly billing (5,000.00) is greater than the minimum (4,500.00): 14 x 5,000.00 = 70,000.00")
    void feeAverageGreater() {
        standOn(LocalDate.of(2028, 1, 10));
        var t = tenancy(LocalDate.of(2026, 6, 1), "4500.00");
        invoiceMonthly(t, LocalDate.of(2026, 6, 1), LocalDate.of(2028, 1, 1), "5000.00");
        String notice = notice(t.customerId(), "FROM_CUSTOMER", "TERMINATION", LocalDate.of(2028, 1, 10));
        terminate(asCustomer(t.customerId()), withoutCause(t.orderId(), notice, LocalDate.of(2028, 4, 1)))
                .statusCode(201).body("fee.averageMonthlyBilling.amount", equalTo("5000.00"))
                .body("fee.monthlyRate.amount", equalTo("5000.00")).body("fee.amount.amount", equalTo("70000.00"));
    }

    @Test
    @DisplayName("§7.3(a) material breach: refused 29 days after the BREACH notice (409 with the date), allowed at 30, at once; the provider's termination owes no fee")
    void materialBreachAfterThirtyDays() {
        standOn(LocalDate.of(2028, 1, 10));
        var t = tenancy(LocalDate.of(2026, 6, 1), "4500.00");
        String breachNotice = notice(t.customerId(), "TO_CUSTOMER", "BREACH", LocalDate.of(2028, 1, 10));
        String breach = Fixtures.create("/api/v1/breaches", Map.of("orderId", t.orderId(), "breachingParty",
                "CUSTOMER", "noticeId", breachNotice, "description", "Power draw above contract"));
        as(OPERATIONS).get("/api/v1/breaches/{id}", breach).then().body("state", equalTo("OPEN"))
                .body("noticedOn", equalTo("2028-01-10")).body("terminableFrom", equalTo("2028-02-09"));
        Map<String, Object> forBreach = Map.of("orderId", t.orderId(), "basis", "FOR_CAUSE", "cause",
                "MATERIAL_BREACH", "breachId", breach, "terminatingParty", "PROVIDER");

        standOn(LocalDate.of(2028, 2, 8));
        terminate(as(OPERATIONS), forBreach).statusCode(409).body("code", equalTo("BREACH_CURE_PERIOD_RUNNING"))
                .body("clause", equalTo("§7.3(a)")).body("detail", containsString("2028-02-09"));
        // the customer in breach cannot terminate for its own breach
        terminate(asCustomer(t.customerId()), Map.of("orderId", t.orderId(), "basis", "FOR_CAUSE", "cause",
                "MATERIAL_BREACH", "breachId", breach)).statusCode(422)
                .body("code", equalTo("BREACH_BY_TERMINATING_PARTY"));

        standOn(LocalDate.of(2028, 2, 9));
        terminate(as(OPERATIONS), forBreach).statusCode(201).body("clause", equalTo("§7.3(a)"))
                .body("cause", equalTo("MATERIAL_BREACH")).body("terminatingParty", equalTo("PROVIDER"))
                .body("effectiveOn", equalTo("2028-02-09")).body("fee.owed", equalTo(false))
                .body("fee.amount.amount", equalTo("0.00"));
        as(OPERATIONS).get("/api/v1/orders/{id}", t.orderId()).then().body("state", equalTo("TERMINATED"))
                .body("termination.clause", equalTo("§7.3(a)"));
        as(OPERATIONS).get("/api/v1/spaces/{id}", t.spaceId()).then().body("state", equalTo("RESTORATION_DUE"));
    }

    @Test
    @DisplayName("§7.3(a) recording the cure closes the breach: after 30 days it is no ground (409 BREACH_CURED)")
    void cureClosesTheBreach() {
        standOn(LocalDate.of(2028, 1, 10));
        var t = tenancy(LocalDate.of(2026, 6, 1), "4500.00");
        String breach = Fixtures.create("/api/v1/breaches", Map.of("orderId", t.orderId(), "breachingParty",
                "CUSTOMER", "noticeId", notice(t.customerId(), "TO_CUSTOMER", "BREACH", LocalDate.of(2028, 1, 10)),
                "description", "Unsafe cabling"));
        standOn(LocalDate.of(2028, 1, 25));
        as(OPERATIONS).body(Map.of("note", "Recabled")).post("/api/v1/breaches/{id}/cure", breach).then()
                .statusCode(200).body("state", equalTo("CURED")).body("curedOn", equalTo("2028-01-25"));
        standOn(LocalDate.of(2028, 2, 20));
        terminate(as(OPERATIONS), Map.of("orderId", t.orderId(), "basis", "FOR_CAUSE", "cause", "MATERIAL_BREACH",
                "breachId", breach, "terminatingParty", "PROVIDER")).statusCode(409)
                .body("code", equalTo("BREACH_CURED"));
        as(OPERATIONS).get("/api/v1/orders/{id}", t.orderId()).then().body("state", equalTo("ACTIVE"));
    }

    @Test
    @DisplayName("§7.3(d), §7.4 the customer's termination for cause (the provider's bankruptcy), recorded by operations on the customer's written notice, is immediate and owes no fee")
    void customerForCauseOwesNoFee() {
        standOn(LocalDate.of(2028, 1, 10));
        var t = tenancy(LocalDate.of(2026, 6, 1), "4500.00");
        invoiceMonthly(t, LocalDate.of(2027, 6, 1), LocalDate.of(2027, 8, 1), "4500.00");
        String notice = notice(t.customerId(), "FROM_CUSTOMER", "TERMINATION", LocalDate.of(2028, 1, 10));
        terminate(as(OPERATIONS), Map.of("orderId", t.orderId(), "basis", "FOR_CAUSE", "cause", "BANKRUPTCY",
                "terminatingParty", "CUSTOMER", "noticeId", notice, "reason", "Provider filed for bankruptcy"))
                .statusCode(201).body("noticeId", equalTo(notice))
                .body("clause", equalTo("§7.3(d)")).body("fee.owed", equalTo(false))
                .body("fee.notOwedBecause", containsString("for cause")).body("fee.chargeId", nullValue());
        asCustomer(t.customerId()).queryParam("kind", "TERMINATION_FEE")
                .get("/api/v1/customers/{id}/charges", t.customerId()).then().body("items", hasSize(0));
        as(OPERATIONS).get("/api/v1/orders/{id}", t.orderId()).then().body("state", equalTo("TERMINATED"));
    }

    @Test
    @DisplayName("§12.4 force majeure from a Monday: on its 15th business day (Friday) and the Saturday refused with the date, on the 16th (Monday) the customer cancels without fee")
    void forceMajeureFifteenAndSixteenBusinessDays() {
        standOn(LocalDate.of(2028, 1, 21));
        var t = tenancy(LocalDate.of(2026, 6, 1), "4500.00");
        var unaffected = tenancy(LocalDate.of(2026, 6, 1), "4500.00");
        String event = Fixtures.create("/api/v1/force-majeure-events", Map.of("description", "Utility outage",
                "startedOn", "2028-01-03", "facilityIds", List.of(t.facilityId()), "orderIds", List.of(t.orderId())));
        as(OPERATIONS).get("/api/v1/force-majeure-events/{id}", event).then().body("businessDaysLasted", equalTo(15))
                .body("cancellableFrom", equalTo("2028-01-24")).body("endedOn", nullValue());
        Map<String, Object> cancel = Map.of("orderId", t.orderId(), "basis", "FORCE_MAJEURE", "forceMajeureEventId",
                event);
        terminate(asCustomer(t.customerId()), cancel).statusCode(409)
                .body("code", equalTo("FORCE_MAJEURE_NOT_LONG_ENOUGH")).body("clause", equalTo("§12.4"))
                .body("detail", containsString("2028-01-24"));
        standOn(LocalDate.of(2028, 1, 22));
        terminate(asCustomer(t.customerId()), cancel).statusCode(409)
                .body("detail", containsString("has lasted 15 business days"));

        standOn(LocalDate.of(2028, 1, 24));
        terminate(asCustomer(unaffected.customerId()), Map.of("orderId", unaffected.orderId(), "basis",
                "FORCE_MAJEURE", "forceMajeureEventId", event)).statusCode(422)
                .body("code", equalTo("FORCE_MAJEURE_EVENT_UNKNOWN"));
        terminate(asCustomer(t.customerId()), cancel).statusCode(201).body("clause", equalTo("§12.4"))
                .body("fee.owed", equalTo(false)).body("fee.notOwedBecause", containsString("force majeure"))
                .body("fee.remainingMonths", equalTo(16));
        as(OPERATIONS).get("/api/v1/orders/{id}", t.orderId()).then().body("state", equalTo("TERMINATED"));
        // the unaffected customer sees nothing of the event
        asCustomer(unaffected.customerId()).get("/api/v1/force-majeure-events/{id}", event).then().statusCode(404);
        as(OPERATIONS).body(Map.of("endedOn", "2028-01-24")).post("/api/v1/force-majeure-events/{id}/end", event)
                .then().statusCode(200).body("endedOn", equalTo("2028-01-24")).body("businessDaysLasted", equalTo(16));
    }

    @Test
    @DisplayName("§7.6(i) the door ends regular access at the start of the effective date before the sweep runs; the sweep, run late and twice, makes the order TERMINATED once (one audit record) and the space RESTORATION_DUE")
    void scheduledEndRunsOnceLateOrTwice() {
        standOn(LocalDate.of(2028, 1, 10));
        var t = tenancy(LocalDate.of(2026, 6, 1), "4500.00");
        String person = Fixtures.approvedPerson(t.customerId(), t.spaceId());
        String notice = notice(t.customerId(), "TO_CUSTOMER", "TERMINATION", LocalDate.of(2028, 1, 10));
        Map<String, Object> body = new HashMap<>(withoutCause(t.orderId(), notice, LocalDate.of(2028, 4, 1)));
        body.put("terminatingParty", "PROVIDER");
        terminate(as(OPERATIONS), body).statusCode(201).body("fee.owed", equalTo(false));
        // the rights end at the start of 2028-04-01 in New York (EDT)
        check(person, t.spaceId()).body("decision", equalTo("GRANTED"))
                .body("validUntil", equalTo("2028-04-01T04:00:00Z"));

        sweep.run();
        as(OPERATIONS).get("/api/v1/orders/{id}", t.orderId()).then().body("state", equalTo("TERMINATION_NOTICED"));

        standOn(LocalDate.of(2028, 4, 3)); // two days late
        check(person, t.spaceId()).body("decision", equalTo("DENIED")).body("reasons.code", contains("ORDER_ENDED"));
        sweep.run();
        sweep.run();
        as(OPERATIONS).get("/api/v1/orders/{id}", t.orderId()).then().body("state", equalTo("TERMINATED"))
                .body("termination.effectiveDate", equalTo("2028-04-01"));
        as(OPERATIONS).get("/api/v1/spaces/{id}", t.spaceId()).then().body("state", equalTo("RESTORATION_DUE"));
        as(Api.AUDITOR).queryParam("objectId", t.orderId()).queryParam("limit", 500).get("/api/v1/audit").then()
                .body("items.findAll { it.action == 'ORDER_TERMINATED' }", hasSize(1))
                .body("items.find { it.action == 'ORDER_TERMINATED' }.actorSubject", equalTo("cagekeeper"));
    }

    @Test
    @DisplayName("§7.1, §7.6 the sweep also ends an active order whose term ran out (expiry), the day after its last day")
    void expiry() {
        standOn(LocalDate.of(2028, 1, 10));
        var t = tenancy(LocalDate.of(2025, 1, 1), "4500.00"); // runs out on 2028-01-01
        standOn(LocalDate.of(2028, 1, 11));
        sweep.run();
        as(OPERATIONS).get("/api/v1/orders/{id}", t.orderId()).then().body("state", equalTo("TERMINATED"))
                .body("termination.effectiveDate", equalTo("2028-01-01")).body("termination.clause", equalTo("§7.1"));
        as(OPERATIONS).get("/api/v1/spaces/{id}", t.spaceId()).then().body("state", equalTo("RESTORATION_DUE"));
    }

    @Test
    @DisplayName("§7.5 a pending order is cancelled, not terminated (409); a termination's date lies between today and the term's end (422)")
    void onlyActiveOrdersWithinTheTerm() {
        standOn(LocalDate.of(2028, 1, 10));
        var t = tenancy(LocalDate.of(2026, 6, 1), "4500.00");
        String pending = Fixtures.order(t.customerId(), Fixtures.space(t.facilityId()));
        String providers = notice(t.customerId(), "TO_CUSTOMER", "TERMINATION", LocalDate.of(2028, 1, 10));
        terminate(as(OPERATIONS), Map.of("orderId", pending, "basis", "FOR_CAUSE", "cause", "GOING_CONCERN",
                "terminatingParty", "PROVIDER", "noticeId", providers)).statusCode(409)
                .body("code", equalTo("ORDER_NOT_ACTIVE"))
                .body("clause", equalTo("§7.5"));
        String notice = notice(t.customerId(), "FROM_CUSTOMER", "TERMINATION", LocalDate.of(2028, 1, 10));
        terminate(asCustomer(t.customerId()), withoutCause(t.orderId(), notice, LocalDate.of(2029, 6, 2)))
                .statusCode(422).body("code", equalTo("EFFECTIVE_DATE_AFTER_TERM"))
                .body("errors.field", contains("effectiveOn"));
        terminate(as(OPERATIONS), Map.of("orderId", t.orderId(), "basis", "FOR_CAUSE", "cause", "GOING_CONCERN",
                "terminatingParty", "CUSTOMER", "noticeId", notice, "effectiveOn", "2028-01-09")).statusCode(422)
                .body("code", equalTo("EFFECTIVE_DATE_IN_PAST"));
        as(OPERATIONS).get("/api/v1/orders/{id}", t.orderId()).then().body("state", equalTo("ACTIVE"));
    }

    /** Another active 36-month order of the customer, for a new space at the facility, activated today. */
    private static String anotherOrder(Fixtures.Tenancy t, LocalDate termStart) {
        String order = Fixtures.create("/api/v1/orders", Map.of("customerId", t.customerId(), "spaceIds",
                List.of(Fixtures.space(t.facilityId())), "termStart", termStart.toString(), "termMonths", 36,
                "monthlyFee", Fixtures.money("4500.00", "USD"), "minimumMonthlyBilling",
                Fixtures.money("4500.00", "USD")));
        as(OPERATIONS).body("{}").post("/api/v1/orders/{id}/activation", order).then().statusCode(200);
        return order;
    }

    @Test
    @DisplayName("§7.2 a notice backs one termination only: the notice that ended one order cannot end the customer's next (409 NOTICE_ALREADY_USED), nor can a notice deemed given before the order's activation (422 naming noticeId)")
    void aNoticeStartsOneClock() {
        standOn(LocalDate.of(2028, 1, 10));
        var t = tenancy(LocalDate.of(2026, 6, 1), "4500.00");
        String sibling = anotherOrder(t, LocalDate.of(2026, 6, 1));
        String used = notice(t.customerId(), "FROM_CUSTOMER", "TERMINATION", LocalDate.of(2028, 1, 10));
        String unused = notice(t.customerId(), "FROM_CUSTOMER", "TERMINATION", LocalDate.of(2028, 1, 10));
        String providers = notice(t.customerId(), "TO_CUSTOMER", "TERMINATION", LocalDate.of(2028, 1, 10));
        terminate(asCustomer(t.customerId()), withoutCause(t.orderId(), used, LocalDate.of(2028, 4, 1)))
                .statusCode(201);
        // the notice ended one order: it does not end the customer's other order too
        terminate(asCustomer(t.customerId()), withoutCause(sibling, used, LocalDate.of(2028, 4, 1)))
                .statusCode(409).body("code", equalTo("NOTICE_ALREADY_USED")).body("clause", equalTo("§7.2"))
                .body("errors.field", contains("noticeId"));
        as(OPERATIONS).get("/api/v1/orders/{id}", sibling).then().body("state", equalTo("ACTIVE"));

        // months later the customer has a new order; the notices given before it start no clock for it
        standOn(LocalDate.of(2028, 3, 1));
        String later = anotherOrder(t, LocalDate.of(2028, 3, 1));
        terminate(asCustomer(t.customerId()), withoutCause(later, unused, LocalDate.of(2028, 6, 1)))
                .statusCode(422).body("code", equalTo("NOTICE_BEFORE_ACTIVATION")).body("clause", equalTo("§7.2"))
                .body("errors.field", contains("noticeId")).body("detail", containsString("2028-03-01"));
        // nor does the provider end it at once, fee-free, on an old notice to the customer
        terminate(as(OPERATIONS), Map.of("orderId", later, "basis", "FOR_CAUSE", "cause", "GOING_CONCERN",
                "terminatingParty", "PROVIDER", "noticeId", providers)).statusCode(422)
                .body("code", equalTo("NOTICE_BEFORE_ACTIVATION")).body("clause", equalTo("§7.3(b)"));
        as(OPERATIONS).get("/api/v1/orders/{id}", later).then().body("state", equalTo("ACTIVE"));

        // a notice given for the new order starts its clock
        String fresh = notice(t.customerId(), "FROM_CUSTOMER", "TERMINATION", LocalDate.of(2028, 3, 1));
        terminate(asCustomer(t.customerId()), withoutCause(later, fresh, LocalDate.of(2028, 6, 1)))
                .statusCode(201).body("noticeId", equalTo(fresh));
    }

    @Test
    @DisplayName("§7.3(a) a BREACH notice backs one breach, given after the order's activation: an older one is refused (422 naming noticeId), a second breach on the same notice is a conflict (409)")
    void aBreachNoticeStartsOneCurePeriod() {
        standOn(LocalDate.of(2028, 1, 10));
        var t = tenancy(LocalDate.of(2026, 6, 1), "4500.00");
        String old = notice(t.customerId(), "TO_CUSTOMER", "BREACH", LocalDate.of(2027, 1, 10));
        as(OPERATIONS).body(Map.of("orderId", t.orderId(), "breachingParty", "CUSTOMER", "noticeId", old,
                "description", "Power draw above contract")).post("/api/v1/breaches").then().statusCode(422)
                .body("code", equalTo("NOTICE_BEFORE_ACTIVATION")).body("clause", equalTo("§7.3(a)"))
                .body("errors.field", contains("noticeId"));

        String given = notice(t.customerId(), "TO_CUSTOMER", "BREACH", LocalDate.of(2028, 1, 10));
        String first = Fixtures.create("/api/v1/breaches", Map.of("orderId", t.orderId(), "breachingParty",
                "CUSTOMER", "noticeId", given, "description", "Power draw above contract"));
        as(OPERATIONS).body(Map.of("orderId", t.orderId(), "breachingParty", "CUSTOMER", "noticeId", given,
                "description", "Unsafe cabling")).post("/api/v1/breaches").then().statusCode(409)
                .body("code", equalTo("NOTICE_ALREADY_USED")).body("clause", equalTo("§7.3(a)"))
                .body("errors.field", contains("noticeId")).body("detail", containsString(first));
        as(OPERATIONS).queryParam("orderId", t.orderId()).get("/api/v1/breaches").then().body("items", hasSize(1));
    }

    @Test
    @DisplayName("§7.3(b)-(e) a customer cannot end its order at once and fee-free by declaring a cause itself (422 naming cause); operations records it on the party's written notice, which it requires (422 naming noticeId)")
    void forCauseUponWrittenNotice() {
        standOn(LocalDate.of(2028, 1, 10));
        var t = tenancy(LocalDate.of(2026, 6, 1), "4500.00");
        String notice = notice(t.customerId(), "FROM_CUSTOMER", "TERMINATION", LocalDate.of(2028, 1, 10));
        for (String cause : List.of("GOING_CONCERN", "ASSIGNMENT_FOR_CREDITORS", "BANKRUPTCY",
                "CONFIDENTIALITY_BREACH")) {
            terminate(asCustomer(t.customerId()), Map.of("orderId", t.orderId(), "basis", "FOR_CAUSE", "cause",
                    cause, "noticeId", notice)).statusCode(422)
                    .body("code", equalTo("FOR_CAUSE_RECORDED_BY_OPERATIONS")).body("errors.field", contains("cause"));
        }
        terminate(as(OPERATIONS), Map.of("orderId", t.orderId(), "basis", "FOR_CAUSE", "cause", "BANKRUPTCY",
                "terminatingParty", "CUSTOMER")).statusCode(422)
                .body("code", equalTo("TERMINATION_NOTICE_ID_REQUIRED")).body("clause", equalTo("§7.3(d)"))
                .body("errors.field", contains("noticeId"));
        // the notice is the terminating party's: the customer's own notice does not back the provider's termination
        terminate(as(OPERATIONS), Map.of("orderId", t.orderId(), "basis", "FOR_CAUSE", "cause", "GOING_CONCERN",
                "terminatingParty", "PROVIDER", "noticeId", notice)).statusCode(422)
                .body("code", equalTo("TERMINATION_NOTICE_UNKNOWN"));
        as(OPERATIONS).get("/api/v1/orders/{id}", t.orderId()).then().body("state", equalTo("ACTIVE"));
        asCustomer(t.customerId()).queryParam("orderId", t.orderId()).get(TERMINATIONS).then()
                .body("items", hasSize(0));
    }

    @Test
    @DisplayName("§7.4 a termination effective before the term starts owes the term's 36 months, not the 38 from the effective date")
    void feeNeverExceedsTheTerm() {
        standOn(LocalDate.of(2028, 1, 10));
        var t = tenancy(LocalDate.of(2028, 6, 1), "4500.00"); // billing commences after activation
        String notice = notice(t.customerId(), "FROM_CUSTOMER", "TERMINATION", LocalDate.of(2028, 1, 10));
        terminate(asCustomer(t.customerId()), withoutCause(t.orderId(), notice, LocalDate.of(2028, 4, 1)))
                .statusCode(201).body("fee.owed", equalTo(true)).body("fee.monthsBilled", equalTo(0))
                .body("fee.monthlyRate.amount", equalTo("4500.00")).body("fee.remainingMonths", equalTo(36))
                .body("fee.amount.amount", equalTo("162000.00"));
    }

    @Test
    @DisplayName("§12.4 an event names each order once, however its id is spelt (422 ORDER_NAMED_TWICE), and only orders with a space at its facilities (422 naming orderIds)")
    void forceMajeureOrdersChecked() {
        standOn(LocalDate.of(2028, 1, 21));
        var t = tenancy(LocalDate.of(2026, 6, 1), "4500.00");
        var elsewhere = tenancy(LocalDate.of(2026, 6, 1), "4500.00"); // at another facility
        as(OPERATIONS).body(Map.of("description", "Utility outage", "startedOn", "2028-01-03", "facilityIds",
                List.of(t.facilityId()), "orderIds", List.of(t.orderId(), t.orderId().toUpperCase())))
                .post("/api/v1/force-majeure-events").then().statusCode(422)
                .body("code", equalTo("ORDER_NAMED_TWICE")).body("errors.field", contains("orderIds"));
        as(OPERATIONS).body(Map.of("description", "Utility outage", "startedOn", "2028-01-03", "facilityIds",
                List.of(t.facilityId()), "orderIds", List.of(t.orderId(), elsewhere.orderId())))
                .post("/api/v1/force-majeure-events").then().statusCode(422)
                .body("code", equalTo("ORDER_NOT_AT_EVENT_FACILITY")).body("clause", equalTo("§12.4"))
                .body("errors.field", contains("orderIds")).body("detail", containsString(elsewhere.orderId()));
        Fixtures.create("/api/v1/force-majeure-events", Map.of("description", "Utility outage", "startedOn",
                "2028-01-03", "facilityIds", List.of(t.facilityId(), elsewhere.facilityId()), "orderIds",
                List.of(t.orderId(), elsewhere.orderId())));
    }

    @Test
    @DisplayName("§12.4 a customer filtering events by another customer's order learns nothing of it: the same empty answer as for an unknown order")
    void forceMajeureFilterByAnothersOrder() {
        standOn(LocalDate.of(2028, 1, 21));
        var mine = tenancy(LocalDate.of(2026, 6, 1), "4500.00");
        var theirs = tenancy(LocalDate.of(2026, 6, 1), "4500.00");
        String event = Fixtures.create("/api/v1/force-majeure-events", Map.of("description", "Regional outage",
                "startedOn", "2028-01-03", "facilityIds", List.of(mine.facilityId(), theirs.facilityId()),
                "orderIds", List.of(mine.orderId(), theirs.orderId())));
        asCustomer(mine.customerId()).queryParam("orderId", mine.orderId()).get("/api/v1/force-majeure-events")
                .then().statusCode(200).body("items.id", contains(event));
        asCustomer(mine.customerId()).queryParam("orderId", theirs.orderId()).get("/api/v1/force-majeure-events")
                .then().statusCode(200).body("items", hasSize(0));
        as(OPERATIONS).queryParam("orderId", theirs.orderId()).get("/api/v1/force-majeure-events").then()
                .statusCode(200).body("items.id", contains(event));
    }
}
