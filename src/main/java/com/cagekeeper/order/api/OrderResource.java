package com.cagekeeper.order.api;

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

import com.cagekeeper.order.application.OrderService;
import com.cagekeeper.order.application.OrderView;
import com.cagekeeper.order.domain.OrderState;
import com.cagekeeper.shared.api.Creations;
import com.cagekeeper.shared.api.ETags;
import com.cagekeeper.shared.api.QueryParams;
import com.cagekeeper.shared.domain.Actor;
import com.cagekeeper.shared.domain.Page;

@Path("/api/v1/orders")
@Tag(name = "Orders", description = "Sales Order Forms: placed, activated (the spaces are leased), cancelled before activation, ended with the underlying lease (§3.1, §7)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrderResource {

    @Inject
    OrderService orders;
    @Inject
    Creations creations;
    @Context
    UriInfo uri;

    @POST
    @RolesAllowed(Actor.OPERATIONS)
    @Operation(operationId = "placeOrder", summary = "Place an order (Sales Order Form)", description = "Roles: operations. The order is PENDING_ACTIVATION; its spaces are leased on activation. Accepts an Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = OrderView.class)))
    public Response place(@HeaderParam(Creations.HEADER) String idempotencyKey,
            @NotNull @Valid OrderRequest.Create request) {
        return creations.create(idempotencyKey, uri, request,
                () -> orders.place(request.customerId(), request.spaceIds(), request.terms()));
    }

    @GET
    @RolesAllowed({ Actor.OPERATIONS, Actor.BILLING, Actor.CUSTOMER, Actor.AUDITOR })
    @Operation(operationId = "listOrders", summary = "List orders", description = "Roles: operations, billing, auditor; a customer token lists only its own. Filters: customerId, state, spaceId.")
    public Page<OrderView> list(@QueryParam("customerId") String customerId,
            @QueryParam("state") @Parameter(schema = @Schema(implementation = OrderState.class)) String state,
            @QueryParam("spaceId") String spaceId, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        return orders.list(customerId, QueryParams.enumValue(OrderState.class, "state", state), spaceId,
                QueryParams.page(limit, cursor));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Actor.OPERATIONS, Actor.BILLING, Actor.CUSTOMER, Actor.AUDITOR })
    @Operation(operationId = "getOrder", summary = "Read an order", description = "Roles: operations, billing, auditor, customer (its own only; otherwise 404).")
    @APIResponse(responseCode = "200", description = "The order", content = @Content(schema = @Schema(implementation = OrderView.class)))
    public Response get(@PathParam("id") String id) {
        return ETags.ok(orders.get(id));
    }

    @POST
    @Path("{id}/activation")
    @RolesAllowed(Actor.OPERATIONS)
    @Operation(operationId = "activateOrder", summary = "Activate an order (§3.1, §7.1)", description = "Roles: operations. Subleases the order's spaces to the customer; a space already leased by an active order, or not available, answers 409.")
    @APIResponse(responseCode = "200", description = "The active order", content = @Content(schema = @Schema(implementation = OrderView.class)))
    public Response activate(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid OrderRequest.Activation request) {
        return ETags.ok(orders.activate(id, ETags.expectedVersion(ifMatch),
                request == null ? null : request.activationDate()));
    }

    @POST
    @Path("{id}/cancellation")
    @RolesAllowed(Actor.OPERATIONS)
    @Operation(operationId = "cancelOrder", summary = "Cancel an order before activation (§7.5)", description = "Roles: operations. Records the cancellation fee (the costs incurred so far). An active order answers 409: it ends by termination (§7.2).")
    @APIResponse(responseCode = "200", description = "The cancelled order", content = @Content(schema = @Schema(implementation = OrderView.class)))
    public Response cancel(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid OrderRequest.Cancellation request) {
        return ETags.ok(orders.cancel(id, ETags.expectedVersion(ifMatch), request.reason(), request.costsIncurred()));
    }
}
