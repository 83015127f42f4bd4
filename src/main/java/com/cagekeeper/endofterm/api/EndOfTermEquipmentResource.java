package com.cagekeeper.endofterm.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.cagekeeper.endofterm.application.EndOfTermService;
import com.cagekeeper.equipment.application.EquipmentView;
import com.cagekeeper.shared.api.ETags;
import com.cagekeeper.shared.domain.Actor;

@Path("/api/v1/equipment")
@Tag(name = "End of term")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EndOfTermEquipmentResource {

    @Inject
    EndOfTermService endOfTerm;

    @POST
    @Path("{id}/surrender")
    @RolesAllowed(Actor.OPERATIONS)
    @Operation(operationId = "surrenderEquipment", summary = "Record the surrender of a provider-owned item at the end (§7.6(iii))", description = "Roles: operations. Once the order for its space has ended (409 ORDER_NOT_ENDED with the day its rights cease); only provider-owned items (409 EQUIPMENT_NOT_PROVIDER_OWNED), in the space (409 otherwise, §3.5 while the provider holds it under its lien). The item leaves the customer's space (REMOVED; custody ledger SURRENDERED). Not in its original condition, its replacementValue is charged to the customer (REPLACEMENT).")
    @APIResponse(responseCode = "200", description = "The item after the surrender", content = @Content(schema = @Schema(implementation = EquipmentView.class)))
    public Response surrender(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid EndOfTermRequest.Surrender request) {
        return ETags.ok(endOfTerm.surrender(id, ETags.expectedVersion(ifMatch), request.originalCondition(),
                request.replacementValue(), request.note()));
    }

    @POST
    @Path("{id}/disposal")
    @RolesAllowed(Actor.OPERATIONS)
    @Operation(operationId = "disposeOfEquipment", summary = "Remove and dispose of an item left after the removal window (§7.6(iv))", description = "Roles: operations. Only once the removal window (termination.removal-window-days after the order's rights ended) has closed: before, 409 REMOVAL_WINDOW_OPEN naming the day it is allowed (or ORDER_NOT_ENDED). Only the customer's own items in the space (provider-owned ones are surrendered; 409 §3.5 while the provider holds one under its lien). DISPOSED, custody ledger DISPOSED; removalCost and disposalCost above zero are charged to the customer (REMOVAL, DISPOSAL).")
    @APIResponse(responseCode = "200", description = "The item after the disposal", content = @Content(schema = @Schema(implementation = EquipmentView.class)))
    public Response dispose(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid EndOfTermRequest.Disposal request) {
        return ETags.ok(endOfTerm.dispose(id, ETags.expectedVersion(ifMatch), request.removalCost(),
                request.disposalCost(), request.note()));
    }
}
