package com.cagekeeper.endofterm;

import static com.cagekeeper.support.Api.OPERATIONS;
import static com.cagekeeper.support.Api.as;
import static com.cagekeeper.support.Api.asCustomer;
import static com.cagekeeper.support.Fixtures.check;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.cagekeeper.support.Fixtures;
import com.cagekeeper.support.TestClock;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@DisplayName("End of term (§7.6, rule 28): removal-only entry, surrender, removal, disposal after the window, the inspection")
class EndOfTermTest {

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static String endOfTerm(String spaceId) {
        return "/api/v1/spaces/" + spaceId + "/end-of-term";
    }

    static Map<String, Object> usd(String amount) {
        return Fixtures.money(amount, "USD");
    }

    /** An item of the given owner registered by operations in the space. */
    static String item(String spaceId, int from, String owner) {
        var body = Fixtures.equipmentBody(spaceId, from, 1);
        body.put("owner", owner);
        return Fixtures.create("/api/v1/equipment", body);
    }

    /** An approved person of the customer for the space, flagged may-remove-equipment as asked. */
    static String person(String customerId, String spaceId, boolean mayRemoveEquipment) {
        var body = Fixtures.personBody(customerId, List.of(spaceId));
        body.put("mayRemoveEquipment", mayRemoveEquipment);
        String id = Fixtures.create("/api/v1/people", body);
        Fixtures.approve(id);
        return id;
    }

    /** §3.4: the underlying lease of the space ends today at its facility; the order that leases it ends with it. */
    static void endUnderlyingLease(String spaceId) {
        as(OPERATIONS).body(Map.of("effectiveDate", Fixtures.facilityToday().toString(), "reason", "Landlord lease ended"))
                .post("/api/v1/spaces/{id}/underlying-lease-termination", spaceId).then().statusCode(200);
    }

