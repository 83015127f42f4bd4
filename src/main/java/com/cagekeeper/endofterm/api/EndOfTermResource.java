package com.cagekeeper.endofterm.api;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.cagekeeper.endofterm.application.EndOfTermService;
import com.cagekeeper.endofterm.application.EndOfTermView;
import com.cagekeeper.shared.api.ETags;
import com.cagekeeper.shared.domain.Actor;
import com.cagekeeper.space.application.SpaceView;

@Path("/api/v1/spaces")
@Tag(name = "End of term", description = "§7.6: after an order ends, removal-only entry, surrender of provider equipment, removal or disposal of the customer's, and the inspection that returns the space")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EndOfTermResource {

    @Inject
    EndOfTermService endOfTerm;

    @GET
    @Path("{id}/end-of-term")
    @RolesAllowed({ Actor.OPERATIONS, Actor.SECURITY, Actor.BILLING, Actor.AUDITOR, Actor.CUSTOMER })
    @Operation(operationId = "getEndOfTerm", summary = "The end of term of a space (§7.6)", description = "Roles: operations, security, billing, auditor; customer (its own end of term only; otherwise 404). The ended order (TERMINATED, or its term run out), when the rights ceased and the removal window (termination.removal-window-days) closes, the customer's items by owner and state, provider items to surrender, the charges posted, the alterations kept as fixtures and what remains to be done. After the inspection it shows the last end of term it closed. 404 while the space's order has not ended and none was closed. The ETag is the space's version, for If-Match on restoration-completion.")
    @APIResponse(responseCode = "200", description = "The end of term", content = @Content(schema = @Schema(implementation = EndOfTermView.class)))
    public Response get(@PathParam("id") String id) {
        return ETags.ok(endOfTerm.view(id));
    }

    @POST
    @Path("{id}/restoration-completion")
    @RolesAllowed(Actor.OPERATIONS)
    @Operation(operationId = "completeRestoration", summary = "Record the inspection that ends the end of term (§7.6(iv), §3.3)", description = "Roles: operations. Only for a space awaiting restoration (409 SPACE_NOT_AWAITING_RESTORATION) and once none of the customer's items is left in it (409 ITEMS_REMAIN_IN_SPACE naming them). The outcome says who restored it to its original condition except approved alterations: RESTORED_BY_CUSTOMER (the default when left out), or RESTORED_BY_PROVIDER with restorationCost, charged to the customer (RESTORATION; 422 RESTORATION_COST_REQUIRED without it). A space relocated away from awaits the restoration of the relocated customer; after a move the provider required (§3.2) the restoration is the provider's cost and nothing is charged. The customer's completed alterations are listed as kept (rule 22). The space is offered again (AVAILABLE), or OUT_OF_SERVICE if its underlying lease has ended. Takes If-Match with the space's version. Answers the space; the inspection is read at GET /spaces/{id}/end-of-term.")
    @APIResponse(responseCode = "200", description = "The space after the inspection", content = @Content(schema = @Schema(implementation = SpaceView.class)))
    public Response completeRestoration(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid EndOfTermRequest.Inspection request) {
        return ETags.ok(endOfTerm.inspect(id, ETags.expectedVersion(ifMatch), request.outcomeOrDefault(),
                request.restorationCost(), request.note()));
    }
}
