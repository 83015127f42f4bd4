package com.cagekeeper.billing.application;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.cagekeeper.billing.domain.Arrears;
import com.cagekeeper.billing.domain.BillingSettings;
import com.cagekeeper.billing.domain.LateCharges;
import com.cagekeeper.billing.domain.StandingPolicy;
import com.cagekeeper.customer.application.CustomerService;
import com.cagekeeper.shared.domain.Money;
import com.cagekeeper.shared.domain.NotFound;
import com.cagekeeper.shared.domain.Standing;
import com.cagekeeper.shared.security.CurrentActor;

/**
 * A customer's billing standing (§4.1, §3.5), derived on each read from its invoices,
 * payments and disputes and from whether a lien action stands; never stored.
 */
@ApplicationScoped
public class StandingService {

    @Inject
    CurrentActor current;
    @Inject
    CustomerService customers;
    @Inject
    BillingSettings settings;
    @Inject
    BillingFacts facts;
    @Inject
    LienStanding liens;

    /**
     * §4.1, §3.5: the customer's standing on a date, by default today in its time zone: the
     * undisputed amount past due, the oldest past-due date, the amounts in dispute and the late
     * charges accrued through the date. A date in the future projects from what is recorded
     * now. A customer token reads only its own (404 otherwise).
     */
    @Transactional
    public StandingView standing(String customerId, LocalDate on) {
        var account = customers.account(customerId, CurrentActor.orSystem(current))
                .orElseThrow(() -> new NotFound("Customer", customerId));
        LocalDate date = on == null ? account.today() : on;
        LateCharges lateCharges = LateCharges.of(settings);
        Arrears a = Arrears.of(facts.of(account.customerId()), date, lateCharges);
        Standing standing = StandingPolicy.derive(a.undisputedPastDue(),
                liens.lienActionStanding(account.customerId()));
        String c = account.billingCurrency();
        return new StandingView(account.customerId(), date, standing, money(a.undisputedPastDue(), c),
                a.oldestPastDueOn(), a.daysPastDue(), a.invoicesPastDue(), money(a.disputed(), c),
                money(a.lateCharges(), c), lateCharges.monthlyRate().toPlainString());
    }

    /**
     * The customers with an invoice due before the date: those that may have undisputed amounts
     * past due (their standing tells). For the delinquency list (§3.5).
     */
    @Transactional
    public java.util.List<String> customersWithInvoicesDueBefore(LocalDate date) {
        return com.cagekeeper.billing.domain.Invoice.<com.cagekeeper.billing.domain.Invoice>find(
                "select distinct i.customerId from Invoice i where i.dueOn < ?1 order by i.customerId", date)
                .project(String.class).list();
    }

    private static Money money(java.math.BigDecimal amount, String currency) {
        return new Money(amount, currency);
    }
}
