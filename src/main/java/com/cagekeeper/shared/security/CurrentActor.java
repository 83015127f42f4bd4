package com.cagekeeper.shared.security;

import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import com.cagekeeper.shared.domain.Actor;

import io.quarkus.arc.Arc;
import io.quarkus.security.ForbiddenException;

/** The actor of the current request, read from its verified token. */
@RequestScoped
public class CurrentActor {

    /** The claim naming the customer a {@code customer} token acts for. */
    public static final String CUSTOMER_CLAIM = "customer_id";

    @Inject
    JsonWebToken token;

    private Actor actor;

    public Actor actor() {
        if (actor == null) {
            Set<String> groups = token.getGroups() == null ? Set.of() : Set.copyOf(token.getGroups());
            String customerId = null;
            if (groups.contains(Actor.CUSTOMER)) {
                customerId = customerOf(token);
                if (customerId == null) {
                    throw new ForbiddenException("A customer token must carry the customer_id claim");
                }
            }
            actor = new Actor(token.getSubject() == null ? token.getName() : token.getSubject(), groups,
                    customerId);
        }
        return actor;
    }

    /**
     * The actor of the current request; outside a request, or in one without a verified token
     * (a scheduled job, work another feature does on its own), the service itself.
     */
    public static Actor orSystem(CurrentActor current) {
        if (!Arc.container().requestContext().isActive()) {
            return Actor.SYSTEM;
        }
        Actor actor = current.actor();
        return actor.subject() == null ? Actor.SYSTEM : actor;
    }

    /** The customer a token acts for, or null when its {@code customer_id} claim is absent or blank. */
    static String customerOf(JsonWebToken token) {
        Object claim = token.getClaim(CUSTOMER_CLAIM);
        String customerId = claim == null ? null : claim.toString().replace("\"", "");
        return customerId == null || customerId.isBlank() ? null : customerId;
    }
}
