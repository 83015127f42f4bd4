package com.cagekeeper.personnel;

import static com.cagekeeper.support.Api.OPERATIONS;
import static com.cagekeeper.support.Api.SECURITY;
import static com.cagekeeper.support.Api.as;
import static com.cagekeeper.support.Api.asCustomer;
import static com.cagekeeper.support.Fixtures.personBody;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.containsString;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.cagekeeper.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@DisplayName("Approved people (§3.2)")
class PersonResourceTest {

    @Test
    @DisplayName("§3.2 a customer asks for a person: REQUESTED, document number never shown in full")
    void customerRequests() {
        var t = Fixtures.tenancy();
        Map<String, Object> body = personBody(null, List.of(t.spaceId()));
        body.remove("customerId");
        body.put("idDocumentNumber", "P-8823-4821");
        String body2 = asCustomer(t.customerId()).body(body).post("/api/v1/people").then().statusCode(201)
                .body("state", equalTo("REQUESTED")).body("customerId", equalTo(t.customerId()))
                .body("idDocumentNumber", equalTo("****4821")).body("approval", org.hamcrest.Matchers.nullValue())
                .extract().asString();
        org.junit.jupiter.api.Assertions.assertFalse(body2.contains("88234821"), "the full number never leaves");
        as(OPERATIONS).queryParam("customerId", t.customerId()).get("/api/v1/people").then()
                .body(not(containsString("8823-4821"))).body("items[0].idDocumentNumber", equalTo("****4821"));
    }

    @Test
    @DisplayName("§3.2 approval in writing records who approved, when, and the written reference")
    void approvalInWriting() {
        var t = Fixtures.tenancy();
        String id = Fixtures.requestedPerson(t.customerId(), t.spaceId());
        as(OPERATIONS).body(Map.of("writtenApprovalReference", "ACC-2026-0142"))
                .post("/api/v1/people/{id}/approval", id).then().statusCode(200).body("state", equalTo("APPROVED"))
                .body("approval.approvedBy", equalTo("test.operations"))
                .body("approval.reference", equalTo("ACC-2026-0142")).body("approval.approvedAt", notNullValue());
        as(OPERATIONS).queryParam("objectId", id).queryParam("objectType", "Person").get("/api/v1/audit").then()
                .body("items.action", contains("PERSON_REQUESTED", "PERSON_APPROVED"));
    }

    @Test
    @DisplayName("§3.2 approval is refused (422) for spaces the customer no longer leases, and nothing changes")
    void approvalRefusedForOtherSpaces() {
        var mine = Fixtures.tenancy();
        String id = Fixtures.requestedPerson(mine.customerId(), mine.spaceId());
        // §3.4: the space's underlying lease ends and it is restored: the customer holds it no longer
        as(OPERATIONS).body(Map.of("effectiveDate", java.time.LocalDate.now(java.time.ZoneId.of("America/New_York"))
                .toString(), "reason", "Landlord lease ended"))
                .post("/api/v1/spaces/{id}/underlying-lease-termination", mine.spaceId()).then().statusCode(200);
        as(OPERATIONS).body(Map.of("note", "Walkthrough done"))
                .post("/api/v1/spaces/{id}/restoration-completion", mine.spaceId()).then()
                .statusCode(200);
        as(OPERATIONS).body(Map.of("writtenApprovalReference", "ACC-1")).post("/api/v1/people/{id}/approval", id)
                .then().statusCode(422).body("code", equalTo("SPACE_NOT_LEASED_BY_CUSTOMER"))
                .body("clause", equalTo("§3.2")).body("detail", containsString(mine.spaceId()));
        as(OPERATIONS).get("/api/v1/people/{id}", id).then().body("state", equalTo("REQUESTED"))
                .body("version", equalTo(0));
    }

    @Test
    @DisplayName("§3.2 asking for a person for a space that does not exist is refused (422, as for another customer's space), never a 500")
    void unknownSpaceRefused() {
        var t = Fixtures.tenancy();
        String unknown = "0190c7a4-0000-7000-8000-00000000beef";
        as(OPERATIONS).body(personBody(t.customerId(), List.of(t.spaceId(), unknown))).post("/api/v1/people").then()
                .statusCode(422).body("code", equalTo("SPACE_NOT_LEASED_BY_CUSTOMER")).body("detail", containsString(unknown));
        as(OPERATIONS).queryParam("customerId", t.customerId()).get("/api/v1/people").then().body("items", hasSize(0));
    }

    @Test
    @DisplayName("§3.2 only operations approves or revokes: a customer token gets 403")
    void customerCannotApproveOrRevoke() {
        var t = Fixtures.tenancy();
        String id = Fixtures.requestedPerson(t.customerId(), t.spaceId());
        asCustomer(t.customerId()).body(Map.of("writtenApprovalReference", "self"))
                .post("/api/v1/people/{id}/approval", id).then().statusCode(403);
        asCustomer(t.customerId()).body(Map.of("reason", "DAMAGE")).post("/api/v1/people/{id}/revocation", id)
                .then().statusCode(403);
    }

