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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.cagekeeper.presence.application.MusterView;
import com.cagekeeper.presence.application.PresenceEntryView;
import com.cagekeeper.presence.application.PresenceService;
import com.cagekeeper.shared.api.Creations;
import com.cagekeeper.shared.api.QueryParams;
import com.cagekeeper.shared.domain.Actor;
import com.cagekeeper.shared.domain.Page;

@Path("/api/v1/facilities")
@Tag(name = "Presence", description = "Who is inside a facility now, from the recorded entries and exits, and the roll call (muster) of an evacuation (rule 31a, BCP)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PresenceResource {

    @Inject
    PresenceService presence;
    @Inject
    Creations creations;
    @Context
    UriInfo uri;

    @GET
    @Path("{id}/presence")
    @RolesAllowed({ Actor.OPERATIONS, Actor.SECURITY, Actor.AUDITOR, Actor.CUSTOMER })
    @Operation(operationId = "getFacilityPresence", summary = "Who is inside a facility now (rule 31a)", description = "Roles: operations, security, auditor see everyone; a customer token sees only its own people and the visitors of its own visits. Lists the people and visitors whose last recorded passage at any space of the facility is a GRANTED entry (IN) with no later GRANTED exit (OUT), with the space and the time of that entry; a denied check is no passage. While a muster is open at the facility, each carries whether it is accounted for. Ordered by person id, paged. 404 for a facility that does not exist.")
    @APIResponse(responseCode = "200", description = "The people inside")
    public Page<PresenceEntryView> presence(@PathParam("id") String facilityId, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        return presence.inside(facilityId, QueryParams.page(limit, cursor));
    }

    @POST
    @Path("{id}/musters")
    @RolesAllowed({ Actor.OPERATIONS, Actor.SECURITY })
    @Operation(operationId = "startMuster", summary = "Start the roll call of an evacuation (BCP)", description = "Roles: operations, security. Freezes who is inside the facility now into the muster's roll; people who enter afterwards join it, flagged. One muster is open per facility: 409 MUSTER_ALREADY_OPEN otherwise. Accepts an Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = MusterView.class)))
    public Response start(@PathParam("id") String facilityId, @HeaderParam(Creations.HEADER) String idempotencyKey,
            @NotNull @Valid MusterRequest.Start request) {
        return creations.create(idempotencyKey, uri.getBaseUriBuilder().path("api/v1/musters").build(), uri, request,
                () -> presence.start(facilityId, request.reason()));
    }
}
