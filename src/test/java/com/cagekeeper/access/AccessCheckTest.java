package com.cagekeeper.access;

import static com.cagekeeper.support.Api.AUDITOR;
import static com.cagekeeper.support.Api.OPERATIONS;
import static com.cagekeeper.support.Api.SECURITY;
import static com.cagekeeper.support.Api.as;
import static com.cagekeeper.support.Api.asCustomer;
import static com.cagekeeper.support.Fixtures.check;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.cagekeeper.support.Fixtures;
import com.cagekeeper.support.TestClock;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@DisplayName("The access check at the door (rules 1-12)")
class AccessCheckTest {

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    @DisplayName("§3.2 24x7: an approved person enters on a Sunday at 03:00 in the facility's time zone; the grant says until when")
    void grantedAroundTheClock() {
        var t = Fixtures.tenancy();
        String person = Fixtures.approvedPerson(t.customerId(), t.spaceId());
        ZonedDateTime sunday3am = ZonedDateTime.now(ZoneId.of("America/New_York"))
                .with(TemporalAdjusters.next(DayOfWeek.SUNDAY)).with(LocalTime.of(3, 0));
        clock.standAt(sunday3am.toInstant());
        String eventId = check(person, t.spaceId())
                .body("decision", equalTo("GRANTED")).body("reasons", empty())
                .body("validUntil", notNullValue()).body("escortRequired", equalTo(false))
                .body("eventId", notNullValue()).extract().path("eventId");
        as(SECURITY).queryParam("personId", person).get("/api/v1/access-events").then().statusCode(200)
                .body("items.id", contains(eventId)).body("items[0].decision", equalTo("GRANTED"))
                .body("items[0].actorSubject", equalTo("test.security"))
                .body("items[0].facilityId", equalTo(t.facilityId()));
    }

    @Test
    @DisplayName("§3.2 a person the customer asked for is denied until approved in writing: NOT_APPROVED")
    void notApproved() {
        var t = Fixtures.tenancy();
        String person = Fixtures.requestedPerson(t.customerId(), t.spaceId());
        check(person, t.spaceId()).body("decision", equalTo("DENIED"))
                .body("reasons.code", contains("NOT_APPROVED")).body("reasons[0].clause", equalTo("§3.2"))
                .body("validUntil", nullValue());
    }

    @Test
    @DisplayName("§3.2 revocation takes effect on the very next check: REVOKED")
    void revocationOnNextCheck() {
        var t = Fixtures.tenancy();
        String person = Fixtures.approvedPerson(t.customerId(), t.spaceId());
        check(person, t.spaceId()).body("decision", equalTo("GRANTED"));
        as(OPERATIONS).body(Map.of("reason", "DAMAGE", "text", "Damaged a neighbour's rack"))
                .post("/api/v1/people/{id}/revocation", person).then().statusCode(200);
        check(person, t.spaceId()).body("decision", equalTo("DENIED")).body("reasons.code", contains("REVOKED"))
                .body("reasons[0].message", containsString("DAMAGE"));
    }

    @Test
    @DisplayName("rule 4: the customer's removal takes effect on the very next check: REMOVED")
    void removalOnNextCheck() {
        var t = Fixtures.tenancy();
        String person = Fixtures.approvedPerson(t.customerId(), t.spaceId());
        check(person, t.spaceId()).body("decision", equalTo("GRANTED"));
        asCustomer(t.customerId()).body("{}").post("/api/v1/people/{id}/removal", person).then().statusCode(200);
        check(person, t.spaceId()).body("decision", equalTo("DENIED")).body("reasons.code", contains("REMOVED"));
    }

    @Test
    @DisplayName("§3.2 outside the approval's validity window: OUTSIDE_VALIDITY")
    void outsideValidity() {
        var t = Fixtures.tenancy();
        String person = Fixtures.requestedPerson(t.customerId(), t.spaceId());
        var now = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        String from = now.plusSeconds(86_400).toString();
        String until = now.plusSeconds(2 * 86_400).toString();
        as(OPERATIONS).body(Map.of("writtenApprovalReference", "ACC-W", "validFrom", from, "validUntil", until))
                .post("/api/v1/people/{id}/approval", person).then().statusCode(200);
        check(person, t.spaceId()).body("decision", equalTo("DENIED"))
                .body("reasons.code", contains("OUTSIDE_VALIDITY"));
        clock.standAt(now.plusSeconds(36 * 3600));
        check(person, t.spaceId()).body("decision", equalTo("GRANTED"))
                .body("validUntil", equalTo(until));
    }

