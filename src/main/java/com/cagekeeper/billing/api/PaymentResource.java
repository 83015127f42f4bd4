package com.cagekeeper.billing.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.cagekeeper.billing.application.InvoiceService;
import com.cagekeeper.billing.application.PaymentView;
import com.cagekeeper.shared.api.ETags;
import com.cagekeeper.shared.api.QueryParams;
import com.cagekeeper.shared.domain.Actor;
import com.cagekeeper.shared.domain.Page;

@Path("/api/v1/payments")
@Tag(name = "Payments", description = "Payments allocated to invoices, as the billing system reports them (§4.1); recorded through POST /api/v1/invoices/{id}/payments")
@Produces(MediaType.APPLICATION_JSON)
public class PaymentResource {

    @Inject
    InvoiceService invoices;

    @GET
    @RolesAllowed({ Actor.BILLING, Actor.OPERATIONS, Actor.AUDITOR, Actor.CUSTOMER })
    @Operation(operationId = "listPayments", summary = "List payments", description = "Roles: billing, operations, auditor; a customer token lists only its own payments. Filters: customerId, invoiceId.")
    public Page<PaymentView> list(@QueryParam("customerId") String customerId,
            @QueryParam("invoiceId") String invoiceId, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        return invoices.payments(QueryParams.text(customerId), QueryParams.text(invoiceId),
                QueryParams.page(limit, cursor));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Actor.BILLING, Actor.OPERATIONS, Actor.AUDITOR, Actor.CUSTOMER })
    @Operation(operationId = "getPayment", summary = "Read a payment", description = "Roles: billing, operations, auditor, customer (its own payments only; otherwise 404).")
    @APIResponse(responseCode = "200", description = "The payment", content = @Content(schema = @Schema(implementation = PaymentView.class)))
    public Response get(@PathParam("id") String id) {
        return ETags.ok(invoices.payment(id));
    }
}