    @Test
    @DisplayName("§3.2 revocation needs a reason (text for OTHER); the customer cannot undo it by removal or by asking again")
    void revocationStands() {
        var t = Fixtures.tenancy();
        Map<String, Object> body = personBody(t.customerId(), List.of(t.spaceId()));
        String id = Fixtures.create("/api/v1/people", body);
        Fixtures.approve(id);
        as(OPERATIONS).body(Map.of("reason", "OTHER")).post("/api/v1/people/{id}/revocation", id).then()
                .statusCode(400).body("errors[0].field", equalTo("text"));
        as(OPERATIONS).body(Map.of("reason", "THREAT_OF_DAMAGE", "text", "Propped open a neighbour's cage"))
                .post("/api/v1/people/{id}/revocation", id).then().statusCode(200).body("state", equalTo("REVOKED"))
                .body("revocation.reason", equalTo("THREAT_OF_DAMAGE"))
                .body("revocation.revokedBy", equalTo("test.operations"));

        asCustomer(t.customerId()).body("{}").post("/api/v1/people/{id}/removal", id).then().statusCode(409)
                .body("code", equalTo("PERSON_REVOKED"));
        body.remove("customerId");
        asCustomer(t.customerId()).body(body).post("/api/v1/people").then().statusCode(409)
                .body("code", equalTo("PERSON_REVOKED")).body("clause", equalTo("§3.2"));
        as(OPERATIONS).get("/api/v1/people/{id}", id).then().body("state", equalTo("REVOKED"));

        // reinstatement is a new written approval by operations
        as(OPERATIONS).body(Map.of("writtenApprovalReference", "ACC-REINSTATE"))
                .post("/api/v1/people/{id}/approval", id).then().statusCode(200).body("state", equalTo("APPROVED"))
                .body("approval.reference", equalTo("ACC-REINSTATE"));
        as(OPERATIONS).queryParam("objectId", id).get("/api/v1/audit").then()
                .body("items.action", org.hamcrest.Matchers.hasItem("PERSON_REINSTATED"));
    }

    @Test
    @DisplayName("the customer removes its own person; a removed person is asked for anew, not re-approved")
    void removal() {
        var t = Fixtures.tenancy();
        String id = Fixtures.approvedPerson(t.customerId(), t.spaceId());
        asCustomer(t.customerId()).body(Map.of("note", "Left the company")).post("/api/v1/people/{id}/removal", id)
                .then().statusCode(200).body("state", equalTo("REMOVED")).body("removedAt", notNullValue());
        as(OPERATIONS).body(Map.of("writtenApprovalReference", "X")).post("/api/v1/people/{id}/approval", id).then()
                .statusCode(409).body("code", equalTo("PERSON_REMOVED"));
    }

    @Test
    @DisplayName("security finds a person at the door by identity document, whatever spaces or dashes were typed")
    void lookupByDocument() {
        var t = Fixtures.tenancy();
        Map<String, Object> body = personBody(t.customerId(), List.of(t.spaceId()));
        String number = (String) body.get("idDocumentNumber");
        String id = Fixtures.create("/api/v1/people", body);
        String typed = number.substring(0, 3) + " " + number.substring(3, 6) + "-" + number.substring(6);
        as(SECURITY).queryParam("idDocumentType", "PASSPORT").queryParam("idDocumentNumber", typed.toLowerCase())
                .get("/api/v1/people").then().statusCode(200).body("items.id", contains(id));
        as(SECURITY).queryParam("idDocumentType", "NATIONAL_ID").queryParam("idDocumentNumber", number)
                .get("/api/v1/people").then().body("items", hasSize(0));
        as(SECURITY).queryParam("idDocumentType", "PASSPORT").get("/api/v1/people").then().statusCode(400)
                .body("errors[0].field", equalTo("idDocumentNumber"));
    }

    @Test
    @DisplayName("tenancy: a customer sees only its own people; another customer's person answers 404")
    void tenancy() {
        var a = Fixtures.tenancy();
        var b = Fixtures.tenancy();
        String mine = Fixtures.requestedPerson(a.customerId(), a.spaceId());
        String theirs = Fixtures.requestedPerson(b.customerId(), b.spaceId());
        asCustomer(a.customerId()).get("/api/v1/people/{id}", mine).then().statusCode(200);
        asCustomer(a.customerId()).get("/api/v1/people/{id}", theirs).then().statusCode(404);
        asCustomer(a.customerId()).body("{}").post("/api/v1/people/{id}/removal", theirs).then().statusCode(404);
        asCustomer(a.customerId()).get("/api/v1/people").then().body("items.id", contains(mine));
        Map<String, Object> forOther = personBody(b.customerId(), List.of(b.spaceId()));
        asCustomer(a.customerId()).body(forOther).post("/api/v1/people").then().statusCode(400)
                .body("errors[0].field", equalTo("customerId"));
    }
}