    @Test
    @DisplayName("§3.2 an approval covers only its spaces: another space of the same customer is APPROVAL_NOT_COVERING_SPACE")
    void approvalCoversItsSpacesOnly() {
        var t = Fixtures.tenancy();
        String second = Fixtures.space(t.facilityId());
        Fixtures.activeOrder(t.customerId(), second);
        String person = Fixtures.approvedPerson(t.customerId(), t.spaceId());
        check(person, second).body("decision", equalTo("DENIED"))
                .body("reasons.code", contains("APPROVAL_NOT_COVERING_SPACE"));
    }

    @Test
    @DisplayName("§3.1, §3.2 a person of another customer is denied: SPACE_NOT_LEASED_BY_CUSTOMER, with every reason that applies")
    void otherCustomersPerson() {
        var mine = Fixtures.tenancy();
        var theirs = Fixtures.tenancy();
        String stranger = Fixtures.approvedPerson(theirs.customerId(), theirs.spaceId());
        check(stranger, mine.spaceId()).body("decision", equalTo("DENIED"))
                .body("reasons.code", containsInAnyOrder("APPROVAL_NOT_COVERING_SPACE", "SPACE_NOT_LEASED_BY_CUSTOMER"));
    }

    @Test
    @DisplayName("rule 10: several reasons at once are all listed (suspended space, not approved, facility locked down)")
    void severalReasons() {
        var t = Fixtures.tenancy();
        String person = Fixtures.requestedPerson(t.customerId(), t.spaceId());
        as(OPERATIONS).body(Map.of("reason", "HAZARDOUS_CONDITION", "description", "Leaking coolant"))
                .post("/api/v1/spaces/{id}/suspensions", t.spaceId()).then().statusCode(201);
        as(OPERATIONS).body(Map.of("state", "LOCKDOWN", "reason", "Flood"))
                .post("/api/v1/facilities/{id}/operating-state", t.facilityId()).then().statusCode(200);
        check(person, t.spaceId()).body("decision", equalTo("DENIED"))
                .body("reasons.code", containsInAnyOrder("FACILITY_LOCKDOWN", "NOT_APPROVED", "SPACE_SUSPENDED"))
                .body("reasons.clause", hasItem("BCP"));
    }

    @Test
    @DisplayName("§3.2 rule 5: a suspension denies every customer person until operations lifts it")
    void suspensionAndLift() {
        var t = Fixtures.tenancy();
        String person = Fixtures.approvedPerson(t.customerId(), t.spaceId());
        String suspension = as(OPERATIONS)
                .body(Map.of("reason", "EMERGENCY", "description", "Smoke from a customer UPS"))
                .post("/api/v1/spaces/{id}/suspensions", t.spaceId()).then().statusCode(201)
                .header("Location", containsString("/api/v1/suspensions/")).body("standing", equalTo(true))
                .extract().path("id");
        as(OPERATIONS).get("/api/v1/spaces/{id}", t.spaceId()).then().body("state", equalTo("SUSPENDED"));
        check(person, t.spaceId()).body("decision", equalTo("DENIED"))
                .body("reasons.code", contains("SPACE_SUSPENDED"));
        as(OPERATIONS).body(Map.of("reason", "EMERGENCY", "description", "again"))
                .post("/api/v1/spaces/{id}/suspensions", t.spaceId()).then().statusCode(409)
                .body("code", equalTo("SPACE_ALREADY_SUSPENDED"));
        asCustomer(t.customerId()).body(Map.of("note", "fixed")).post("/api/v1/suspensions/{id}/lift", suspension)
                .then().statusCode(403);

        as(OPERATIONS).body(Map.of("note", "UPS removed, area inspected"))
                .post("/api/v1/suspensions/{id}/lift", suspension).then().statusCode(200)
                .body("standing", equalTo(false)).body("liftedBy", equalTo("test.operations"));
        as(OPERATIONS).get("/api/v1/spaces/{id}", t.spaceId()).then().body("state", equalTo("LEASED"));
        check(person, t.spaceId()).body("decision", equalTo("GRANTED"));
    }

