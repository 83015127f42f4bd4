package com.cagekeeper.audit.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.cagekeeper.audit.application.AuditRecordView;
import com.cagekeeper.audit.application.AuditTrail;
import com.cagekeeper.shared.api.QueryParams;
import com.cagekeeper.shared.domain.Actor;
import com.cagekeeper.shared.domain.Page;

/** The audit trail, read-only: no method of this API changes or deletes a record. */
@Path("/api/v1/audit")
@Tag(name = "Audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditTrail trail;

    @GET
    @RolesAllowed({ Actor.AUDITOR, Actor.OPERATIONS })
    @Operation(summary = "List audit records", description = "Oldest first, filtered by object, actor and time range [from, to). Roles: auditor, operations.")
    public Page<AuditRecordView> list(@QueryParam("objectType") String objectType,
            @QueryParam("objectId") String objectId, @QueryParam("actor") String actor,
            @QueryParam("from") @Parameter(description = "Inclusive, ISO-8601 instant") String from,
            @QueryParam("to") @Parameter(description = "Exclusive, ISO-8601 instant") String to,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return trail.list(objectType, objectId, actor, QueryParams.instant("from", from), QueryParams.instant("to", to),
                QueryParams.page(limit, cursor));
    }
}
