package com.cagekeeper.alteration.api;

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

import com.cagekeeper.alteration.application.AlterationService;
import com.cagekeeper.alteration.application.AlterationView;
import com.cagekeeper.alteration.domain.AlterationState;
import com.cagekeeper.shared.api.Creations;
import com.cagekeeper.shared.api.ETags;
import com.cagekeeper.shared.api.QueryParams;
import com.cagekeeper.shared.domain.Actor;
import com.cagekeeper.shared.domain.Page;

@Path("/api/v1/alterations")
@Tag(name = "Alterations", description = "§3.3: a customer's plans to alter a space, the provider's prior written consent, and the work; completed alterations stay with the space")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AlterationResource {

    @Inject
    AlterationService alterations;
    @Inject
    Creations creations;
    @Context
    UriInfo uri;

    @POST
    @RolesAllowed({ Actor.CUSTOMER, Actor.OPERATIONS })
    @Operation(operationId = "submitAlteration", summary = "Submit plans to alter a space (§3.3)", description = "Roles: customer (for a space it leases now), operations (for the space's lessee). SUBMITTED: no work until operations consents in writing (rule 21). Another customer's, an unleased and an unknown space are the same 422 SPACE_NOT_LEASED_BY_CUSTOMER. Accepts an Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = AlterationView.class)))
    public Response submit(@HeaderParam(Creations.HEADER) String idempotencyKey,
            @NotNull @Valid AlterationRequest.Submit request) {
        return creations.create(idempotencyKey, uri, request, () -> alterations.submit(request.submission()));
    }

    @GET
    @RolesAllowed({ Actor.OPERATIONS, Actor.SECURITY, Actor.AUDITOR, Actor.CUSTOMER })
    @Operation(operationId = "listAlterations", summary = "List alterations", description = "Roles: operations, security, auditor; a customer token lists its own. Filters: spaceId, customerId, state.")
    public Page<AlterationView> list(@QueryParam("spaceId") String spaceId, @QueryParam("customerId") String customerId,
            @QueryParam("state") @Parameter(schema = @Schema(implementation = AlterationState.class)) String state,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return alterations.list(QueryParams.text(spaceId), QueryParams.text(customerId),
                QueryParams.enumValue(AlterationState.class, "state", state), QueryParams.page(limit, cursor));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Actor.OPERATIONS, Actor.SECURITY, Actor.AUDITOR, Actor.CUSTOMER })
    @Operation(operationId = "getAlteration", summary = "Read an alteration", description = "Roles: operations, security, auditor, customer (its own; otherwise 404).")
    @APIResponse(responseCode = "200", description = "The alteration", content = @Content(schema = @Schema(implementation = AlterationView.class)))
    public Response get(@PathParam("id") String id) {
        return ETags.ok(alterations.get(id));
    }

    @POST
    @Path("{id}/consent")
    @RolesAllowed(Actor.OPERATIONS)
    @Operation(operationId = "consentToAlteration", summary = "Consent in writing to submitted plans (§3.3, rule 21)", description = "Roles: operations. Records who consented, the written consent's reference and its conditions; CONSENTED, work may start. 409 ALTERATION_NOT_SUBMITTED once decided.")
    @APIResponse(responseCode = "200", description = "The consented alteration", content = @Content(schema = @Schema(implementation = AlterationView.class)))
    public Response consent(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid AlterationRequest.Consent request) {
        return ETags.ok(alterations.consent(id, ETags.expectedVersion(ifMatch), request.writtenConsentReference(),
                request.conditions()));
    }

    @POST
    @Path("{id}/refusal")
    @RolesAllowed(Actor.OPERATIONS)
    @Operation(operationId = "refuseAlteration", summary = "Refuse submitted plans, with reasons (§3.3)", description = "Roles: operations. REFUSED: no work may be recorded on these plans (409 ALTERATION_CONSENT_REQUIRED). 409 ALTERATION_NOT_SUBMITTED once decided.")
    @APIResponse(responseCode = "200", description = "The refused alteration", content = @Content(schema = @Schema(implementation = AlterationView.class)))
    public Response refuse(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid AlterationRequest.Refusal request) {
        return ETags.ok(alterations.refuse(id, ETags.expectedVersion(ifMatch), request.reasons()));
    }

    @POST
    @Path("{id}/start")
    @RolesAllowed({ Actor.CUSTOMER, Actor.OPERATIONS })
    @Operation(operationId = "startAlteration", summary = "Record that work on consented plans started (rule 21)", description = "Roles: customer (its own), operations. 409 ALTERATION_CONSENT_REQUIRED before written consent or after a refusal; 409 SPACE_NOT_LEASED_BY_CUSTOMER once the customer no longer leases the space.")
    @APIResponse(responseCode = "200", description = "The alteration in progress", content = @Content(schema = @Schema(implementation = AlterationView.class)))
    public Response start(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid AlterationRequest.Step request) {
        return ETags.ok(alterations.start(id, ETags.expectedVersion(ifMatch), request == null ? null : request.note()));
    }

    @POST
    @Path("{id}/completion")
    @RolesAllowed({ Actor.CUSTOMER, Actor.OPERATIONS })
    @Operation(operationId = "completeAlteration", summary = "Record that the work is done (rule 22)", description = "Roles: customer (its own), operations. COMPLETED: the alteration is a fixture of the space, stays with it and is left in place by the restoration at the end of the term (§7.6). 409 ALTERATION_CONSENT_REQUIRED before written consent or after a refusal.")
    @APIResponse(responseCode = "200", description = "The completed alteration", content = @Content(schema = @Schema(implementation = AlterationView.class)))
    public Response complete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid AlterationRequest.Step request) {
        return ETags.ok(alterations.complete(id, ETags.expectedVersion(ifMatch), request == null ? null : request.note()));
    }

    @POST
    @Path("{id}/withdrawal")
    @RolesAllowed({ Actor.CUSTOMER, Actor.OPERATIONS })
    @Operation(operationId = "withdrawAlteration", summary = "Withdraw plans before work starts, or close work in progress", description = "Roles: customer (its own), operations. Plans are withdrawn before work starts; operations also closes work in progress (while it is IN_PROGRESS a relocation out of the space does not start or complete, §3.2). 409 ALTERATION_NOT_WITHDRAWABLE once completed, after a refusal or a withdrawal, or for a customer token once work started.")
    @APIResponse(responseCode = "200", description = "The withdrawn alteration", content = @Content(schema = @Schema(implementation = AlterationView.class)))
    public Response withdraw(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid AlterationRequest.Step request) {
        return ETags.ok(alterations.withdraw(id, ETags.expectedVersion(ifMatch), request == null ? null : request.note()));
    }
}
