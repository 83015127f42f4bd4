package com.cagekeeper.personnel.api;

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

import com.cagekeeper.personnel.application.PersonService;
import com.cagekeeper.personnel.application.PersonView;
import com.cagekeeper.personnel.domain.PersonState;
import com.cagekeeper.shared.api.Creations;
import com.cagekeeper.shared.api.ETags;
import com.cagekeeper.shared.api.QueryParams;
import com.cagekeeper.shared.domain.Actor;
import com.cagekeeper.shared.domain.IdentityDocument;
import com.cagekeeper.shared.domain.Page;

@Path("/api/v1/people")
@Tag(name = "People", description = "The customer's people approved in writing to enter its spaces: asked for, approved, revoked, removed (§3.2)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PersonResource {

    @Inject
    PersonService people;
    @Inject
    Creations creations;
    @Context
    UriInfo uri;

    @POST
    @RolesAllowed({ Actor.CUSTOMER, Actor.OPERATIONS })
    @Operation(operationId = "requestPerson", summary = "Ask for a person to be approved (§3.2)", description = "Roles: customer (for itself), operations (naming customerId). The person is REQUESTED and has no access until approved in writing. Accepts an Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = PersonView.class)))
    public Response request(@HeaderParam(Creations.HEADER) String idempotencyKey,
            @NotNull @Valid PersonRequest.Create request) {
        return creations.create(idempotencyKey, uri, request, () -> people.request(request.ask()));
    }

    @GET
    @RolesAllowed({ Actor.OPERATIONS, Actor.SECURITY, Actor.CUSTOMER, Actor.AUDITOR })
    @Operation(operationId = "listPeople", summary = "List or look up people", description = "Roles: operations, security, auditor; a customer token lists only its own people. Filters: customerId, state; idDocumentType with idDocumentNumber finds a person at the door.")
    public Page<PersonView> list(@QueryParam("customerId") String customerId,
            @QueryParam("state") @Parameter(schema = @Schema(implementation = PersonState.class)) String state,
            @QueryParam("idDocumentType") @Parameter(schema = @Schema(implementation = IdentityDocument.Type.class)) String idDocumentType,
            @QueryParam("idDocumentNumber") String idDocumentNumber, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        return people.list(customerId, QueryParams.enumValue(PersonState.class, "state", state),
                QueryParams.enumValue(IdentityDocument.Type.class, "idDocumentType", idDocumentType),
                QueryParams.text(idDocumentNumber),
                QueryParams.page(limit, cursor));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Actor.OPERATIONS, Actor.SECURITY, Actor.CUSTOMER, Actor.AUDITOR })
    @Operation(operationId = "getPerson", summary = "Read a person", description = "Roles: operations, security, auditor, customer (its own people only; otherwise 404).")
    @APIResponse(responseCode = "200", description = "The person", content = @Content(schema = @Schema(implementation = PersonView.class)))
    public Response get(@PathParam("id") String id) {
        return ETags.ok(people.get(id));
    }

    @POST
    @Path("{id}/approval")
    @RolesAllowed(Actor.OPERATIONS)
    @Operation(operationId = "approvePerson", summary = "Approve a person in writing (§3.2)", description = "Roles: operations. Records approver, time and the written approval's reference. Refused (422) when the customer does not sublease the spaces the approval covers. Also reinstates a revoked or lapsed person.")
    @APIResponse(responseCode = "200", description = "The approved person", content = @Content(schema = @Schema(implementation = PersonView.class)))
    public Response approve(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid PersonRequest.Approval request) {
        return ETags.ok(people.approve(id, ETags.expectedVersion(ifMatch), request.writtenApprovalReference(),
                request.validFrom(), request.validUntil()));
    }

    @POST
    @Path("{id}/revocation")
    @RolesAllowed(Actor.OPERATIONS)
    @Operation(operationId = "revokePerson", summary = "Revoke a person's access (§3.2)", description = "Roles: operations. Effective on the next check; the customer cannot undo it; only a new approval reinstates.")
    @APIResponse(responseCode = "200", description = "The revoked person", content = @Content(schema = @Schema(implementation = PersonView.class)))
    public Response revoke(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid PersonRequest.Revocation request) {
        return ETags.ok(people.revoke(id, ETags.expectedVersion(ifMatch), request.reason(), request.text()));
    }

    @POST
    @Path("{id}/removal")
    @RolesAllowed({ Actor.CUSTOMER, Actor.OPERATIONS })
    @Operation(operationId = "removePerson", summary = "Remove a person from the customer's list", description = "Roles: customer (its own people), operations. Effective on the next check. A revoked person cannot be removed: the revocation stands.")
    @APIResponse(responseCode = "200", description = "The removed person", content = @Content(schema = @Schema(implementation = PersonView.class)))
    public Response remove(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid PersonRequest.Removal request) {
        return ETags.ok(people.remove(id, ETags.expectedVersion(ifMatch), request == null ? null : request.note()));
    }
}
