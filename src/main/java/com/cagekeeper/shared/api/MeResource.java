package com.cagekeeper.shared.api;

import java.util.List;
import java.util.TreeSet;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.cagekeeper.shared.domain.Actor;
import com.cagekeeper.shared.security.CurrentActor;

/**
 * Who the bearer token says the caller is: what a portal or the desk shows as signed in, and the
 * cheapest authenticated answer the service gives (the benchmark's measure of the framework).
 */
@Path("/api/v1/me")
@Tag(name = "Session", description = "The caller as its token names it")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    CurrentActor current;

    /** The token's subject, its roles, and for a customer token the customer it acts for. */
    public record MeView(String subject,
            @Schema(type = SchemaType.ARRAY, implementation = String.class) List<String> roles,
            @Schema(nullable = true) String customerId) {
    }

    @GET
    @RolesAllowed({ Actor.OPERATIONS, Actor.SECURITY, Actor.BILLING, Actor.CUSTOMER, Actor.AUDITOR })
    @Operation(operationId = "getMe", summary = "Read who the token names", description = "Roles: all. The token's subject, its roles (sorted) and, for a customer token, its customer id; nothing is read from the database.")
    @APIResponse(responseCode = "200", description = "The caller", content = @Content(schema = @Schema(implementation = MeView.class)))
    public MeView me() {
        Actor actor = current.actor();
        return new MeView(actor.subject(), List.copyOf(new TreeSet<>(actor.roles())), actor.tenant().orElse(null));
    }
}
