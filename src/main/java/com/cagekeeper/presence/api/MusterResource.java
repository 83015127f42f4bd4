package com.cagekeeper.presence.api;

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

import com.cagekeeper.presence.application.MusterView;
import com.cagekeeper.presence.application.PresenceService;
import com.cagekeeper.shared.api.ETags;
import com.cagekeeper.shared.domain.Actor;

@Path("/api/v1/musters")
@Tag(name = "Presence", description = "Who is inside a facility now, from the recorded entries and exits, and the roll call (muster) of an evacuation (rule 31a, BCP)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MusterResource {

    @Inject
    PresenceService presence;

    @GET
    @Path("{id}")
    @RolesAllowed({ Actor.OPERATIONS, Actor.SECURITY, Actor.AUDITOR })
    @Operation(operationId = "getMuster", summary = "Read a muster: its roll, who is accounted for and who is missing (BCP)", description = "Roles: operations, security, auditor. The roll is the presence frozen at the start plus everyone who entered since (enteredSinceStart); each line is ACCOUNTED (marked at the muster point; the mark stands), EXITED (recorded leaving since the start) or MISSING. Lists accounted and missing, and counts. A closed muster reads as it stood at its close.")
    @APIResponse(responseCode = "200", description = "The muster", content = @Content(schema = @Schema(implementation = MusterView.class)))
    public Response get(@PathParam("id") String id) {
        return ETags.ok(presence.get(id));
    }

    @POST
    @Path("{id}/accounted")
    @RolesAllowed({ Actor.OPERATIONS, Actor.SECURITY })
    @Operation(operationId = "accountForPerson", summary = "Mark a person or visitor accounted for (BCP)", description = "Roles: operations, security. Records where (the muster point), by whom (the token's subject) and when. Idempotent: marking someone already accounted for changes nothing and answers the muster. Someone not on the roll (not inside at the start, not entered since) is 422 NOT_ON_MUSTER_ROLL; a closed muster is 409 MUSTER_CLOSED.")
    @APIResponse(responseCode = "200", description = "The muster", content = @Content(schema = @Schema(implementation = MusterView.class)))
    public Response account(@PathParam("id") String id, @NotNull @Valid MusterRequest.Account request) {
        return ETags.ok(presence.account(id, request.personId(), request.location(), request.note()));
    }

    @POST
    @Path("{id}/close")
    @RolesAllowed({ Actor.OPERATIONS, Actor.SECURITY })
    @Operation(operationId = "closeMuster", summary = "Close a muster (BCP)", description = "Roles: operations, security. The roll stays readable as it stood at the close; a closed muster is 409 MUSTER_CLOSED. Takes If-Match.")
    @APIResponse(responseCode = "200", description = "The closed muster", content = @Content(schema = @Schema(implementation = MusterView.class)))
    public Response close(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid MusterRequest.Close request) {
        return ETags.ok(presence.close(id, ETags.expectedVersion(ifMatch), request == null ? null : request.note()));
    }
}
