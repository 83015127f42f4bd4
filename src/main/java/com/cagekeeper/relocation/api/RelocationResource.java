package com.cagekeeper.relocation.api;

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

import com.cagekeeper.relocation.application.RelocationService;
import com.cagekeeper.relocation.application.RelocationView;
import com.cagekeeper.relocation.domain.RelocationState;
import com.cagekeeper.shared.api.Creations;
import com.cagekeeper.shared.api.ETags;
import com.cagekeeper.shared.api.QueryParams;
import com.cagekeeper.shared.domain.Actor;
import com.cagekeeper.shared.domain.Page;

@Path("/api/v1/relocations")
@Tag(name = "Relocations", description = "§3.2, §2.1: moves of a customer's equipment, lease and approvals to another space, required by the provider on notice or asked for by the customer")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RelocationResource {

    @Inject
    RelocationService relocations;
    @Inject
    Creations creations;
    @Context
    UriInfo uri;

    @POST
    @RolesAllowed({ Actor.OPERATIONS, Actor.CUSTOMER })
    @Operation(operationId = "createRelocation", summary = "Require a relocation (§3.2) or ask for one (§2.1)", description = "Roles: operations (a move the provider requires: noticeId of a RELOCATION notice deemed given, and moveOn at least relocation.min-notice-days (30) after its deemed date, else 422 RELOCATION_NOTICE_TOO_SHORT naming the earliest date, unless customerAgreementReference records the customer's written agreement, which schedules it at once; the provider bears the costs), customer (its own request, at its own cost, for operations to accept or decline). The old space must be leased to the customer now (422 SPACE_NOT_LEASED_BY_CUSTOMER) with no other open relocation (409 RELOCATION_ALREADY_OPEN), under an order in force on moveOn: ACTIVE, or TERMINATION_NOTICED with its effective date after moveOn (409 ORDER_ENDS_BEFORE_MOVE naming the date, ORDER_NOT_IN_FORCE). A notice backs one relocation that is not cancelled (422 RELOCATION_NOTICE_ALREADY_USED) and is not deemed given before the order was activated (422 RELOCATION_NOTICE_BEFORE_ACTIVATION), both naming noticeId. The target must be comparable (422 RELOCATION_TARGET_NOT_COMPARABLE naming every shortfall: OTHER_FACILITY without otherFacilityReason, OTHER_KIND, TOO_FEW_RACK_UNITS and TOO_LITTLE_POWER for the registered equipment, WORSE_ENVIRONMENTAL_CLASS, NOT_AVAILABLE, SUSPENDED, LIEN_RESTRICTED). Accepts an Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = RelocationView.class)))
    public Response create(@HeaderParam(Creations.HEADER) String idempotencyKey,
            @NotNull @Valid RelocationRequest.Create request) {
        return creations.create(idempotencyKey, uri, request, () -> relocations.propose(request.request()));
    }

    @GET
    @RolesAllowed({ Actor.OPERATIONS, Actor.BILLING, Actor.AUDITOR, Actor.CUSTOMER })
    @Operation(operationId = "listRelocations", summary = "List relocations", description = "Roles: operations, billing, auditor; a customer token lists its own. Filters: customerId, spaceId (old or new space), state (as derived now: a required move whose notice period ran out is SCHEDULED).")
    public Page<RelocationView> list(@QueryParam("customerId") String customerId,
            @QueryParam("spaceId") String spaceId,
            @QueryParam("state") @Parameter(schema = @Schema(implementation = RelocationState.class)) String state,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return relocations.list(QueryParams.text(customerId), QueryParams.text(spaceId),
                QueryParams.enumValue(RelocationState.class, "state", state), QueryParams.page(limit, cursor));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Actor.OPERATIONS, Actor.BILLING, Actor.AUDITOR, Actor.CUSTOMER })
    @Operation(operationId = "getRelocation", summary = "Read a relocation", description = "Roles: operations, billing, auditor, customer (its own; otherwise 404).")
    @APIResponse(responseCode = "200", description = "The relocation", content = @Content(schema = @Schema(implementation = RelocationView.class)))
    public Response get(@PathParam("id") String id) {
        return ETags.ok(relocations.get(id));
    }

    @POST
    @Path("{id}/acknowledgement")
    @RolesAllowed(Actor.CUSTOMER)
    @Operation(operationId = "acknowledgeRelocation", summary = "Acknowledge a required relocation (§3.2)", description = "Roles: customer (its own). The move the provider requires is SCHEDULED. 409 RELOCATION_REQUESTED_BY_CUSTOMER for the customer's own request, RELOCATION_ALREADY_ACKNOWLEDGED, or RELOCATION_NOT_OPEN once started, completed or cancelled.")
    @APIResponse(responseCode = "200", description = "The acknowledged relocation", content = @Content(schema = @Schema(implementation = RelocationView.class)))
    public Response acknowledge(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid RelocationRequest.Step request) {
        return ETags.ok(relocations.acknowledge(id, ETags.expectedVersion(ifMatch), note(request)));
    }

    @POST
    @Path("{id}/acceptance")
    @RolesAllowed(Actor.OPERATIONS)
    @Operation(operationId = "acceptRelocation", summary = "Accept a customer's request to relocate (§2.1)", description = "Roles: operations. The request is SCHEDULED, at the customer's cost. 409 RELOCATION_REQUIRED_BY_PROVIDER for a required move, RELOCATION_ALREADY_DECIDED unless PROPOSED.")
    @APIResponse(responseCode = "200", description = "The accepted relocation", content = @Content(schema = @Schema(implementation = RelocationView.class)))
    public Response accept(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid RelocationRequest.Step request) {
        return ETags.ok(relocations.accept(id, ETags.expectedVersion(ifMatch), note(request)));
    }

    @POST
    @Path("{id}/declination")
    @RolesAllowed(Actor.OPERATIONS)
    @Operation(operationId = "declineRelocation", summary = "Decline a customer's request to relocate (§2.1)", description = "Roles: operations. The request is CANCELLED and marked declined, with the reason. 409 RELOCATION_REQUIRED_BY_PROVIDER for a required move, RELOCATION_ALREADY_DECIDED unless PROPOSED.")
    @APIResponse(responseCode = "200", description = "The declined relocation", content = @Content(schema = @Schema(implementation = RelocationView.class)))
    public Response decline(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid RelocationRequest.Cancellation request) {
        return ETags.ok(relocations.decline(id, ETags.expectedVersion(ifMatch), request.reason()));
    }

    @POST
    @Path("{id}/start")
    @RolesAllowed(Actor.OPERATIONS)
    @Operation(operationId = "startRelocation", summary = "Start moving the equipment (§3.2)", description = "Roles: operations. Only a SCHEDULED relocation (409 RELOCATION_NOT_SCHEDULED, naming the day its notice period ends), on or after moveOn at the old space's facility (409 RELOCATION_BEFORE_MOVE_DATE naming it), while the order is in force on the day (409 ORDER_ENDS_BEFORE_MOVE, ORDER_NOT_IN_FORCE), the old space is neither restricted under the provider's lien (409 SPACE_LIEN_RESTRICTED, §3.5(a)) nor suspended (409 SPACE_SUSPENDED) and has no alteration work in progress (409 ALTERATION_IN_PROGRESS, §3.3), the target is still comparable (409 RELOCATION_TARGET_NOT_COMPARABLE) and no item is in the provider's possession (409). When the order's spaces come to await restoration (terminated, expired, underlying lease ended), its open relocations out of them are cancelled. The customer's installed items in the old space become RELOCATING.")
    @APIResponse(responseCode = "200", description = "The relocation in progress", content = @Content(schema = @Schema(implementation = RelocationView.class)))
    public Response start(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid RelocationRequest.Step request) {
        return ETags.ok(relocations.start(id, ETags.expectedVersion(ifMatch), note(request)));
    }

    @POST
    @Path("{id}/completion")
    @RolesAllowed(Actor.OPERATIONS)
    @Operation(operationId = "completeRelocation", summary = "Complete a relocation in one step (rule 20)", description = "Roles: operations. In one transaction: the target is leased to the customer by the same order and the old space becomes RESTORATION_DUE or AVAILABLE (oldSpaceState); every item moves to the new space (custody entry MOVED) at the rack position given in placements or at the units it had, which must fit and be free (422 naming the item); every approval and scheduled visit of the customer naming the old space names the new one. The access check sees all of it or none: an approved person is granted in the old space before and in the new one after. The costs are recorded; for a move the customer asked for they are charged as RELOCATION (§2.1), for one the provider required they are not (§3.2). 409 RELOCATION_NOT_IN_PROGRESS, SPACE_LIEN_RESTRICTED, SPACE_SUSPENDED or ALTERATION_IN_PROGRESS as at the start, or when the target is no longer comparable.")
    @APIResponse(responseCode = "200", description = "The completed relocation", content = @Content(schema = @Schema(implementation = RelocationView.class)))
    public Response complete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid RelocationRequest.Completion request) {
        return ETags.ok(relocations.complete(id, ETags.expectedVersion(ifMatch), request.completion()));
    }

    @POST
    @Path("{id}/cancellation")
    @RolesAllowed({ Actor.OPERATIONS, Actor.CUSTOMER })
    @Operation(operationId = "cancelRelocation", summary = "Cancel a relocation", description = "Roles: operations (any open relocation; items already RELOCATING are INSTALLED where they are again), customer (its own request, before the move starts). 409 RELOCATION_CLOSED once completed or cancelled, RELOCATION_REQUIRED_BY_PROVIDER for a customer token on a required move, RELOCATION_IN_PROGRESS for a customer token once started.")
    @APIResponse(responseCode = "200", description = "The cancelled relocation", content = @Content(schema = @Schema(implementation = RelocationView.class)))
    public Response cancel(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid RelocationRequest.Cancellation request) {
        return ETags.ok(relocations.cancel(id, ETags.expectedVersion(ifMatch), request.reason()));
    }

    private static String note(RelocationRequest.Step request) {
        return request == null ? null : request.note();
    }
}
