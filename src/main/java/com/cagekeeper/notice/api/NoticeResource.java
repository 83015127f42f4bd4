package com.cagekeeper.notice.api;

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

import com.cagekeeper.notice.application.NoticeService;
import com.cagekeeper.notice.application.NoticeView;
import com.cagekeeper.notice.domain.NoticeDirection;
import com.cagekeeper.shared.api.Creations;
import com.cagekeeper.shared.api.ETags;
import com.cagekeeper.shared.api.QueryParams;
import com.cagekeeper.shared.domain.Actor;
import com.cagekeeper.shared.domain.NoticeSubject;
import com.cagekeeper.shared.domain.Page;

@Path("/api/v1/notices")
@Tag(name = "Notices", description = "Written notices given to or received from customers, and the date each is deemed given (§12.7)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NoticeResource {

    @Inject
    NoticeService notices;
    @Inject
    Creations creations;
    @Context
    UriInfo uri;

    @POST
    @RolesAllowed(Actor.OPERATIONS)
    @Operation(operationId = "recordNotice", summary = "Record a written notice (§12.7)", description = "Roles: operations. A notice given to the customer or received from it, usually recorded after the fact, with its text or document reference. deemedGivenOn is derived: the date sent by facsimile, delivered by courier, received by certified mail; null while unknown. A notice without text or document reference, a facsimile without sentOn, a date the method does not have (deliveredOn is for COURIER, receivedOn for CERTIFIED_MAIL), a date after today in the customer's time zone, or a delivery or receipt before the sending is a 422 naming the field. Accepts an Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = NoticeView.class)))
    public Response record(@HeaderParam(Creations.HEADER) String idempotencyKey,
            @NotNull @Valid NoticeRequest.Create request) {
        return creations.create(idempotencyKey, uri, request, () -> notices.record(request.recording()));
    }

    @GET
    @RolesAllowed({ Actor.OPERATIONS, Actor.BILLING, Actor.AUDITOR, Actor.CUSTOMER })
    @Operation(operationId = "listNotices", summary = "List written notices", description = "Roles: operations, billing, auditor; a customer token lists only its own notices. Filters: customerId, subject, direction.")
    public Page<NoticeView> list(@QueryParam("customerId") String customerId,
            @QueryParam("subject") @Parameter(schema = @Schema(implementation = NoticeSubject.class)) String subject,
            @QueryParam("direction") @Parameter(schema = @Schema(implementation = NoticeDirection.class)) String direction,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return notices.list(QueryParams.text(customerId),
                QueryParams.enumValue(NoticeSubject.class, "subject", subject),
                QueryParams.enumValue(NoticeDirection.class, "direction", direction), QueryParams.page(limit, cursor));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Actor.OPERATIONS, Actor.BILLING, Actor.AUDITOR, Actor.CUSTOMER })
    @Operation(operationId = "getNotice", summary = "Read a written notice", description = "Roles: operations, billing, auditor, customer (its own notices only; otherwise 404).")
    @APIResponse(responseCode = "200", description = "The notice", content = @Content(schema = @Schema(implementation = NoticeView.class)))
    public Response get(@PathParam("id") String id) {
        return ETags.ok(notices.get(id));
    }

    @POST
    @Path("{id}/delivery")
    @RolesAllowed(Actor.OPERATIONS)
    @Operation(operationId = "recordNoticeDelivery", summary = "Record that a courier delivered a notice (§12.7(ii))", description = "Roles: operations. The notice is deemed given on the date delivered. Only for a COURIER notice not yet delivered (409 otherwise); a date after today in the customer's time zone or before the sending is a 422 naming deliveredOn.")
    @APIResponse(responseCode = "200", description = "The notice, now deemed given", content = @Content(schema = @Schema(implementation = NoticeView.class)))
    public Response delivered(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid NoticeRequest.Delivered request) {
        return ETags.ok(notices.delivered(id, ETags.expectedVersion(ifMatch), request.deliveredOn()));
    }

    @POST
    @Path("{id}/receipt")
    @RolesAllowed(Actor.OPERATIONS)
    @Operation(operationId = "recordNoticeReceipt", summary = "Record that certified mail was received (§12.7(iii))", description = "Roles: operations. The notice is deemed given on the date received, from the return receipt. Only for a CERTIFIED_MAIL notice not yet received (409 otherwise); a date after today in the customer's time zone or before the sending is a 422 naming receivedOn.")
    @APIResponse(responseCode = "200", description = "The notice, now deemed given", content = @Content(schema = @Schema(implementation = NoticeView.class)))
    public Response received(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid NoticeRequest.Received request) {
        return ETags.ok(notices.received(id, ETags.expectedVersion(ifMatch), request.receivedOn()));
    }
}
