package com.cagekeeper.lien.api;

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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.cagekeeper.lien.application.LienActionView;
import com.cagekeeper.lien.application.LienService;
import com.cagekeeper.lien.domain.LienActionState;
import com.cagekeeper.shared.api.Creations;
import com.cagekeeper.shared.api.ETags;
import com.cagekeeper.shared.api.QueryParams;
import com.cagekeeper.shared.domain.Actor;
import com.cagekeeper.shared.domain.Page;

@Path("/api/v1/lien-actions")
@Tag(name = "Liens", description = "§3.5: enforcement of the provider's lien on nonpayment (restricted access, possession of equipment) and its release")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LienActionResource {

    @Inject
    LienService liens;
    @Inject
    Creations creations;
    @Context
    UriInfo uri;

    @POST
    @RolesAllowed(Actor.OPERATIONS)
    @Operation(operationId = "enforceLien", summary = "Enforce the lien (§3.5)", description = "Roles: operations. Allowed only when, on the customer's date today, undisputed amounts are past due, a DELINQUENCY notice was deemed given after they fell due, and lien.cure-period-days (10) have elapsed since; otherwise 409 LIEN_NOT_ENFORCEABLE naming each missing condition and the earliest date. Restricts the customer's people from the named spaces (the access check denies LIEN_RESTRICTED, §3.5(a)) and/or takes the named equipment into the provider's possession at the storage location (§3.5(b)), in one transaction. Accepts an Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = LienActionView.class)))
    public Response enforce(@HeaderParam(Creations.HEADER) String idempotencyKey,
            @NotNull @Valid LienActionRequest.Enforce request) {
        return creations.create(idempotencyKey, uri, request, () -> liens.enforce(request.enforcement()));
    }

    @GET
    @RolesAllowed({ Actor.OPERATIONS, Actor.BILLING, Actor.AUDITOR, Actor.CUSTOMER })
    @Operation(operationId = "listLienActions", summary = "List lien actions", description = "Roles: operations, billing, auditor; a customer token lists its own. Filters: customerId, state.")
    public Page<LienActionView> list(@QueryParam("customerId") String customerId,
            @QueryParam("state") @Parameter(schema = @Schema(implementation = LienActionState.class)) String state,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return liens.list(QueryParams.text(customerId),
                QueryParams.enumValue(LienActionState.class, "state", state), QueryParams.page(limit, cursor));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Actor.OPERATIONS, Actor.BILLING, Actor.AUDITOR, Actor.CUSTOMER })
    @Operation(operationId = "getLienAction", summary = "Read a lien action", description = "Roles: operations, billing, auditor, customer (its own; otherwise 404).")
    @APIResponse(responseCode = "200", description = "The lien action", content = @Content(schema = @Schema(implementation = LienActionView.class)))
    public Response get(@PathParam("id") String id) {
        return ETags.ok(liens.get(id));
    }

    @POST
    @Path("{id}/release")
    @RolesAllowed(Actor.OPERATIONS)
    @Operation(operationId = "releaseLien", summary = "Release a lien action once paid (rule 16, §4.5)", description = "Roles: operations. Refused (409 UNDISPUTED_AMOUNTS_UNPAID) while undisputed amounts are past due; partial payment leaves it standing. Access returns at the next check; possessed equipment is returned (custody ledger) and storage is charged by the day of possession (lien.storage-daily-rate per item, §3.5(b)); restoring restricted access is charged billing.restoration-fee (§4.5).")
    @APIResponse(responseCode = "200", description = "The released lien action", content = @Content(schema = @Schema(implementation = LienActionView.class)))
    public Response release(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid LienActionRequest.Release request) {
        return ETags.ok(liens.release(id, ETags.expectedVersion(ifMatch), request == null ? null : request.note()));
    }
}
