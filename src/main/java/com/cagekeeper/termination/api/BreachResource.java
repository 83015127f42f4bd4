package com.cagekeeper.termination.api;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.cagekeeper.shared.api.Creations;
import com.cagekeeper.shared.api.ETags;
import com.cagekeeper.shared.api.QueryParams;
import com.cagekeeper.shared.domain.Actor;
import com.cagekeeper.shared.domain.Page;
import com.cagekeeper.termination.application.BreachView;
import com.cagekeeper.termination.application.TerminationService;
import com.cagekeeper.termination.domain.BreachState;

@Path("/api/v1/breaches")
@Tag(name = "Terminations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BreachResource {

    @Inject
    TerminationService terminations;
    @Inject
    Creations creations;
    @Context
    UriInfo uri;

    @POST
    @RolesAllowed(Actor.OPERATIONS)
    @Operation(operationId = "recordBreach", summary = "Record a material breach (§7.3(a))", description = "Roles: operations. A breach of an order by one party, on the BREACH notice the other gave (TO_CUSTOMER for the customer's breach, FROM_CUSTOMER for the provider's), deemed given (409 NOTICE_NOT_DEEMED_GIVEN otherwise) on or after the order's activation (422 NOTICE_BEFORE_ACTIVATION); a notice backs one breach (409 NOTICE_ALREADY_USED). The other party may terminate for it from 30 days after that date unless it is cured. Accepts an Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = BreachView.class)))
    public Response record(@HeaderParam(Creations.HEADER) String idempotencyKey,
            @NotNull @Valid TerminationRequest.Breach request) {
        return creations.create(idempotencyKey, uri, request, () -> terminations.recordBreach(request.notice()));
    }

    @GET
    @RolesAllowed({ Actor.OPERATIONS, Actor.BILLING, Actor.AUDITOR, Actor.CUSTOMER })
    @Operation(operationId = "listBreaches", summary = "List breaches", description = "Roles: operations, billing, auditor; a customer token lists its own. Filters: customerId, orderId, state.")
    public Page<BreachView> list(@QueryParam("customerId") String customerId, @QueryParam("orderId") String orderId,
            @QueryParam("state") @Parameter(schema = @Schema(implementation = BreachState.class)) String state,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return terminations.breaches(QueryParams.text(customerId), QueryParams.text(orderId),
                QueryParams.enumValue(BreachState.class, "state", state), QueryParams.page(limit, cursor));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Actor.OPERATIONS, Actor.BILLING, Actor.AUDITOR, Actor.CUSTOMER })
    @Operation(operationId = "getBreach", summary = "Read a breach", description = "Roles: operations, billing, auditor, customer (its own; otherwise 404).")
    @APIResponse(responseCode = "200", description = "The breach", content = @Content(schema = @Schema(implementation = BreachView.class)))
    public Response get(@PathParam("id") String id) {
        return ETags.ok(terminations.breach(id));
    }

    @POST
    @Path("{id}/cure")
    @RolesAllowed(Actor.OPERATIONS)
    @Operation(operationId = "cureBreach", summary = "Record the cure of a breach (§7.3(a))", description = "Roles: operations. The breach is CURED and is no ground for termination any more; a second cure answers 409 BREACH_ALREADY_CURED, a date after today 422.")
    @APIResponse(responseCode = "200", description = "The cured breach", content = @Content(schema = @Schema(implementation = BreachView.class)))
    public Response cure(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid TerminationRequest.Cure request) {
        return ETags.ok(terminations.cure(id, ETags.expectedVersion(ifMatch),
                request == null ? null : request.curedOn(), request == null ? null : request.note()));
    }
}
