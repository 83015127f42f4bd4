package com.cagekeeper.webhooks.api;

import java.net.URI;

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
import com.cagekeeper.webhooks.application.DeliveryAttemptView;
import com.cagekeeper.webhooks.application.WebhookDispatcher;
import com.cagekeeper.webhooks.application.WebhookEndpointService;
import com.cagekeeper.webhooks.application.WebhookEndpointView;
import com.cagekeeper.webhooks.domain.DeliveryOutcome;
import com.cagekeeper.webhooks.domain.WebhookEndpointState;

@Path("/api/v1/webhook-endpoints")
@Tag(name = "Webhooks", description = "Domain events delivered to a customer's (or the provider's) endpoints, signed the Standard Webhooks way, in order, at least once")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WebhookEndpointResource {

    @Inject
    WebhookEndpointService endpoints;
    @Inject
    WebhookDispatcher dispatcher;
    @Inject
    Creations creations;
    @Context
    UriInfo uri;

    @POST
    @RolesAllowed({ Actor.OPERATIONS, Actor.CUSTOMER })
    @Operation(operationId = "registerWebhookEndpoint", summary = "Register a webhook endpoint", description = "Roles: operations (for a customer, or provider-wide without customerId: every event), customer (for itself only). The url must be https and resolve to public addresses only (422 WEBHOOK_URL_NOT_HTTPS / WEBHOOK_URL_NOT_PUBLIC / WEBHOOK_URL_UNRESOLVABLE naming url); eventTypes must be known (422 WEBHOOK_EVENT_TYPE_UNKNOWN); a secret is generated when absent and returned in this answer only. Delivery starts with the events committed after the registration: each is POSTed with webhook-id (the event id), webhook-timestamp and webhook-signature (v1, HMAC-SHA256 over id.timestamp.body), one at a time in feed order, retried with growing jittered delays (5 s up to 4 h) for webhooks.give-up-after (26 h), then the endpoint is DISABLED with the reason. Accepts an Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Created; the only answer that carries the secret", content = @Content(schema = @Schema(implementation = WebhookEndpointView.class)))
    public Response register(@HeaderParam(Creations.HEADER) String idempotencyKey,
            @NotNull @Valid WebhookEndpointRequest.Register request) {
        return creations.create(idempotencyKey, uri, request, () -> endpoints.register(request.registration()));
    }

    @GET
    @RolesAllowed({ Actor.OPERATIONS, Actor.AUDITOR, Actor.CUSTOMER })
    @Operation(operationId = "listWebhookEndpoints", summary = "List webhook endpoints", description = "Roles: operations, auditor; a customer token lists its own. Filters: customerId, state. Secrets are never listed.")
    public Page<WebhookEndpointView> list(@QueryParam("customerId") String customerId,
            @QueryParam("state") @Parameter(schema = @Schema(implementation = WebhookEndpointState.class)) String state,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return endpoints.list(QueryParams.text(customerId),
                QueryParams.enumValue(WebhookEndpointState.class, "state", state), QueryParams.page(limit, cursor));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Actor.OPERATIONS, Actor.AUDITOR, Actor.CUSTOMER })
    @Operation(operationId = "getWebhookEndpoint", summary = "Read a webhook endpoint", description = "Roles: operations, auditor, customer (its own; otherwise 404, as are provider-wide endpoints). Shows its state, why it is disabled, the position delivered last and the retry under way.")
    @APIResponse(responseCode = "200", description = "The endpoint", content = @Content(schema = @Schema(implementation = WebhookEndpointView.class)))
    public Response get(@PathParam("id") String id) {
        return ETags.ok(endpoints.get(id));
    }

    @POST
    @Path("{id}/disable")
    @RolesAllowed({ Actor.OPERATIONS, Actor.CUSTOMER })
    @Operation(operationId = "disableWebhookEndpoint", summary = "Disable a webhook endpoint", description = "Roles: operations, customer (its own). Stops deliveries; the events wait in order. 409 WEBHOOK_ENDPOINT_DISABLED when it already is.")
    @APIResponse(responseCode = "200", description = "The disabled endpoint", content = @Content(schema = @Schema(implementation = WebhookEndpointView.class)))
    public Response disable(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid WebhookEndpointRequest.Disable request) {
        return ETags.ok(endpoints.disable(id, ETags.expectedVersion(ifMatch), request == null ? null : request.reason()));
    }

    @POST
    @Path("{id}/enable")
    @RolesAllowed({ Actor.OPERATIONS, Actor.CUSTOMER })
    @Operation(operationId = "enableWebhookEndpoint", summary = "Enable a webhook endpoint again", description = "Roles: operations, customer (its own). Deliveries resume at once at the event it stopped at (nothing skipped), with a fresh retry schedule. 409 WEBHOOK_ENDPOINT_ENABLED when it is enabled.")
    @APIResponse(responseCode = "200", description = "The enabled endpoint", content = @Content(schema = @Schema(implementation = WebhookEndpointView.class)))
    public Response enable(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        return ETags.ok(endpoints.enable(id, ETags.expectedVersion(ifMatch)));
    }

    @GET
    @Path("{id}/attempts")
    @RolesAllowed({ Actor.OPERATIONS, Actor.AUDITOR, Actor.CUSTOMER })
    @Operation(operationId = "getWebhookDeliveryAttempts", summary = "Read an endpoint's delivery attempts", description = "Roles: operations, auditor, customer (its own endpoint; otherwise 404). Oldest first; filters: eventId, outcome.")
    public Page<DeliveryAttemptView> attempts(@PathParam("id") String id, @QueryParam("eventId") String eventId,
            @QueryParam("outcome") @Parameter(schema = @Schema(implementation = DeliveryOutcome.class)) String outcome,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return endpoints.attempts(id, QueryParams.text(eventId),
                QueryParams.enumValue(DeliveryOutcome.class, "outcome", outcome), QueryParams.page(limit, cursor));
    }

    @GET
    @Path("{id}/attempts/{attemptId}")
    @RolesAllowed({ Actor.OPERATIONS, Actor.AUDITOR, Actor.CUSTOMER })
    @Operation(operationId = "getWebhookDeliveryAttempt", summary = "Read a delivery attempt", description = "Roles: operations, auditor, customer (its own endpoint; otherwise 404).")
    @APIResponse(responseCode = "200", description = "The attempt", content = @Content(schema = @Schema(implementation = DeliveryAttemptView.class)))
    public DeliveryAttemptView attempt(@PathParam("id") String id, @PathParam("attemptId") String attemptId) {
        return endpoints.attempt(id, attemptId);
    }

    @POST
    @Path("{id}/attempts/{attemptId}/redelivery")
    @RolesAllowed({ Actor.OPERATIONS, Actor.CUSTOMER })
    @Operation(operationId = "redeliverWebhook", summary = "Send a failed attempt's event again", description = "Roles: operations, customer (its own endpoint; otherwise 404). Sends the event now, with the same webhook-id, and answers the new attempt; delivered while it is the event at the head, the endpoint moves past it. 409 WEBHOOK_ATTEMPT_NOT_FAILED for a delivered attempt, WEBHOOK_ENDPOINT_DISABLED for a disabled endpoint (enable it: it resumes at that event), WEBHOOK_DELIVERY_IN_PROGRESS while a round delivers to it.")
    @APIResponse(responseCode = "201", description = "The new attempt, whatever its outcome", content = @Content(schema = @Schema(implementation = DeliveryAttemptView.class)))
    public Response redeliver(@PathParam("id") String id, @PathParam("attemptId") String attemptId) {
        DeliveryAttemptView attempt = dispatcher.redeliver(id, attemptId);
        return Response.created(URI.create(uri.getBaseUri() + "api/v1/webhook-endpoints/" + attempt.endpointId()
                + "/attempts/" + attempt.id())).entity(attempt).build();
    }
}
