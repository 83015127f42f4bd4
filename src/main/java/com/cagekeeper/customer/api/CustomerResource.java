package com.cagekeeper.customer.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.cagekeeper.customer.application.CustomerService;
import com.cagekeeper.customer.application.CustomerView;
import com.cagekeeper.shared.api.Creations;
import com.cagekeeper.shared.api.ETags;
import com.cagekeeper.shared.api.QueryParams;
import com.cagekeeper.shared.domain.Actor;
import com.cagekeeper.shared.domain.Page;

@Path("/api/v1/customers")
@Tag(name = "Customers", description = "The customers that sublease spaces, with their notice address and contacts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CustomerResource {

    @Inject
    CustomerService customers;
    @Inject
    Creations creations;
    @Context
    UriInfo uri;

    @POST
    @RolesAllowed(Actor.OPERATIONS)
    @Operation(operationId = "createCustomer", summary = "Register a customer", description = "Roles: operations. Accepts an Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = CustomerView.class)))
    public Response register(@HeaderParam(Creations.HEADER) String idempotencyKey,
            @NotNull @Valid CustomerRequest.Create request) {
        return creations.create(idempotencyKey, uri, request,
                () -> customers.register(request.code(), request.description()));
    }

    @GET
    @RolesAllowed({ Actor.OPERATIONS, Actor.SECURITY, Actor.BILLING, Actor.CUSTOMER, Actor.AUDITOR })
    @Operation(operationId = "listCustomers", summary = "List customers", description = "Roles: operations, security, billing, auditor; a customer token lists only itself. Filter: code.")
    public Page<CustomerView> list(@QueryParam("code") String code, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        return customers.list(code, QueryParams.page(limit, cursor));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Actor.OPERATIONS, Actor.SECURITY, Actor.BILLING, Actor.CUSTOMER, Actor.AUDITOR })
    @Operation(operationId = "getCustomer", summary = "Read a customer", description = "Roles: operations, security, billing, auditor, customer (itself only; another id answers 404).")
    @APIResponse(responseCode = "200", description = "The customer", content = @Content(schema = @Schema(implementation = CustomerView.class)))
    public Response get(@PathParam("id") String id) {
        return ETags.ok(customers.get(id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Actor.OPERATIONS)
    @Operation(operationId = "updateCustomer", summary = "Update a customer's description", description = "Roles: operations. Send If-Match with the ETag read; a stale one answers 412.")
    @APIResponse(responseCode = "200", description = "The updated customer", content = @Content(schema = @Schema(implementation = CustomerView.class)))
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid CustomerRequest.Update request) {
        return ETags.ok(customers.describe(id, ETags.expectedVersion(ifMatch), request.description()));
    }
}
