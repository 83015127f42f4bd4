package com.cagekeeper.customer.application;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import com.cagekeeper.shared.domain.Standing;

/**
 * What the customer owes, as the feature that keeps it (billing) answers: the customer's
 * standing is derived from it, never stored. Declared here and implemented by billing, so
 * that the customer feature does not depend on billing.
 */
public interface Obligations {

    /** The customer's standing on a date, counted in its time zone. */
    Standing standing(String customerId, LocalDate on);

    /** The standings of several customers, each on its own date: one call for a page of customers. */
    Map<String, Standing> standings(Map<String, LocalDate> onByCustomer);

    /** The currency the customer's invoices and charges are in, if it has any. */
    Optional<String> billedCurrency(String customerId);
}
