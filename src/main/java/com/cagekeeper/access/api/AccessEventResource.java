package com.cagekeeper.access.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.cagekeeper.access.application.AccessEventService;
import com.cagekeeper.access.application.AccessEventView;
import com.cagekeeper.access.domain.Decision;
import com.cagekeeper.shared.api.QueryParams;
import com.cagekeeper.shared.domain.Actor;
import com.cagekeeper.shared.domain.Page;

@Path("/api/v1/access-events")
@Tag(name = "Access", description = "The decision at the door (check and record it, or preview it at any instant without recording) and the recorded access events (rules 1-12)")
@Produces(MediaType.APPLICATION_JSON)
public class AccessEventResource {

    @Inject
    AccessEventService events;

    @GET
    @RolesAllowed({ Actor.OPERATIONS, Actor.SECURITY, Actor.CUSTOMER, Actor.AUDITOR })
    @Operation(operationId = "listAccessEvents", summary = "List recorded access events", description = "Roles: operations, security, auditor; a customer token sees only events about its own people and spaces, and of an event whose other party is another customer (or nobody known) it sees its own side only: the other party's personId, visitId, customerId, spaceId and spaceCustomerId are null and its reasons are replaced by PERSON_UNKNOWN or SPACE_NOT_LEASED_BY_CUSTOMER. Filters: facilityId, spaceId, personId, customerId, decision, time range [from, to). Append-only: no method changes them.")
    public Page<AccessEventView> list(@QueryParam("facilityId") String facilityId,
            @QueryParam("spaceId") String spaceId, @QueryParam("personId") String personId,
            @QueryParam("customerId") String customerId,
            @QueryParam("decision") @Parameter(schema = @Schema(implementation = Decision.class)) String decision,
            @QueryParam("from") @Parameter(description = "Inclusive, an ISO-8601 instant such as 2026-11-23T14:05:00Z", schema = @Schema(type = SchemaType.STRING, format = "date-time")) String from,
            @QueryParam("to") @Parameter(description = "Exclusive, an ISO-8601 instant such as 2026-11-23T14:05:00Z", schema = @Schema(type = SchemaType.STRING, format = "date-time")) String to,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return events.list(new AccessEventService.Filter(facilityId, spaceId, personId, customerId,
                QueryParams.enumValue(Decision.class, "decision", decision), QueryParams.instant("from", from),
                QueryParams.instant("to", to)), QueryParams.page(limit, cursor));
    }
}
