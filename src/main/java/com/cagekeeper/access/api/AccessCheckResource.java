package com.cagekeeper.access.api;

import java.sql.SQLException;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.cagekeeper.access.application.AccessCheckService;
import com.cagekeeper.access.application.AccessCheckView;
import com.cagekeeper.shared.domain.Actor;

@Path("/api/v1/access-checks")
@Tag(name = "Access", description = "The decision at the door (check and record it, or preview it at any instant without recording) and the recorded access events (rules 1-12)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccessCheckResource {

    @Inject
    AccessCheckService access;

    @POST
    @RolesAllowed({ Actor.SECURITY, Actor.OPERATIONS })
    @Operation(operationId = "checkAccess", summary = "Check access at the door and record it (rules 1-12)", description = "Roles: security, operations. Answers 200 GRANTED or DENIED with every reason (stable code, clause, sentence); a grant says until when it holds. Unknown people or spaces are a DENIED, also recorded. Every check is recorded as an access event; a database that cannot be read answers 503, never a grant.")
    public AccessCheckView check(@NotNull @Valid AccessCheckRequest request) throws SQLException {
        return access.check(request.question());
    }

    @POST
    @Path("preview")
    @RolesAllowed({ Actor.OPERATIONS, Actor.SECURITY, Actor.CUSTOMER })
    @Operation(operationId = "previewAccess", summary = "Preview an access decision at any instant, without recording it", description = "Roles: operations, security, customer (its own people and spaces; others read as unknown). Evaluates the same rules as the check, past or future, to see what a notice, expiry or revocation will change.")
    public AccessCheckView preview(@NotNull @Valid AccessCheckRequest request) throws SQLException {
        return access.preview(request.question());
    }
}
