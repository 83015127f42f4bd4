package com.cagekeeper.space.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

import com.cagekeeper.order.application.OrderService;
import com.cagekeeper.shared.api.Creations;
import com.cagekeeper.shared.api.ETags;
import com.cagekeeper.shared.api.QueryParams;
import com.cagekeeper.shared.domain.Actor;
import com.cagekeeper.shared.domain.Page;
import com.cagekeeper.space.application.SpaceService;
import com.cagekeeper.space.application.SpaceView;
import com.cagekeeper.space.application.SuspensionService;
import com.cagekeeper.space.application.SuspensionView;
import com.cagekeeper.space.domain.SpaceKind;
import com.cagekeeper.space.domain.SpaceState;

@Path("/api/v1/spaces")
@Tag(name = "Spaces", description = "Cages, cabinets, suites and rooms in a facility, who subleases them, and their underlying lease (§3.4)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SpaceResource {

    @Inject
    SpaceService spaces;
    @Inject
    OrderService orders;
    @Inject
    SuspensionService suspensions;
    @Inject
    Creations creations;
    @Context
    UriInfo uri;

    @POST
    @RolesAllowed(Actor.OPERATIONS)
    @Operation(operationId = "createSpace", summary = "Create a space", description = "Roles: operations. Accepts an Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = SpaceView.class)))
    public Response create(@HeaderParam(Creations.HEADER) String idempotencyKey,
            @NotNull @Valid SpaceRequest.Create request) {
        return creations.create(idempotencyKey, uri, request,
                () -> spaces.create(request.facilityId(), request.code(), request.capacity()));
    }

    @GET
    @RolesAllowed({ Actor.OPERATIONS, Actor.SECURITY, Actor.BILLING, Actor.CUSTOMER, Actor.AUDITOR })
    @Operation(operationId = "listSpaces", summary = "List spaces", description = "Roles: operations, security, billing, auditor; a customer token lists only the spaces it subleases now. Filters: facilityId, customerId, state, kind, code.")
    public Page<SpaceView> list(@QueryParam("facilityId") String facilityId,
            @QueryParam("customerId") String customerId,
            @QueryParam("state") @Parameter(schema = @Schema(implementation = SpaceState.class)) String state,
            @QueryParam("kind") @Parameter(schema = @Schema(implementation = SpaceKind.class)) String kind,
            @QueryParam("code") String code, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        return spaces.list(facilityId, customerId, QueryParams.enumValue(SpaceState.class, "state", state),
                QueryParams.enumValue(SpaceKind.class, "kind", kind), code, QueryParams.page(limit, cursor));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Actor.OPERATIONS, Actor.SECURITY, Actor.BILLING, Actor.CUSTOMER, Actor.AUDITOR })
    @Operation(operationId = "getSpace", summary = "Read a space", description = "Roles: operations, security, billing, auditor, customer (only a space it subleases; otherwise 404).")
    @APIResponse(responseCode = "200", description = "The space", content = @Content(schema = @Schema(implementation = SpaceView.class)))
    public Response get(@PathParam("id") String id) {
        return ETags.ok(spaces.get(id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Actor.OPERATIONS)
    @Operation(operationId = "updateSpace", summary = "Update a space's capacity and environment", description = "Roles: operations. Send If-Match with the ETag read; a stale one answers 412.")
    @APIResponse(responseCode = "200", description = "The updated space", content = @Content(schema = @Schema(implementation = SpaceView.class)))
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid SpaceRequest.Update request) {
        return ETags.ok(spaces.describe(id, ETags.expectedVersion(ifMatch), request.capacity()));
    }

    @POST
    @Path("{id}/underlying-lease-termination")
    @RolesAllowed(Actor.OPERATIONS)
    @Operation(operationId = "endUnderlyingLease", summary = "Record the end of the space's underlying lease (§3.4)", description = "Roles: operations. Every order for the space ends automatically: an active one is terminated on the effective date and its spaces await removal and restoration (§7.6); a pending one is cancelled without fee. The space is no longer offered.")
    @APIResponse(responseCode = "200", description = "The space after the change", content = @Content(schema = @Schema(implementation = SpaceView.class)))
    public Response endUnderlyingLease(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid SpaceRequest.UnderlyingLeaseTermination request) {
        return ETags.ok(orders.underlyingLeaseEnded(id, ETags.expectedVersion(ifMatch), request.effectiveDate(),
                request.reason()));
    }

    @POST
    @Path("{id}/suspensions")
    @RolesAllowed(Actor.OPERATIONS)
    @Operation(operationId = "suspendSpace", summary = "Suspend the customer's operations in a space (§3.2)", description = "Roles: operations. For a hazardous condition, unsafe practice or emergency; every customer person is denied entry to the space until it is lifted. Provider staff are not blocked. Accepts an Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = SuspensionView.class)))
    public Response suspend(@PathParam("id") String spaceId, @HeaderParam(Creations.HEADER) String idempotencyKey,
            @NotNull @Valid SuspensionRequest.Create request) {
        return creations.create(idempotencyKey, uri.getBaseUriBuilder().path("api/v1/suspensions").build(), uri,
                request, () -> suspensions.suspend(spaceId, request.reason(), request.description()));
    }
}
