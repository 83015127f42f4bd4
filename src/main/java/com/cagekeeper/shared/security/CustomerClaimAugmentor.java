package com.cagekeeper.shared.security;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import com.cagekeeper.shared.domain.Actor;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * A {@code customer} token must name the customer it acts for ({@code customer_id}). Without
 * the claim the token keeps no customer role, so every endpoint of that role answers 403, not
 * only the ones whose service happens to ask for the customer.
 */
@ApplicationScoped
public class CustomerClaimAugmentor implements SecurityIdentityAugmentor {

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !identity.hasRole(Actor.CUSTOMER)
                || !(identity.getPrincipal() instanceof JsonWebToken token)
                || CurrentActor.customerOf(token) != null) {
            return Uni.createFrom().item(identity);
        }
        QuarkusSecurityIdentity.Builder withoutCustomerRole = QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addCredentials(identity.getCredentials())
                .addAttributes(identity.getAttributes())
                .addPermissionChecker(identity::checkPermission);
        identity.getRoles().stream().filter(role -> !role.equals(Actor.CUSTOMER))
                .forEach(withoutCustomerRole::addRole);
        return Uni.createFrom().item(withoutCustomerRole.build());
    }
}