    @Test
    @DisplayName("§7.6 the whole end: removal-only entry in the window, surrender with and without a REPLACEMENT charge, disposal refused in the window with its date and charged after it, inspection refused while items remain, restored by the provider with RESTORATION charged, alterations kept, the space leased again")
    void wholeEndOfTerm() {
        String facility = Fixtures.facility();
        String customer = Fixtures.customer();
        String ended = Fixtures.space(facility); // its underlying lease ends
        String space = Fixtures.space(facility); // the order's other space: offered again after the end
        String order = Fixtures.activeOrder(customer, ended, space);
        String regular = person(customer, space, false);
        String remover = person(customer, space, true);
        String removed = item(space, 1, "CUSTOMER");
        String left = item(space, 3, "CUSTOMER");
        String intact = item(space, 5, "PROVIDER");
        String damaged = item(space, 7, "PROVIDER");
        String alteration = asCustomer(customer).body(Map.of("spaceId", space, "description", "Cable tray",
                "documentReferences", List.of("DWG-1"))).post("/api/v1/alterations").then().statusCode(201)
                .extract().path("id");
        as(OPERATIONS).body(Map.of("writtenConsentReference", "ALT-77")).post("/api/v1/alterations/{id}/consent",
                alteration).then().statusCode(200);
        asCustomer(customer).body(Map.of()).post("/api/v1/alterations/{id}/completion", alteration).then()
                .statusCode(200);

        // before the end nothing of it happens
        as(OPERATIONS).get(endOfTerm(space)).then().statusCode(404);
        as(OPERATIONS).body(Map.of("originalCondition", true)).post("/api/v1/equipment/{id}/surrender", intact).then()
                .statusCode(409).body("code", equalTo("ORDER_NOT_ENDED")).body("clause", equalTo("§7.6(i)"))
                .body("detail", containsString(LocalDate.of(2026, 12, 1).plusMonths(36).toString()));

        endUnderlyingLease(ended);
        LocalDate today = Fixtures.facilityToday();
        as(OPERATIONS).get("/api/v1/orders/{id}", order).then().body("state", equalTo("TERMINATED"));

        // §7.6(i), (iv): regular access ends; removal-only entry for the flagged person and a removal visit
        check(regular, space).body("decision", equalTo("DENIED")).body("reasons.code", contains("ORDER_ENDED"));
        check(remover, space).body("decision", equalTo("GRANTED")).body("reasons.code", contains("REMOVAL_ONLY"));
        Instant now = clock.instant();
        var visitBody = Fixtures.visitBody(customer, List.of(space), now.minusSeconds(60), now.plusSeconds(4 * 3600),
                remover);
        visitBody.put("purpose", "EQUIPMENT_REMOVAL");
        var visit = asCustomer(customer).body(visitBody).post("/api/v1/visits").then().statusCode(201).extract();
        check(Map.of("personId", visit.path("visitors[0].id"), "spaceId", space, "visitId", visit.path("id")))
                .body("decision", equalTo("GRANTED")).body("reasons.code", hasItem("REMOVAL_ONLY"));

        String windowEnd = today.plusDays(30).toString();
        asCustomer(customer).get(endOfTerm(space)).then().statusCode(200).body("orderId", equalTo(order))
                .body("orderState", equalTo("TERMINATED")).body("rightsEndOn", equalTo(today.toString()))
                .body("removalWindowOpen", equalTo(true)).body("disposalAllowedOn", equalTo(windowEnd))
                .body("spaceState", equalTo("RESTORATION_DUE"))
                .body("providerItemsToSurrender", containsInAnyOrder(intact, damaged))
                .body("itemsRemaining.find { it.owner == 'CUSTOMER' }.count", equalTo(2))
                .body("alterationsKept.id", contains(alteration))
                .body("remaining.code", contains("REMOVE_EQUIPMENT", "DISPOSE_OF_EQUIPMENT_LEFT",
                        "SURRENDER_PROVIDER_EQUIPMENT", "RECORD_INSPECTION"));

        // the customer takes its item out; the provider's items are surrendered, one not in its original condition
        asCustomer(customer).body(Map.of()).post("/api/v1/equipment/{id}/removal", removed).then().statusCode(200)
                .body("state", equalTo("REMOVED"));
        as(OPERATIONS).body(Map.of("originalCondition", true, "replacementValue", usd("10.00")))
                .post("/api/v1/equipment/{id}/surrender", intact).then().statusCode(422)
                .body("code", equalTo("REPLACEMENT_VALUE_NOT_APPLICABLE"));
        as(OPERATIONS).body(Map.of("originalCondition", true)).post("/api/v1/equipment/{id}/surrender", intact).then()
                .statusCode(200).body("state", equalTo("REMOVED")).body("underLien", equalTo(false));
        as(OPERATIONS).body(Map.of()).post("/api/v1/equipment/{id}/surrender", damaged).then().statusCode(422)
                .body("code", equalTo("REPLACEMENT_VALUE_REQUIRED"));
        as(OPERATIONS).body(Map.of("originalCondition", false, "replacementValue", usd("1800.00"), "note", "Cracked"))
                .post("/api/v1/equipment/{id}/surrender", damaged).then().statusCode(200);
        as(OPERATIONS).get("/api/v1/equipment/{id}/custody", damaged).then()
                .body("items.event", contains("PLACED", "SURRENDERED"));
        as(OPERATIONS).body(Map.of("originalCondition", true)).post("/api/v1/equipment/{id}/surrender", left).then()
                .statusCode(409).body("code", equalTo("EQUIPMENT_NOT_PROVIDER_OWNED"));

        // §7.6(iv): the provider may not dispose before the window closes, nor inspect while an item remains
        as(OPERATIONS).body(Map.of("removalCost", usd("300.00"), "disposalCost", usd("150.00")))
                .post("/api/v1/equipment/{id}/disposal", left).then().statusCode(409)
                .body("code", equalTo("REMOVAL_WINDOW_OPEN")).body("clause", equalTo("§7.6(iv)"))
                .body("detail", containsString("allowed on " + windowEnd));
        as(OPERATIONS).body(Map.of("outcome", "RESTORED_BY_CUSTOMER", "note", "x"))
                .post("/api/v1/spaces/{id}/restoration-completion", space).then().statusCode(409)
                .body("code", equalTo("ITEMS_REMAIN_IN_SPACE")).body("detail", containsString(left))
                .body("detail", not(containsString(removed)));

        // after the window: the flagged person is denied too, and the provider disposes at the customer's cost
        clock.advance(Duration.ofDays(31));
        check(remover, space).body("decision", equalTo("DENIED")).body("reasons.code", contains("ORDER_ENDED"));
        as(OPERATIONS).body(Map.of("removalCost", usd("300.00"), "disposalCost", usd("150.00"), "note", "Recycled"))
                .post("/api/v1/equipment/{id}/disposal", left).then().statusCode(200).body("state", equalTo("DISPOSED"));
        as(OPERATIONS).get("/api/v1/equipment/{id}/custody", left).then().body("items.event", contains("PLACED", "DISPOSED"));

        as(OPERATIONS).body(Map.of("outcome", "RESTORED_BY_PROVIDER", "note", "Panels reinstated"))
                .post("/api/v1/spaces/{id}/restoration-completion", space).then().statusCode(422)
                .body("code", equalTo("RESTORATION_COST_REQUIRED")).body("errors[0].field", equalTo("restorationCost"));
        as(OPERATIONS).body(Map.of("outcome", "RESTORED_BY_PROVIDER", "restorationCost", usd("2500.00"), "note",
                "Panels reinstated")).post("/api/v1/spaces/{id}/restoration-completion", space).then().statusCode(200)
                .body("id", equalTo(space)).body("state", equalTo("AVAILABLE")).body("customerId", nullValue());
        as(OPERATIONS).get(endOfTerm(space)).then().statusCode(200).body("spaceState", equalTo("AVAILABLE"))
                .body("inspection.outcome", equalTo("RESTORED_BY_PROVIDER"))
                .body("alterationsKept.id", contains(alteration)).body("remaining", empty());
        as(OPERATIONS).get("/api/v1/customers/{id}/charges", customer).then().statusCode(200)
                .body("items.kind", containsInAnyOrder("REPLACEMENT", "REMOVAL", "DISPOSAL", "RESTORATION"))
                .body("items.find { it.kind == 'REPLACEMENT' }.amount.amount", equalTo("1800.00"))
                .body("items.find { it.kind == 'REPLACEMENT' }.sourceId", equalTo(damaged))
                .body("items.find { it.kind == 'REMOVAL' }.amount.amount", equalTo("300.00"))
                .body("items.find { it.kind == 'DISPOSAL' }.sourceId", equalTo(left))
                .body("items.find { it.kind == 'RESTORATION' }.amount.amount", equalTo("2500.00"))
                .body("items.find { it.kind == 'RESTORATION' }.sourceId", equalTo(space));

        // the customer still reads its closed end of term; the space is leased again by a new order
        asCustomer(customer).get(endOfTerm(space)).then().statusCode(200).body("inspection.inspectedBy", notNullValue())
                .body("charges.kind", containsInAnyOrder("REPLACEMENT", "REMOVAL", "DISPOSAL", "RESTORATION"))
                .body("remaining", empty()).body("providerItemsToSurrender", empty());
        String next = Fixtures.customer();
        String nextOrder = Fixtures.activeOrder(next, space);
        as(OPERATIONS).get("/api/v1/spaces/{id}", space).then().body("state", equalTo("LEASED"))
                .body("orderId", equalTo(nextOrder));
        asCustomer(next).get(endOfTerm(space)).then().statusCode(404);
        // the space whose underlying lease ended is restored to OUT_OF_SERVICE, not offered (§3.4)
        as(OPERATIONS).body(Map.of("outcome", "RESTORED_BY_CUSTOMER", "note", "Empty and clean"))
                .post("/api/v1/spaces/{id}/restoration-completion", ended).then().statusCode(200)
                .body("state", equalTo("OUT_OF_SERVICE"));
        as(OPERATIONS).get(endOfTerm(ended)).then().statusCode(200).body("spaceState", equalTo("OUT_OF_SERVICE"))
                .body("inspection.restorationCost", nullValue());
    }

