package com.cagekeeper.alteration;

import static com.cagekeeper.support.Api.OPERATIONS;
import static com.cagekeeper.support.Api.as;
import static com.cagekeeper.support.Api.asCustomer;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.cagekeeper.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@DisplayName("Alterations (§3.3, rules 21-22): plans, prior written consent, then the work")
class AlterationTest {

    static final String ALTERATIONS = "/api/v1/alterations";

    static Map<String, Object> plans(String spaceId) {
        return Map.of("spaceId", spaceId, "description", "Overhead cable tray along the north side",
                "documentReferences", List.of("DWG-07 rev B", "SPEC-3"));
    }

    /** Plans the customer submitted for its space; returns the alteration's id. */
    static String submitted(Fixtures.Tenancy t) {
        return asCustomer(t.customerId()).body(plans(t.spaceId())).post(ALTERATIONS).then().statusCode(201)
                .body("state", equalTo("SUBMITTED")).body("customerId", equalTo(t.customerId()))
                .body("documentReferences", contains("DWG-07 rev B", "SPEC-3")).extract().path("id");
    }

    @Test
    @DisplayName("§3.3 rule 21: work is refused (409) before written consent; after consent it starts and completes")
    void noWorkBeforeConsent() {
        var t = Fixtures.tenancy();
        String id = submitted(t);
        asCustomer(t.customerId()).body(Map.of()).post(ALTERATIONS + "/{id}/start", id).then().statusCode(409)
                .body("code", equalTo("ALTERATION_CONSENT_REQUIRED")).body("clause", equalTo("§3.3"));
        asCustomer(t.customerId()).body(Map.of()).post(ALTERATIONS + "/{id}/completion", id).then().statusCode(409)
                .body("code", equalTo("ALTERATION_CONSENT_REQUIRED"));
        as(OPERATIONS).get(ALTERATIONS + "/{id}", id).then().body("state", equalTo("SUBMITTED"))
                .body("version", equalTo(0));
        // only operations consents, in writing
        asCustomer(t.customerId()).body(Map.of("writtenConsentReference", "ALT-1"))
                .post(ALTERATIONS + "/{id}/consent", id).then().statusCode(403);
        as(OPERATIONS).body(Map.of("writtenConsentReference", "ALT-2026-0031", "conditions", "No hot work"))
                .post(ALTERATIONS + "/{id}/consent", id).then().statusCode(200).body("state", equalTo("CONSENTED"))
                .body("consentReference", equalTo("ALT-2026-0031")).body("consentConditions", equalTo("No hot work"))
                .body("consentedBy", equalTo("test.operations"));
        asCustomer(t.customerId()).body(Map.of("note", "Contractor on site")).post(ALTERATIONS + "/{id}/start", id)
                .then().statusCode(200).body("state", equalTo("IN_PROGRESS"));
        asCustomer(t.customerId()).body(Map.of()).post(ALTERATIONS + "/{id}/withdrawal", id).then().statusCode(409)
                .body("code", equalTo("ALTERATION_NOT_WITHDRAWABLE"));
        asCustomer(t.customerId()).body(Map.of()).post(ALTERATIONS + "/{id}/completion", id).then().statusCode(200)
                .body("state", equalTo("COMPLETED"));
        as(OPERATIONS).queryParam("objectType", "Alteration").queryParam("objectId", id).get("/api/v1/audit").then()
                .body("items.action", contains("ALTERATION_SUBMITTED", "ALTERATION_CONSENTED", "ALTERATION_STARTED",
                        "ALTERATION_COMPLETED"));
    }

    @Test
    @DisplayName("§3.3 refused plans cannot start or complete (409); reasons are recorded; a second decision is refused")
    void refusedPlansCannotStart() {
        var t = Fixtures.tenancy();
        String id = submitted(t);
        as(OPERATIONS).body(Map.of("reasons", "Blocks the fire suppression nozzles"))
                .post(ALTERATIONS + "/{id}/refusal", id).then().statusCode(200).body("state", equalTo("REFUSED"))
                .body("refusalReasons", equalTo("Blocks the fire suppression nozzles"));
        asCustomer(t.customerId()).body(Map.of()).post(ALTERATIONS + "/{id}/start", id).then().statusCode(409)
                .body("code", equalTo("ALTERATION_CONSENT_REQUIRED")).body("detail", containsString("REFUSED"));
        as(OPERATIONS).body(Map.of("writtenConsentReference", "ALT-9")).post(ALTERATIONS + "/{id}/consent", id)
                .then().statusCode(409).body("code", equalTo("ALTERATION_NOT_SUBMITTED"));
    }

    @Test
    @DisplayName("§3.3 plans only for a space the customer leases (422); another customer sees none of them (404, empty lists)")
    void customersSeeTheirOwn() {
        var a = Fixtures.tenancy();
        var b = Fixtures.tenancy();
        String id = submitted(a);
        asCustomer(b.customerId()).body(plans(a.spaceId())).post(ALTERATIONS).then().statusCode(422)
                .body("code", equalTo("SPACE_NOT_LEASED_BY_CUSTOMER"));
        asCustomer(b.customerId()).get(ALTERATIONS + "/{id}", id).then().statusCode(404);
        asCustomer(b.customerId()).body(Map.of()).post(ALTERATIONS + "/{id}/withdrawal", id).then().statusCode(404);
        asCustomer(b.customerId()).queryParam("spaceId", a.spaceId()).get(ALTERATIONS).then().statusCode(200)
                .body("items", empty());
        asCustomer(b.customerId()).queryParam("customerId", a.customerId()).get(ALTERATIONS).then().statusCode(200)
                .body("items", empty());
        asCustomer(a.customerId()).queryParam("state", "SUBMITTED").get(ALTERATIONS).then().statusCode(200)
                .body("items.id", contains(id));
        asCustomer(a.customerId()).body(Map.of("note", "Changed our minds")).post(ALTERATIONS + "/{id}/withdrawal", id)
                .then().statusCode(200).body("state", equalTo("WITHDRAWN"))
                .body("withdrawalReason", equalTo("Changed our minds")).body("consentedAt", nullValue());
    }
    @Test
    @DisplayName("§3.3 plan references differing only in case or surrounding space are one reference (not a 409)")
    void referencesDifferingInCaseAreOne() {
        var t = Fixtures.tenancy();
        asCustomer(t.customerId()).body(Map.of("spaceId", t.spaceId(), "description", "Cable tray",
                "documentReferences", List.of("DWG-07 rev B", "dwg-07 REV B ", "SPEC-3"))).post(ALTERATIONS).then()
                .statusCode(201).body("documentReferences", contains("DWG-07 rev B", "SPEC-3"));
    }
}
