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
import com.cagekeeper.termination.application.ForceMajeureEventView;
import com.cagekeeper.termination.application.ForceMajeureService;

@Path("/api/v1/force-majeure-events")
@Tag(name = "Terminations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ForceMajeureResource {

    @Inject
    ForceMajeureService events;
    @Inject
    Creations creations;
    @Context
    UriInfo uri;

    @POST
    @RolesAllowed(Actor.OPERATIONS)
    @Operation(operationId = "recordForceMajeureEvent", summary = "Record a force majeure event (§12.4)", description = "Roles: operations. Its start (not after today), its end when already over, the facilities and the orders it affects: each named once (422 ORDER_NAMED_TWICE), each with a space at one of those facilities (422 ORDER_NOT_AT_EVENT_FACILITY). Once it has lasted more than 15 business days (Monday to Friday, holidays not modelled) either party may cancel an affected order without termination fee (POST /api/v1/terminations, basis FORCE_MAJEURE). Accepts an Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = ForceMajeureEventView.class)))
    public Response record(@HeaderParam(Creations.HEADER) String idempotencyKey,
            @NotNull @Valid TerminationRequest.Event request) {
        return creations.create(idempotencyKey, uri, request, () -> events.record(request.recording()));
    }

    @GET
    @RolesAllowed({ Actor.OPERATIONS, Actor.BILLING, Actor.AUDITOR, Actor.CUSTOMER })
    @Operation(operationId = "listForceMajeureEvents", summary = "List force majeure events", description = "Roles: operations, billing, auditor; a customer token lists those affecting its orders, showing only its own orders. Filter: orderId (to a customer token, another customer's order finds nothing, as an unknown one).")
    public Page<ForceMajeureEventView> list(@QueryParam("orderId") String orderId, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        return events.list(QueryParams.text(orderId), QueryParams.page(limit, cursor));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Actor.OPERATIONS, Actor.BILLING, Actor.AUDITOR, Actor.CUSTOMER })
    @Operation(operationId = "getForceMajeureEvent", summary = "Read a force majeure event", description = "Roles: operations, billing, auditor, customer (one affecting its orders, showing only those; otherwise 404).")
    @APIResponse(responseCode = "200", description = "The event", content = @Content(schema = @Schema(implementation = ForceMajeureEventView.class)))
    public Response get(@PathParam("id") String id) {
        return ETags.ok(events.get(id));
    }

    @POST
    @Path("{id}/end")
    @RolesAllowed(Actor.OPERATIONS)
    @Operation(operationId = "endForceMajeureEvent", summary = "Record the end of a force majeure event (§12.4)", description = "Roles: operations. Its business days are then counted through its last day; a second end answers 409 FORCE_MAJEURE_ALREADY_ENDED, a date before its start or after today 422.")
    @APIResponse(responseCode = "200", description = "The ended event", content = @Content(schema = @Schema(implementation = ForceMajeureEventView.class)))
    public Response end(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid TerminationRequest.End request) {
        return ETags.ok(events.end(id, ETags.expectedVersion(ifMatch), request == null ? null : request.endedOn()));
    }
}
