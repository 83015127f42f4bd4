package com.cagekeeper.access.api;

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
    @Operation(operationId = "checkAccess", summary = "Check access at the door and record it (rules 1-12)", description = "Roles: security, operations. Decided at the service's clock: the optional `at` is the door's clock and may differ from the service's by at most access.clock-skew (default 2 minutes), otherwise 422 AT_OUTSIDE_CLOCK_SKEW; to ask about another instant use the preview. Answers 200 GRANTED or DENIED with every reason (stable code, clause, sentence); a grant needs an approval or a visit covering the person, the space and the instant, and says until when it holds. Well-formed ids that name nobody are a DENIED (PERSON_UNKNOWN, SPACE_UNKNOWN), also recorded; malformed ids are a 400. Every check is recorded as an access event before it is answered; a database that cannot be read answers 503, never a grant.")
    public AccessCheckView check(@NotNull @Valid AccessCheckRequest request) {
        return access.check(request.question());
    }

    @POST
    @Path("preview")
    @RolesAllowed({ Actor.OPERATIONS, Actor.SECURITY, Actor.CUSTOMER })
    @Operation(operationId = "previewAccess", summary = "Preview an access decision at any instant, without recording it", description = "Roles: operations, security, customer. Evaluates the same rules as the check at any instant, past or future, and records nothing: what a notice, expiry or revocation will change. A customer sees its own side only: another customer's person reads as PERSON_UNKNOWN, and a space it does not lease (another customer's, unleased or absent) as the single reason SPACE_NOT_LEASED_BY_CUSTOMER.")
    public AccessCheckView preview(@NotNull @Valid AccessCheckRequest request) {
        return access.preview(request.question());
    }
}
