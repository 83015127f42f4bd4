package com.cagekeeper.billing.api;

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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.cagekeeper.billing.application.DisputeView;
import com.cagekeeper.billing.application.InvoiceService;
import com.cagekeeper.billing.application.InvoiceView;
import com.cagekeeper.billing.application.PaymentView;
import com.cagekeeper.shared.api.Creations;
import com.cagekeeper.shared.api.ETags;
import com.cagekeeper.shared.api.QueryParams;
import com.cagekeeper.shared.domain.Actor;
import com.cagekeeper.shared.domain.Page;

@Path("/api/v1/invoices")
@Tag(name = "Invoices", description = "Invoices as the billing system reports them, with the payments allocated to them and the disputes of parts of them (§4.1)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InvoiceResource {

    @Inject
    InvoiceService invoices;
    @Inject
    Creations creations;
    @Context
    UriInfo uri;

    @POST
    @RolesAllowed({ Actor.BILLING, Actor.OPERATIONS })
    @Operation(operationId = "recordInvoice", summary = "Record an invoice (§4.1)", description = "Roles: billing, operations. The amount is in the customer's billing currency (422 otherwise); the order, if named, must be the customer's (422). dueOn defaults to issuedOn plus the order's paymentTermDays, or net 30 days. The customer and number identify the invoice: posting the same content again answers the recorded invoice (200); other content under the number is a 409 INVOICE_NUMBER_TAKEN. Accepts an Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = InvoiceView.class)))
    @APIResponse(responseCode = "200", description = "The invoice was already recorded with this content", content = @Content(schema = @Schema(implementation = InvoiceView.class)))
    public Response record(@HeaderParam(Creations.HEADER) String idempotencyKey,
            @NotNull @Valid BillingRequest.Invoice request) {
        var recording = request.recording();
        return invoices.alreadyRecorded(recording).map(ETags::ok)
                .orElseGet(() -> creations.create(idempotencyKey, uri, request, () -> invoices.record(recording)));
    }

    @GET
    @RolesAllowed({ Actor.BILLING, Actor.OPERATIONS, Actor.AUDITOR, Actor.CUSTOMER })
    @Operation(operationId = "listInvoices", summary = "List invoices", description = "Roles: billing, operations, auditor; a customer token lists only its own invoices. Filters: customerId, orderId, number.")
    public Page<InvoiceView> list(@QueryParam("customerId") String customerId, @QueryParam("orderId") String orderId,
            @QueryParam("number") String number, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        return invoices.list(QueryParams.text(customerId), QueryParams.text(orderId), QueryParams.text(number),
                QueryParams.page(limit, cursor));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Actor.BILLING, Actor.OPERATIONS, Actor.AUDITOR, Actor.CUSTOMER })
    @Operation(operationId = "getInvoice", summary = "Read an invoice", description = "Roles: billing, operations, auditor, customer (its own invoices only; otherwise 404). Shows what is paid, written off, disputed and open; the ETag changes with every payment and dispute.")
    @APIResponse(responseCode = "200", description = "The invoice", content = @Content(schema = @Schema(implementation = InvoiceView.class)))
    public Response get(@PathParam("id") String id) {
        return ETags.ok(invoices.get(id));
    }

    @POST
    @Path("{id}/payments")
    @RolesAllowed({ Actor.BILLING, Actor.OPERATIONS })
    @Operation(operationId = "recordPayment", summary = "Record a payment allocated to an invoice (§4.1)", description = "Roles: billing, operations. In the invoice's currency, at most its open amount (422 naming amount.amount otherwise); paidOn defaults to today in the customer's time zone and may not be after it. A partial payment reduces the principal late charges accrue on from its date. Accepts an Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = PaymentView.class)))
    public Response pay(@PathParam("id") String id, @HeaderParam(Creations.HEADER) String idempotencyKey,
            @NotNull @Valid BillingRequest.Payment request) {
        return creations.create(idempotencyKey, uri.getBaseUriBuilder().path("api/v1/payments").build(), uri,
                request, () -> invoices.pay(id, request.amount(), request.paidOn(), request.reference()));
    }

    @POST
    @Path("{id}/disputes")
    @RolesAllowed({ Actor.BILLING, Actor.OPERATIONS })
    @Operation(operationId = "recordDispute", summary = "Record that the customer disputes part of an invoice", description = "Roles: billing, operations. At most what is open and not already disputed, in the invoice's currency (422 naming amount.amount otherwise). While open, the disputed amount is never past due and carries no late charge (§3.5, §4.1). Accepts an Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = DisputeView.class)))
    public Response dispute(@PathParam("id") String id, @HeaderParam(Creations.HEADER) String idempotencyKey,
            @NotNull @Valid BillingRequest.Dispute request) {
        return creations.create(idempotencyKey, uri.getBaseUriBuilder().path("api/v1/disputes").build(), uri,
                request, () -> invoices.dispute(id, request.amount(), request.reason(), request.openedOn()));
    }
}