    @Test
    @DisplayName("§3.5, §7.6: in the removal window a lien restriction still denies (LIEN_RESTRICTED), and an item in the provider's possession cannot be removed (409)")
    void lienDuringTheWindow() {
        var t = Fixtures.tenancy();
        String remover = person(t.customerId(), t.spaceId(), true);
        String held = Fixtures.equipment(t.spaceId(), 1, 1);
        Fixtures.invoice(t.customerId(), LocalDate.now(ZoneOffset.UTC).minusDays(40), "900.00");
        as(OPERATIONS).body(Fixtures.noticeBody(t.customerId(), "FACSIMILE", LocalDate.now(ZoneOffset.UTC)))
                .post("/api/v1/notices").then().statusCode(201);
        clock.advance(Duration.ofDays(10));
        as(OPERATIONS).body(Map.of("customerId", t.customerId(), "restrictSpaceIds", List.of(t.spaceId()), "itemIds",
                List.of(held), "storageLocation", "Cage store B-12", "reason", "Unpaid after notice"))
                .post("/api/v1/lien-actions").then().statusCode(201);
        as(OPERATIONS).body(Map.of("effectiveDate", LocalDate.ofInstant(clock.instant(),
                java.time.ZoneId.of(Fixtures.FACILITY_ZONE)).toString(), "reason", "Landlord lease ended"))
                .post("/api/v1/spaces/{id}/underlying-lease-termination", t.spaceId()).then().statusCode(200);

        check(remover, t.spaceId()).body("decision", equalTo("DENIED")).body("reasons.code", hasItem("LIEN_RESTRICTED"));
        as(OPERATIONS).body(Map.of()).post("/api/v1/equipment/{id}/removal", held).then().statusCode(409)
                .body("code", equalTo("EQUIPMENT_IN_PROVIDER_POSSESSION")).body("clause", equalTo("§3.5"));
        as(OPERATIONS).body(Map.of("outcome", "RESTORED_BY_CUSTOMER", "note", "x"))
                .post("/api/v1/spaces/{id}/restoration-completion", t.spaceId()).then().statusCode(409)
                .body("code", equalTo("ITEMS_REMAIN_IN_SPACE")).body("detail", containsString("IN_PROVIDER_POSSESSION"));
        as(OPERATIONS).get(endOfTerm(t.spaceId())).then().statusCode(200)
                .body("itemsRemaining[0].state", equalTo("IN_PROVIDER_POSSESSION"));
    }

