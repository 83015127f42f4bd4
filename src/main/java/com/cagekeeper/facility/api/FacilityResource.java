package com.cagekeeper.facility.api;

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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.cagekeeper.facility.application.FacilityService;
import com.cagekeeper.facility.application.FacilityView;
import com.cagekeeper.facility.domain.OperatingState;
import com.cagekeeper.shared.api.Creations;
import com.cagekeeper.shared.api.ETags;
import com.cagekeeper.shared.api.QueryParams;
import com.cagekeeper.shared.domain.Actor;
import com.cagekeeper.shared.domain.Page;

@Path("/api/v1/facilities")
@Tag(name = "Facilities", description = "Data centers, their time zone and their operating state under the business continuity plan")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FacilityResource {

    @Inject
    FacilityService facilities;
    @Inject
    Creations creations;
    @Context
    UriInfo uri;

    @POST
    @RolesAllowed(Actor.OPERATIONS)
    @Operation(operationId = "createFacility", summary = "Open a facility", description = "Roles: operations. Accepts an Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = FacilityView.class)))
    public Response open(@HeaderParam(Creations.HEADER) String idempotencyKey,
            @NotNull @Valid FacilityRequest.Create request) {
        return creations.create(idempotencyKey, uri, request,
                () -> facilities.open(request.code(), request.description()));
    }

    @GET
    @RolesAllowed({ Actor.OPERATIONS, Actor.SECURITY, Actor.BILLING, Actor.CUSTOMER, Actor.AUDITOR })
    @Operation(operationId = "listFacilities", summary = "List facilities", description = "Roles: all. Filters: code, operatingState.")
    public Page<FacilityView> list(@QueryParam("code") String code,
            @QueryParam("operatingState") @Parameter(schema = @Schema(implementation = OperatingState.class)) String operatingState,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return facilities.list(code, QueryParams.enumValue(OperatingState.class, "operatingState", operatingState),
                QueryParams.page(limit, cursor));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Actor.OPERATIONS, Actor.SECURITY, Actor.BILLING, Actor.CUSTOMER, Actor.AUDITOR })
    @Operation(operationId = "getFacility", summary = "Read a facility", description = "Roles: all. The ETag carries the version.")
    @APIResponse(responseCode = "200", description = "The facility", content = @Content(schema = @Schema(implementation = FacilityView.class)))
    public Response get(@PathParam("id") String id) {
        return ETags.ok(facilities.get(id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Actor.OPERATIONS)
    @Operation(operationId = "updateFacility", summary = "Update a facility's description", description = "Roles: operations. Send If-Match with the ETag read; a stale one answers 412.")
    @APIResponse(responseCode = "200", description = "The updated facility", content = @Content(schema = @Schema(implementation = FacilityView.class)))
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid FacilityRequest.Update request) {
        return ETags.ok(facilities.describe(id, ETags.expectedVersion(ifMatch), request.description()));
    }

    @POST
    @Path("{id}/operating-state")
    @RolesAllowed(Actor.OPERATIONS)
    @Operation(operationId = "changeFacilityOperatingState", summary = "Change a facility's operating state (BCP)", description = "Roles: operations. LOCKDOWN denies every customer entry; DISRUPTED still decides access as usual and names the backup facility; NORMAL ends the disruption.")
    @APIResponse(responseCode = "200", description = "The facility", content = @Content(schema = @Schema(implementation = FacilityView.class)))
    public Response changeOperatingState(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid FacilityRequest.OperatingStateChange request) {
        return ETags.ok(facilities.changeOperatingState(id, ETags.expectedVersion(ifMatch), request.state(),
                request.reason()));
    }
}
