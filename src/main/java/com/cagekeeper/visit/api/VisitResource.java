package com.cagekeeper.visit.api;

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
import com.cagekeeper.shared.domain.IdentityDocument;
import com.cagekeeper.shared.domain.Page;
import com.cagekeeper.visit.application.VisitService;
import com.cagekeeper.visit.application.VisitView;
import com.cagekeeper.visit.domain.VisitState;

@Path("/api/v1/visits")
@Tag(name = "Visits", description = "Named visitors not on the access list, for some of the customer's spaces, escorted by an approved person (rule 9)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VisitResource {

    @Inject
    VisitService visits;
    @Inject
    Creations creations;
    @Context
    UriInfo uri;

    @POST
    @RolesAllowed({ Actor.CUSTOMER, Actor.OPERATIONS })
    @Operation(operationId = "scheduleVisit", summary = "Schedule a visit (rule 9)", description = "Roles: customer (for itself), operations (naming customerId). Named visitors not on the access list, for some of the customer's spaces, for at most 14 days and 50 visitors, escorted by an approved person with mayEscort. Accepts an Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = VisitView.class)))
    public Response schedule(@HeaderParam(Creations.HEADER) String idempotencyKey,
            @NotNull @Valid VisitRequest.Create request) {
        return creations.create(idempotencyKey, uri, request, () -> visits.schedule(request.schedule()));
    }

    @GET
    @RolesAllowed({ Actor.OPERATIONS, Actor.SECURITY, Actor.CUSTOMER, Actor.AUDITOR })
    @Operation(operationId = "listVisits", summary = "List or look up visits", description = "Roles: operations, security, auditor; a customer token lists only its own. Filters: customerId, spaceId, state; idDocumentType with idDocumentNumber finds a visitor's visits at the door.")
    public Page<VisitView> list(@QueryParam("customerId") String customerId, @QueryParam("spaceId") String spaceId,
            @QueryParam("state") @Parameter(schema = @Schema(implementation = VisitState.class)) String state,
            @QueryParam("idDocumentType") @Parameter(schema = @Schema(implementation = IdentityDocument.Type.class)) String idDocumentType,
            @QueryParam("idDocumentNumber") String idDocumentNumber, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        return visits.list(customerId, spaceId, QueryParams.enumValue(VisitState.class, "state", state),
                QueryParams.enumValue(IdentityDocument.Type.class, "idDocumentType", idDocumentType),
                QueryParams.text(idDocumentNumber),
                QueryParams.page(limit, cursor));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Actor.OPERATIONS, Actor.SECURITY, Actor.CUSTOMER, Actor.AUDITOR })
    @Operation(operationId = "getVisit", summary = "Read a visit", description = "Roles: operations, security, auditor, customer (its own only; otherwise 404).")
    @APIResponse(responseCode = "200", description = "The visit", content = @Content(schema = @Schema(implementation = VisitView.class)))
    public Response get(@PathParam("id") String id) {
        return ETags.ok(visits.get(id));
    }

    @POST
    @Path("{id}/escort-waiver")
    @RolesAllowed(Actor.OPERATIONS)
    @Operation(operationId = "waiveVisitEscort", summary = "Waive a visit's escort (rule 9)", description = "Roles: operations. The reason is recorded.")
    @APIResponse(responseCode = "200", description = "The visit", content = @Content(schema = @Schema(implementation = VisitView.class)))
    public Response waiveEscort(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid VisitRequest.EscortWaiver request) {
        return ETags.ok(visits.waiveEscort(id, ETags.expectedVersion(ifMatch), request.reason()));
    }

    @POST
    @Path("{id}/cancellation")
    @RolesAllowed({ Actor.OPERATIONS, Actor.CUSTOMER })
    @Operation(operationId = "cancelVisit", summary = "Cancel a visit", description = "Roles: operations, customer (its own visits). Its visitors are denied from the next check.")
    @APIResponse(responseCode = "200", description = "The visit", content = @Content(schema = @Schema(implementation = VisitView.class)))
    public Response cancel(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid VisitRequest.Cancellation request) {
        return ETags.ok(visits.cancel(id, ETags.expectedVersion(ifMatch), request.reason()));
    }
}