    @Test
    @DisplayName("§7.6 another customer sees nothing of an end of term (404); security reads it, a customer cannot record it (403)")
    void onlyTheCustomerSeesItsEnd() {
        var a = Fixtures.tenancy();
        var b = Fixtures.tenancy();
        endUnderlyingLease(a.spaceId());
        asCustomer(b.customerId()).get(endOfTerm(a.spaceId())).then().statusCode(404);
        asCustomer(a.customerId()).get(endOfTerm(a.spaceId())).then().statusCode(200)
                .body("customerId", equalTo(a.customerId()));
        as(com.cagekeeper.support.Api.SECURITY).get(endOfTerm(a.spaceId())).then().statusCode(200);
        asCustomer(a.customerId()).body(Map.of("outcome", "RESTORED_BY_CUSTOMER", "note", "x"))
                .post("/api/v1/spaces/{id}/restoration-completion", a.spaceId()).then().statusCode(403);
        asCustomer(a.customerId()).get(endOfTerm(b.spaceId())).then().statusCode(404);
    }
    /** A completed alteration of the customer in the space (rule 22: a fixture). */
    static String completedAlteration(String customerId, String spaceId) {
        String id = asCustomer(customerId).body(Map.of("spaceId", spaceId, "description", "Overhead cable tray",
                "documentReferences", List.of("DWG-7"))).post("/api/v1/alterations").then().statusCode(201).extract()
                .path("id");
        as(OPERATIONS).body(Map.of("writtenConsentReference", "ALT-7")).post("/api/v1/alterations/{id}/consent", id)
                .then().statusCode(200);
        asCustomer(customerId).body("{}").post("/api/v1/alterations/{id}/completion", id).then().statusCode(200);
        return id;
    }

