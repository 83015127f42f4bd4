package com.cagekeeper.billing.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.cagekeeper.billing.application.ChargeService;
import com.cagekeeper.billing.application.ChargeView;
import com.cagekeeper.billing.application.LateChargePostingView;
import com.cagekeeper.billing.application.StandingService;
import com.cagekeeper.billing.application.StandingView;
import com.cagekeeper.shared.api.QueryParams;
import com.cagekeeper.shared.domain.Actor;
import com.cagekeeper.shared.domain.ChargeKind;
import com.cagekeeper.shared.domain.Page;

@Path("/api/v1/customers")
@Tag(name = "Billing standing", description = "A customer's standing derived from its invoices, payments and disputes, its late charges and the ledger of what Cagekeeper charges on top of invoices (§3.5, §4.1, §4.5)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CustomerBillingResource {

    @Inject
    StandingService standings;
    @Inject
    ChargeService charges;

    @GET
    @Path("{id}/standing")
    @RolesAllowed({ Actor.BILLING, Actor.OPERATIONS, Actor.AUDITOR, Actor.CUSTOMER })
    @Operation(operationId = "getCustomerStanding", summary = "Read a customer's billing standing (§4.1, §3.5)", description = "Roles: billing, operations, auditor, customer (itself only; otherwise 404). On the date given, by default today in the customer's time zone: the undisputed amount past due (over the invoices due before the date: the amount less payments, written-off and open disputes), the oldest past-due date and the days since, the amounts in open dispute (never past due), the late charges accrued through the date, and the standing derived from them: DELINQUENT while an undisputed amount is past due, GOOD otherwise.")
    public StandingView standing(@PathParam("id") String id,
            @QueryParam("on") @Parameter(description = "The date, in the customer's time zone, such as 2026-03-02; today there when absent", schema = @Schema(type = SchemaType.STRING, format = "date", pattern = "^20[0-9]{2}-[0-9]{2}-[0-9]{2}$")) String on) {
        return standings.standing(id, QueryParams.date("on", on));
    }

    @GET
    @Path("{id}/charges")
    @RolesAllowed({ Actor.BILLING, Actor.OPERATIONS, Actor.AUDITOR, Actor.CUSTOMER })
    @Operation(operationId = "getCustomerCharges", summary = "List the customer's charges ledger", description = "Roles: billing, operations, auditor, customer (itself only; otherwise 404). What Cagekeeper charges on top of invoices, oldest first: late charges (§4.1), storage (§3.5), restoration fees (§4.5) and, later, removal, disposal and termination fees (§7). Entries are never changed or deleted. Filter: kind.")
    public Page<ChargeView> charges(@PathParam("id") String id,
            @QueryParam("kind") @Parameter(schema = @Schema(implementation = ChargeKind.class)) String kind,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return charges.list(id, QueryParams.enumValue(ChargeKind.class, "kind", kind), QueryParams.page(limit, cursor));
    }

    @POST
    @Path("{id}/late-charges")
    @RolesAllowed({ Actor.BILLING, Actor.OPERATIONS })
    @Operation(operationId = "postLateCharges", summary = "Post the late charges accrued since the last posting (§4.1)", description = "Roles: billing, operations. Through today in the customer's time zone: one LATE_CHARGE entry per invoice, of what accrued since the period of its last entry ended. Idempotent per day: a second posting the same day posts nothing for an invoice already posted that day. The body is ignored.")
    public LateChargePostingView postLateCharges(@PathParam("id") String id) {
        return charges.postLateCharges(id);
    }
}
