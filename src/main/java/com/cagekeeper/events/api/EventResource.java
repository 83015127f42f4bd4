package com.cagekeeper.events.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.cagekeeper.events.application.EventFeedPage;
import com.cagekeeper.events.application.EventFeedService;
import com.cagekeeper.shared.api.Problem;
import com.cagekeeper.shared.domain.Actor;

@Path("/api/v1/events")
@Tag(name = "Events", description = "Issue 12: the change feed of domain events, in commit order, for portals and operators that follow changes instead of polling every list")
@Produces(MediaType.APPLICATION_JSON)
public class EventResource {

    @Inject
    EventFeedService feed;

    @GET
    @RolesAllowed({ Actor.OPERATIONS, Actor.SECURITY, Actor.AUDITOR, Actor.CUSTOMER })
    @Operation(operationId = "listEvents", summary = "Follow the change feed", description = "Roles: operations, security, auditor read every event; a customer token reads only the events that concern its customer (a facility's state change reaches each customer leasing space there when it changed). Events come in commit order, after the cursor ?after= (absent = from the start); pass the answer's next as ?after= to read on: no gaps, no duplicates, whatever commits meanwhile. An empty page answers the same cursor. ?types= is a comma list of event types (an unknown one is 422 EVENT_TYPE_UNKNOWN). Granted access checks are not events here; they stay in /access-events.")
    @APIResponse(responseCode = "200", description = "A page of events", content = @Content(schema = @Schema(implementation = EventFeedPage.class)))
    @APIResponse(responseCode = "422", description = "types names an event type the feed does not carry (EVENT_TYPE_UNKNOWN)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public EventFeedPage list(
            @QueryParam("after") @Parameter(description = "The cursor a previous page answered as next; absent or 0 = from the start", schema = @Schema(type = SchemaType.STRING, pattern = EventFeedService.CURSOR_PATTERN)) String after,
            @QueryParam("types") @Parameter(description = "Comma list of event types, e.g. PERSON_APPROVED,PERSON_REVOKED; absent = all", schema = @Schema(type = SchemaType.STRING, pattern = EventFeedService.TYPES_PATTERN)) String types,
            @QueryParam("limit") String limit) {
        return feed.page(after, types, limit);
    }
}