    @Test
    @DisplayName("BCP rule 8: LOCKDOWN denies every customer entry; DISRUPTED decides as usual and names the backup facility")
    void facilityStates() {
        var t = Fixtures.tenancy();
        String backup = Fixtures.facility();
        String backupCode = as(OPERATIONS).get("/api/v1/facilities/{id}", backup).then().extract().path("code");
        as(OPERATIONS).body(Map.of("name", "Primary", "address", Fixtures.address(), "timeZone", "America/New_York",
                "backupFacilityId", backup)).put("/api/v1/facilities/{id}", t.facilityId()).then().statusCode(200);
        String person = Fixtures.approvedPerson(t.customerId(), t.spaceId());

        as(OPERATIONS).body(Map.of("state", "DISRUPTED", "reason", "Utility power lost"))
                .post("/api/v1/facilities/{id}/operating-state", t.facilityId()).then().statusCode(200)
                .body("operatingState", equalTo("DISRUPTED")).body("stateReason", equalTo("Utility power lost"));
        check(person, t.spaceId()).body("decision", equalTo("GRANTED"))
                .body("reasons.code", contains("FACILITY_DISRUPTED"))
                .body("reasons[0].message", containsString(backupCode));

        as(OPERATIONS).body(Map.of("state", "LOCKDOWN", "reason", "Fire in the building"))
                .post("/api/v1/facilities/{id}/operating-state", t.facilityId()).then().statusCode(200);
        check(person, t.spaceId()).body("decision", equalTo("DENIED"))
                .body("reasons.code", contains("FACILITY_LOCKDOWN"));

        as(OPERATIONS).body(Map.of("state", "NORMAL", "reason", "All clear"))
                .post("/api/v1/facilities/{id}/operating-state", t.facilityId()).then().statusCode(200)
                .body("stateReason", nullValue());
        check(person, t.spaceId()).body("decision", equalTo("GRANTED")).body("reasons", empty());
    }

    @Test
    @DisplayName("§7.6(i) rule 7: when the order ends, regular access ends; a may-remove-equipment person enters for removal only")
    void orderEnded() {
        var t = Fixtures.tenancy();
        String regular = Fixtures.approvedPerson(t.customerId(), t.spaceId());
        var body = Fixtures.personBody(t.customerId(), java.util.List.of(t.spaceId()));
        body.put("mayRemoveEquipment", true);
        String remover = Fixtures.create("/api/v1/people", body);
        Fixtures.approve(remover);
        // the space was created today at its facility: its lease can end no earlier
        String today = Fixtures.facilityToday().toString();
        as(OPERATIONS).body(Map.of("effectiveDate", today, "reason", "Landlord lease ended"))
                .post("/api/v1/spaces/{id}/underlying-lease-termination", t.spaceId()).then().statusCode(200);

        check(regular, t.spaceId()).body("decision", equalTo("DENIED")).body("reasons.code", contains("ORDER_ENDED"))
                .body("reasons[0].clause", equalTo("§7.6(i)"));
        check(remover, t.spaceId()).body("decision", equalTo("GRANTED"))
                .body("reasons.code", contains("REMOVAL_ONLY")).body("reasons[0].clause", equalTo("§7.6(iv)"))
                .body("validUntil", notNullValue());
    }

    @Test
    @DisplayName("rule 11: unknown people and spaces are DENIED and recorded too; exits are recorded and never refused")
    void unknownsAndExits() {
        var t = Fixtures.tenancy();
        String ghost = UUID.randomUUID().toString();
        String eventId = check(ghost, t.spaceId()).body("decision", equalTo("DENIED"))
                .body("reasons.code", contains("PERSON_UNKNOWN")).extract().path("eventId");
        check(UUID.randomUUID().toString(), UUID.randomUUID().toString()).body("decision", equalTo("DENIED"))
                .body("reasons.code", containsInAnyOrder("PERSON_UNKNOWN", "SPACE_UNKNOWN"));
        as(AUDITOR).queryParam("personId", ghost).get("/api/v1/access-events").then()
                .body("items.id", contains(eventId)).body("items[0].personKind", equalTo("UNKNOWN"));

        String person = Fixtures.approvedPerson(t.customerId(), t.spaceId());
        as(OPERATIONS).body(Map.of("reason", "DAMAGE")).post("/api/v1/people/{id}/revocation", person).then()
                .statusCode(200);
        check(Map.of("personId", person, "spaceId", t.spaceId(), "direction", "OUT"))
                .body("decision", equalTo("GRANTED"));
        as(AUDITOR).queryParam("personId", person).get("/api/v1/access-events").then()
                .body("items[0].direction", equalTo("OUT"));
    }

