package com.cagekeeper.equipment.api;

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

import com.cagekeeper.equipment.application.CustodyEntryView;
import com.cagekeeper.equipment.application.EquipmentService;
import com.cagekeeper.equipment.application.EquipmentView;
import com.cagekeeper.equipment.domain.EquipmentState;
import com.cagekeeper.shared.api.Creations;
import com.cagekeeper.shared.api.ETags;
import com.cagekeeper.shared.api.QueryParams;
import com.cagekeeper.shared.domain.Actor;
import com.cagekeeper.shared.domain.Page;

@Path("/api/v1/equipment")
@Tag(name = "Equipment", description = "Items located in the customers' spaces (§3.1), under the provider's lien until they leave the facility (§3.5), each with an append-only custody ledger")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EquipmentResource {

    @Inject
    EquipmentService equipment;
    @Inject
    Creations creations;
    @Context
    UriInfo uri;

    @POST
    @RolesAllowed({ Actor.CUSTOMER, Actor.OPERATIONS })
    @Operation(operationId = "registerEquipment", summary = "Register an item placed in a space (§3.1)", description = "Roles: customer (in a space it leases now), operations (in any leased space). The item belongs to the space's lessee and is INSTALLED, under the lien (§3.5); its custody ledger starts with PLACED. In a cabinet or cage it needs a rack position (rackUnitFrom, rackUnits) that fits the space and overlaps no other item in it (422 RACK_POSITION_TAKEN names that item); in a suite or room it has none. To a customer token, a space it does not lease, an unleased space and an unknown one are the same 422 SPACE_NOT_LEASED_BY_CUSTOMER. Only operations registers provider-owned items. Accepts an Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = EquipmentView.class)))
    public Response register(@HeaderParam(Creations.HEADER) String idempotencyKey,
            @NotNull @Valid EquipmentRequest.Register request) {
        return creations.create(idempotencyKey, uri, request, () -> equipment.register(request.registration()));
    }

    @GET
    @RolesAllowed({ Actor.OPERATIONS, Actor.SECURITY, Actor.BILLING, Actor.CUSTOMER, Actor.AUDITOR })
    @Operation(operationId = "listEquipment", summary = "List equipment", description = "Roles: operations, security, billing, auditor; a customer token lists only its own items. Filters: spaceId, customerId, state, serial, assetTag.")
    public Page<EquipmentView> list(@QueryParam("spaceId") String spaceId,
            @QueryParam("customerId") String customerId,
            @QueryParam("state") @Parameter(schema = @Schema(implementation = EquipmentState.class)) String state,
            @QueryParam("serial") String serial, @QueryParam("assetTag") String assetTag,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return equipment.list(QueryParams.text(spaceId), QueryParams.text(customerId),
                QueryParams.enumValue(EquipmentState.class, "state", state), QueryParams.text(serial),
                QueryParams.text(assetTag), QueryParams.page(limit, cursor));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Actor.OPERATIONS, Actor.SECURITY, Actor.BILLING, Actor.CUSTOMER, Actor.AUDITOR })
    @Operation(operationId = "getEquipment", summary = "Read an item", description = "Roles: operations, security, billing, auditor, customer (its own items only; otherwise 404). underLien says whether the provider's lien covers it (§3.5): from placement until it is REMOVED or DISPOSED.")
    @APIResponse(responseCode = "200", description = "The item", content = @Content(schema = @Schema(implementation = EquipmentView.class)))
    public Response get(@PathParam("id") String id) {
        return ETags.ok(equipment.get(id));
    }

    @GET
    @Path("{id}/custody")
    @RolesAllowed({ Actor.OPERATIONS, Actor.SECURITY, Actor.BILLING, Actor.CUSTOMER, Actor.AUDITOR })
    @Operation(operationId = "getCustodyLedger", summary = "Read an item's custody ledger", description = "Roles: operations, security, billing, auditor, customer (its own items only; otherwise 404). Every change of the item's custody or place, oldest first: PLACED, MOVED, TAKEN_INTO_POSSESSION, STORED_AT, RETURNED, REMOVED, DISPOSED, with the service's time, the actor, the reason and the place (space and rack position, or storage location). Append-only: written only by the item's use cases.")
    public Page<CustodyEntryView> custody(@PathParam("id") String id, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        return equipment.custody(id, QueryParams.page(limit, cursor));
    }

    @POST
    @Path("{id}/move")
    @RolesAllowed({ Actor.CUSTOMER, Actor.OPERATIONS })
    @Operation(operationId = "moveEquipment", summary = "Move an installed item to another rack position in its space (§3.1)", description = "Roles: customer (its own items), operations. The item keeps its height; the new position must fit the space and overlap no other item (422 RACK_POSITION_TAKEN names it). 409 unless the item is INSTALLED. Writes a MOVED ledger entry.")
    @APIResponse(responseCode = "200", description = "The moved item", content = @Content(schema = @Schema(implementation = EquipmentView.class)))
    public Response move(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid EquipmentRequest.Move request) {
        return ETags.ok(equipment.move(id, ETags.expectedVersion(ifMatch), request.rackUnitFrom(), request.reason()));
    }

    @POST
    @Path("{id}/removal")
    @RolesAllowed({ Actor.CUSTOMER, Actor.OPERATIONS })
    @Operation(operationId = "removeEquipment", summary = "Record that an item left the facility (§7.6(iv))", description = "Roles: customer (its own items), operations. The item is REMOVED and no longer under the lien (§3.5). 409 when it already left, while the provider holds it in its possession (§3.5), or, for a customer token, when it is provider-owned (surrendered instead, §7.6(iii)). Writes a REMOVED ledger entry.")
    @APIResponse(responseCode = "200", description = "The removed item", content = @Content(schema = @Schema(implementation = EquipmentView.class)))
    public Response remove(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid EquipmentRequest.Removal request) {
        return ETags.ok(equipment.remove(id, ETags.expectedVersion(ifMatch), request == null ? null : request.reason()));
    }
}