    /** A relocation of the tenancy's equipment to a new space, started today and completed leaving the old space RESTORATION_DUE. */
    static void relocatedAway(Fixtures.Tenancy t, boolean byCustomer) {
        String target = Fixtures.space(t.facilityId());
        String id;
        if (byCustomer) {
            id = asCustomer(t.customerId()).body(Map.of("fromSpaceId", t.spaceId(), "toSpaceId", target, "moveOn",
                    Fixtures.facilityToday().toString(), "reason", "Bigger cage")).post("/api/v1/relocations").then()
                    .statusCode(201).extract().path("id");
            as(OPERATIONS).body("{}").post("/api/v1/relocations/{id}/acceptance", id).then().statusCode(200);
        } else {
            // faxed on the facility's date, so the move today is not before the notice wherever UTC stands
            var notice = new java.util.HashMap<>(Fixtures.noticeBody(t.customerId(), "FACSIMILE",
                    Fixtures.facilityToday()));
            notice.put("subject", "RELOCATION");
            id = as(OPERATIONS).body(Map.of("customerId", t.customerId(), "fromSpaceId", t.spaceId(), "toSpaceId",
                    target, "noticeId", Fixtures.create("/api/v1/notices", notice), "moveOn",
                    Fixtures.facilityToday().toString(), "customerAgreementReference", "LTR-1", "reason",
                    "Hall A cooling")).post("/api/v1/relocations").then().statusCode(201).extract().path("id");
        }
        as(OPERATIONS).body("{}").post("/api/v1/relocations/{id}/start", id).then().statusCode(200);
        as(OPERATIONS).body(Map.of("oldSpaceState", "RESTORATION_DUE", "cost", usd("400.00")))
                .post("/api/v1/relocations/{id}/completion", id).then().statusCode(200);
        as(OPERATIONS).get("/api/v1/spaces/{id}", t.spaceId()).then().body("state", equalTo("RESTORATION_DUE"));
    }

    @Test
    @DisplayName("§3.2, §7.6 rules 19, 22: a space relocated away from is its customer's to restore: the customer reads it, its alterations are kept, and after a required move the provider's restoration is not charged")
    void relocatedAwayAfterARequiredMove() {
        var t = Fixtures.tenancy();
        String alteration = completedAlteration(t.customerId(), t.spaceId());
        relocatedAway(t, false);
        asCustomer(t.customerId()).get(endOfTerm(t.spaceId())).then().statusCode(200)
                .body("customerId", equalTo(t.customerId())).body("orderId", equalTo(t.orderId()))
                .body("alterationsKept.id", contains(alteration));
        asCustomer(Fixtures.tenancy().customerId()).get(endOfTerm(t.spaceId())).then().statusCode(404);
        as(OPERATIONS).body(Map.of("outcome", "RESTORED_BY_PROVIDER", "note", "Panels reinstated by us"))
                .post("/api/v1/spaces/{id}/restoration-completion", t.spaceId()).then().statusCode(200)
                .body("state", equalTo("AVAILABLE")).body("customerId", nullValue());
        as(OPERATIONS).get("/api/v1/customers/{id}/charges", t.customerId()).then().statusCode(200)
                .body("items.kind", not(hasItem("RESTORATION")));
        asCustomer(t.customerId()).get(endOfTerm(t.spaceId())).then().statusCode(200)
                .body("inspection.outcome", equalTo("RESTORED_BY_PROVIDER"))
                .body("alterationsKept.id", contains(alteration));
    }

    @Test
    @DisplayName("§2.1, §7.6 rule 19: after a move the customer asked for, the provider's restoration of the old space is charged to that customer")
    void relocatedAwayAtTheCustomersRequest() {
        var t = Fixtures.tenancy();
        relocatedAway(t, true);
        as(OPERATIONS).body(Map.of("outcome", "RESTORED_BY_PROVIDER", "note", "Panels reinstated by us"))
                .post("/api/v1/spaces/{id}/restoration-completion", t.spaceId()).then().statusCode(422)
                .body("code", equalTo("RESTORATION_COST_REQUIRED"));
        as(OPERATIONS).body(Map.of("outcome", "RESTORED_BY_PROVIDER", "restorationCost", usd("700.00"), "note",
                "Panels reinstated by us")).post("/api/v1/spaces/{id}/restoration-completion", t.spaceId()).then()
                .statusCode(200).body("state", equalTo("AVAILABLE"));
        as(OPERATIONS).get("/api/v1/customers/{id}/charges", t.customerId()).then().statusCode(200)
                .body("items.find { it.kind == 'RESTORATION' }.amount.amount", equalTo("700.00"))
                .body("items.find { it.kind == 'RESTORATION' }.sourceId", equalTo(t.spaceId()));
    }
}
