package com.cagekeeper.billing.application;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.cagekeeper.billing.domain.Arrears;
import com.cagekeeper.billing.domain.BillingSettings;
import com.cagekeeper.billing.domain.Charge;
import com.cagekeeper.billing.domain.Invoice;
import com.cagekeeper.billing.domain.LateCharges;
import com.cagekeeper.billing.domain.StandingPolicy;
import com.cagekeeper.customer.application.Obligations;
import com.cagekeeper.shared.domain.Standing;

/**
 * Billing's answer to what a customer owes, for the customer's own representation: the same
 * derivation as {@link StandingService#standing}, without the figures.
 */
@ApplicationScoped
public class BillingObligations implements Obligations {

    @Inject
    BillingSettings settings;
    @Inject
    BillingFacts facts;
    @Inject
    LienStanding liens;

    @Override
    @Transactional
    public Standing standing(String customerId, LocalDate on) {
        return standings(Map.of(customerId, on)).get(customerId);
    }

    @Override
    @Transactional
    public Map<String, Standing> standings(Map<String, LocalDate> onByCustomer) {
        LateCharges lateCharges = LateCharges.of(settings);
        var invoices = facts.of(onByCustomer.keySet());
        Map<String, Standing> standings = new HashMap<>();
        onByCustomer.forEach((customerId, on) -> standings.put(customerId, StandingPolicy.derive(
                Arrears.of(invoices.get(customerId), on, lateCharges).undisputedPastDue(),
                liens.lienActionStanding(customerId))));
        return standings;
    }

    @Override
    @Transactional
    public Optional<String> billedCurrency(String customerId) {
        Invoice invoice = Invoice.find("customerId", customerId).firstResult();
        if (invoice != null) {
            return Optional.of(invoice.amount.currency());
        }
        Charge charge = Charge.find("customerId", customerId).firstResult();
        return charge == null ? Optional.empty() : Optional.of(charge.amount.currency());
    }
}
