package com.cagekeeper.shared.domain;

import java.util.Optional;
import java.util.Set;

/**
 * Who is acting: the token's subject, its roles and, for a customer token, the customer
 * it acts for. Application services use it for tenancy and the audit trail.
 */
public record Actor(String subject, Set<String> roles, String customerId) {

    public static final String OPERATIONS = "operations";
    public static final String SECURITY = "security";
    public static final String BILLING = "billing";
    public static final String CUSTOMER = "customer";
    public static final String AUDITOR = "auditor";

    /** The provider itself, for changes the service makes on its own (sweeps, automatic terminations). */
    public static final Actor SYSTEM = new Actor("cagekeeper", Set.of("system"), null);

    public boolean isCustomer() {
        return roles.contains(CUSTOMER) && !isProviderStaff();
    }

    public boolean isProviderStaff() {
        return roles.contains(OPERATIONS) || roles.contains(SECURITY) || roles.contains(BILLING)
                || roles.contains(AUDITOR) || roles.contains("system");
    }

    /** The customer whose data alone this actor may see, if it is limited to one. */
    public Optional<String> tenant() {
        return isCustomer() ? Optional.ofNullable(customerId) : Optional.empty();
    }

    /** Whether this actor may see objects of the given customer. */
    public boolean maySee(String ownerCustomerId) {
        return tenant().map(t -> t.equals(ownerCustomerId)).orElse(true);
    }

    /**
     * The customer a creation is for: a customer token acts for itself (naming another is a 400),
     * provider staff must name one.
     */
    public String actingFor(String requestedCustomerId) {
        if (tenant().isPresent()) {
            if (requestedCustomerId != null && !requestedCustomerId.equals(customerId)) {
                throw new InvalidInput("customerId", "must be your own customer id or absent");
            }
            return customerId;
        }
        if (requestedCustomerId == null) {
            throw new InvalidInput("customerId", "must name the customer this is for");
        }
        return requestedCustomerId;
    }

    public String rolesText() {
        return String.join(",", new java.util.TreeSet<>(roles));
    }
}
