package com.cagekeeper.space.api;

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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.cagekeeper.shared.api.ETags;
import com.cagekeeper.shared.api.QueryParams;
import com.cagekeeper.shared.domain.Actor;
import com.cagekeeper.shared.domain.Page;
import com.cagekeeper.space.application.SuspensionService;
import com.cagekeeper.space.application.SuspensionView;

@Path("/api/v1/suspensions")
@Tag(name = "Suspensions", description = "Suspensions of a customer's operations in a space, which close it to the customer's people until lifted (§3.2)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SuspensionResource {

    @Inject
    SuspensionService suspensions;

    @GET
    @RolesAllowed({ Actor.OPERATIONS, Actor.SECURITY, Actor.CUSTOMER, Actor.AUDITOR })
    @Operation(operationId = "listSuspensions", summary = "List suspensions", description = "Roles: operations, security, auditor; a customer token lists those of its spaces. Filters: spaceId, standing.")
    public Page<SuspensionView> list(@QueryParam("spaceId") String spaceId, @QueryParam("standing") @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) String standing,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return suspensions.list(spaceId, QueryParams.bool("standing", standing), QueryParams.page(limit, cursor));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Actor.OPERATIONS, Actor.SECURITY, Actor.CUSTOMER, Actor.AUDITOR })
    @Operation(operationId = "getSuspension", summary = "Read a suspension", description = "Roles: operations, security, auditor, customer (of its own spaces; otherwise 404).")
    @APIResponse(responseCode = "200", description = "The suspension", content = @Content(schema = @Schema(implementation = SuspensionView.class)))
    public Response get(@PathParam("id") String id) {
        return ETags.ok(suspensions.get(id));
    }

    @POST
    @Path("{id}/lift")
    @RolesAllowed(Actor.OPERATIONS)
    @Operation(operationId = "liftSuspension", summary = "Lift a suspension (§3.2)", description = "Roles: operations. The customer's people may enter again on the next check.")
    @APIResponse(responseCode = "200", description = "The lifted suspension", content = @Content(schema = @Schema(implementation = SuspensionView.class)))
    public Response lift(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid SuspensionRequest.Lift request) {
        return ETags.ok(suspensions.lift(id, ETags.expectedVersion(ifMatch), request.note()));
    }
}
