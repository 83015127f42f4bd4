package com.cagekeeper.lien.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.cagekeeper.lien.application.DelinquencyView;
import com.cagekeeper.lien.application.LienService;
import com.cagekeeper.shared.api.QueryParams;
import com.cagekeeper.shared.domain.Actor;
import com.cagekeeper.shared.domain.Page;

@Path("/api/v1/delinquencies")
@Tag(name = "Liens")
@Produces(MediaType.APPLICATION_JSON)
public class DelinquencyResource {

    @Inject
    LienService liens;

    @GET
    @RolesAllowed({ Actor.OPERATIONS, Actor.BILLING, Actor.AUDITOR })
    @Operation(operationId = "listDelinquencies", summary = "List delinquent customers and what the contract allows next (§3.5)", description = "Roles: operations, billing, auditor. Customers with undisputed amounts past due today (in their time zone): how much, since when, and the next step: SEND_NOTICE (no DELINQUENCY notice deemed given after the amounts fell due), WAIT_CURE_PERIOD (until allowedOn), ENFORCEABLE (POST /api/v1/lien-actions), ENFORCED (a lien action stands). Filter: facilityId (customers leasing a space there). Order: sort=AMOUNT (default) or AGE, largest first.")
    public Page<DelinquencyView> list(@QueryParam("facilityId") String facilityId,
            @QueryParam("sort") @Parameter(schema = @Schema(implementation = LienService.DelinquencyOrder.class)) String sort,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        LienService.DelinquencyOrder order = QueryParams.enumValue(LienService.DelinquencyOrder.class, "sort",
                sort == null ? null : sort.toUpperCase(java.util.Locale.ROOT));
        return liens.delinquencies(QueryParams.text(facilityId),
                order == null ? LienService.DelinquencyOrder.AMOUNT : order, QueryParams.page(limit, cursor));
    }
}
