package com.cagekeeper.audit.api;

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

import com.cagekeeper.audit.application.AuditRecordView;
import com.cagekeeper.audit.application.AuditTrail;
import com.cagekeeper.shared.api.QueryParams;
import com.cagekeeper.shared.domain.Actor;
import com.cagekeeper.shared.domain.Page;

/** The audit trail, read-only: no method of this API changes or deletes a record. */
@Path("/api/v1/audit")
@Tag(name = "Audit", description = "The append-only record of every change: who, when, what, why, before and after (rule 32)")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditTrail trail;

    @GET
    @RolesAllowed({ Actor.AUDITOR, Actor.OPERATIONS })
    @Operation(operationId = "listAuditRecords", summary = "List audit records", description = "Oldest first, filtered by object, actor and time range [from, to). Roles: auditor, operations.")
    public Page<AuditRecordView> list(@QueryParam("objectType") String objectType,
            @QueryParam("objectId") String objectId, @QueryParam("actor") String actor,
            @QueryParam("from") @Parameter(description = "Inclusive, an ISO-8601 instant such as 2026-11-23T14:05:00Z", schema = @Schema(type = SchemaType.STRING, format = "date-time")) String from,
            @QueryParam("to") @Parameter(description = "Exclusive, an ISO-8601 instant such as 2026-11-23T14:05:00Z", schema = @Schema(type = SchemaType.STRING, format = "date-time")) String to,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return trail.list(objectType, objectId, actor, QueryParams.instant("from", from), QueryParams.instant("to", to),
                QueryParams.page(limit, cursor));
    }
}
