package com.cagekeeper.billing.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.cagekeeper.billing.application.DisputeView;
import com.cagekeeper.billing.application.InvoiceService;
import com.cagekeeper.billing.domain.DisputeState;
import com.cagekeeper.shared.api.ETags;
import com.cagekeeper.shared.api.QueryParams;
import com.cagekeeper.shared.domain.Actor;
import com.cagekeeper.shared.domain.Page;

@Path("/api/v1/disputes")
@Tag(name = "Disputes", description = "Disputes of parts of invoices: never past due while open; upheld, written off; withdrawn, owed again as of the original due date (§3.5, §4.1)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DisputeResource {

    @Inject
    InvoiceService invoices;

    @GET
    @RolesAllowed({ Actor.BILLING, Actor.OPERATIONS, Actor.AUDITOR, Actor.CUSTOMER })
    @Operation(operationId = "listDisputes", summary = "List disputes", description = "Roles: billing, operations, auditor; a customer token lists only its own disputes. Filters: customerId, invoiceId, state.")
    public Page<DisputeView> list(@QueryParam("customerId") String customerId,
            @QueryParam("invoiceId") String invoiceId,
            @QueryParam("state") @Parameter(schema = @Schema(implementation = DisputeState.class)) String state,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return invoices.disputes(QueryParams.text(customerId), QueryParams.text(invoiceId),
                QueryParams.enumValue(DisputeState.class, "state", state), QueryParams.page(limit, cursor));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Actor.BILLING, Actor.OPERATIONS, Actor.AUDITOR, Actor.CUSTOMER })
    @Operation(operationId = "getDispute", summary = "Read a dispute", description = "Roles: billing, operations, auditor, customer (its own disputes only; otherwise 404).")
    @APIResponse(responseCode = "200", description = "The dispute", content = @Content(schema = @Schema(implementation = DisputeView.class)))
    public Response get(@PathParam("id") String id) {
        return ETags.ok(invoices.disputeOf(id));
    }

    @POST
    @Path("{id}/resolution")
    @RolesAllowed({ Actor.BILLING, Actor.OPERATIONS })
    @Operation(operationId = "resolveDispute", summary = "Resolve a dispute", description = "Roles: billing, operations. UPHELD writes the disputed amount off: it is not owed. WITHDRAWN makes it owed again, past due as of the invoice's original due date, with late charges from then (§4.1). A dispute is resolved once (409 DISPUTE_RESOLVED); resolvedOn defaults to today in the customer's time zone.")
    @APIResponse(responseCode = "200", description = "The resolved dispute", content = @Content(schema = @Schema(implementation = DisputeView.class)))
    public Response resolve(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid BillingRequest.Resolution request) {
        return ETags.ok(invoices.resolve(id, ETags.expectedVersion(ifMatch), request.outcome(), request.resolvedOn(),
                request.note()));
    }
}
