package com.cagekeeper.termination.api;

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

import com.cagekeeper.shared.api.Creations;
import com.cagekeeper.shared.api.ETags;
import com.cagekeeper.shared.api.QueryParams;
import com.cagekeeper.shared.domain.Actor;
import com.cagekeeper.shared.domain.Page;
import com.cagekeeper.termination.application.TerminationService;
import com.cagekeeper.termination.application.TerminationView;
import com.cagekeeper.termination.domain.TerminationBasis;

@Path("/api/v1/terminations")
@Tag(name = "Terminations", description = "§7.2-§7.4, §12.4: terminations of orders without cause, for cause and for force majeure, with the termination fee; breaches and force majeure events")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TerminationResource {

    @Inject
    TerminationService terminations;
    @Inject
    Creations creations;
    @Context
    UriInfo uri;

    @POST
    @RolesAllowed({ Actor.OPERATIONS, Actor.CUSTOMER })
    @Operation(operationId = "terminateOrder", summary = "Terminate an order (§7.2, §7.3, §12.4)", description = "Roles: operations (for either party), customer (its own orders, as CUSTOMER). WITHOUT_CAUSE: on the terminating party's TERMINATION notice deemed given at least 80 days before effectiveOn (422 TERMINATION_NOTICE_TOO_SHORT naming the earliest date). FOR_CAUSE: MATERIAL_BREACH on the other party's breach uncured 30 days after its notice (409 BREACH_CURE_PERIOD_RUNNING with the date, 409 BREACH_CURED); GOING_CONCERN, ASSIGNMENT_FOR_CREDITORS, BANKRUPTCY, CONFIDENTIALITY_BREACH at once upon the terminating party's TERMINATION notice (422 TERMINATION_NOTICE_ID_REQUIRED without one), recorded by operations for either party (a customer token: 422 FOR_CAUSE_RECORDED_BY_OPERATIONS naming cause). FORCE_MAJEURE: on an event affecting the order that has lasted more than 15 business days (409 FORCE_MAJEURE_NOT_LONG_ENOUGH with the date). A notice without deemed date starts no clock (409 NOTICE_NOT_DEEMED_GIVEN); a notice backs one termination (409 NOTICE_ALREADY_USED) and is deemed given on or after the order's activation (422 NOTICE_BEFORE_ACTIVATION), both naming noticeId. Only an ACTIVE order (409 otherwise). The order is TERMINATION_NOTICED until effectiveOn (the door denies from its start), then TERMINATED by the scheduled end; effective today it is TERMINATED at once and its spaces are RESTORATION_DUE. A customer ending early without cause owes the termination fee (§7.4), charged to its ledger (TERMINATION_FEE). Accepts an Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = TerminationView.class)))
    public Response terminate(@HeaderParam(Creations.HEADER) String idempotencyKey,
            @NotNull @Valid TerminationRequest.Create request) {
        return creations.create(idempotencyKey, uri, request, () -> terminations.terminate(request.request()));
    }

    @GET
    @RolesAllowed({ Actor.OPERATIONS, Actor.BILLING, Actor.AUDITOR, Actor.CUSTOMER })
    @Operation(operationId = "listTerminations", summary = "List terminations", description = "Roles: operations, billing, auditor; a customer token lists its own. Filters: customerId, orderId, basis.")
    public Page<TerminationView> list(@QueryParam("customerId") String customerId,
            @QueryParam("orderId") String orderId,
            @QueryParam("basis") @Parameter(schema = @Schema(implementation = TerminationBasis.class)) String basis,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return terminations.list(QueryParams.text(customerId), QueryParams.text(orderId),
                QueryParams.enumValue(TerminationBasis.class, "basis", basis), QueryParams.page(limit, cursor));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Actor.OPERATIONS, Actor.BILLING, Actor.AUDITOR, Actor.CUSTOMER })
    @Operation(operationId = "getTermination", summary = "Read a termination and its fee", description = "Roles: operations, billing, auditor, customer (its own; otherwise 404).")
    @APIResponse(responseCode = "200", description = "The termination", content = @Content(schema = @Schema(implementation = TerminationView.class)))
    public Response get(@PathParam("id") String id) {
        return ETags.ok(terminations.get(id));
    }
}