    @Test
    @DisplayName("rule 12: a granted entry is recorded as the person's last entry; a denial is not")
    void lastEntry() {
        var t = Fixtures.tenancy();
        String person = Fixtures.approvedPerson(t.customerId(), t.spaceId());
        as(OPERATIONS).get("/api/v1/people/{id}", person).then().body("lastEntryAt", nullValue());
        check(person, t.spaceId()).body("decision", equalTo("GRANTED"));
        String first = as(OPERATIONS).get("/api/v1/people/{id}", person).then().body("lastEntryAt", notNullValue())
                .extract().path("lastEntryAt");
        String elsewhere = Fixtures.space(t.facilityId());
        check(person, elsewhere).body("decision", equalTo("DENIED"));
        as(OPERATIONS).get("/api/v1/people/{id}", person).then().body("lastEntryAt", equalTo(first));
    }

    @Test
    @DisplayName("preview evaluates the same rules at a future instant and records nothing")
    void previewRecordsNothing() {
        var t = Fixtures.tenancy();
        String person = Fixtures.approvedPerson(t.customerId(), t.spaceId());
        String future = ZonedDateTime.now(ZoneOffset.UTC).plusYears(4).toInstant().toString();
        as(OPERATIONS).body(Map.of("personId", person, "spaceId", t.spaceId(), "at", future))
                .post("/api/v1/access-checks/preview").then().statusCode(200).body("decision", equalTo("DENIED"))
                .body("reasons.code", hasItem("ORDER_ENDED")).body("eventId", nullValue())
                .body("at", equalTo(future));
        asCustomer(t.customerId()).body(Map.of("personId", person, "spaceId", t.spaceId()))
                .post("/api/v1/access-checks/preview").then().statusCode(200).body("decision", equalTo("GRANTED"));
        as(AUDITOR).queryParam("personId", person).get("/api/v1/access-events").then().body("items", hasSize(0));

        // a customer previewing another customer's person sees it as unknown
        var other = Fixtures.tenancy();
        asCustomer(other.customerId()).body(Map.of("personId", person, "spaceId", t.spaceId()))
                .post("/api/v1/access-checks/preview").then().statusCode(200).body("decision", equalTo("DENIED"))
                .body("reasons.code", contains("PERSON_UNKNOWN", "SPACE_NOT_LEASED_BY_CUSTOMER"));
    }

    @Test
    @DisplayName("access events: filters, and a customer sees only events about its own people and spaces")
    void eventTenancy() {
        var a = Fixtures.tenancy();
        var b = Fixtures.tenancy();
        String pa = Fixtures.approvedPerson(a.customerId(), a.spaceId());
        String pb = Fixtures.approvedPerson(b.customerId(), b.spaceId());
        check(pa, a.spaceId());
        check(pb, b.spaceId());
        check(pb, a.spaceId()); // b's person at a's door: about a's space, so a sees it
        asCustomer(a.customerId()).get("/api/v1/access-events").then().statusCode(200).body("items", hasSize(2));
        // a sees b's person's attempt at its door, but cannot look it up by b's person's id
        asCustomer(a.customerId()).queryParam("spaceId", a.spaceId()).get("/api/v1/access-events").then()
                .body("items", hasSize(2));
        asCustomer(a.customerId()).queryParam("personId", pb).get("/api/v1/access-events").then()
                .body("items", hasSize(0));
        as(AUDITOR).queryParam("spaceId", a.spaceId()).queryParam("decision", "DENIED")
                .get("/api/v1/access-events").then().body("items", hasSize(1))
                .body("items[0].personId", equalTo(pb));
        as(SECURITY).queryParam("decision", "MAYBE").get("/api/v1/access-events").then().statusCode(400)
                .body("errors[0].field", equalTo("decision"));
    }
}
