package com.cagekeeper.customer.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.cagekeeper.audit.application.AuditTrail;
import com.cagekeeper.customer.domain.Contact;
import com.cagekeeper.customer.domain.Customer;
import com.cagekeeper.shared.domain.Actor;
import com.cagekeeper.shared.domain.Address;
import com.cagekeeper.shared.domain.Ids;
import com.cagekeeper.shared.domain.NotFound;
import com.cagekeeper.shared.domain.Page;
import com.cagekeeper.shared.domain.PageRequest;
import com.cagekeeper.shared.domain.RuleViolation;
import com.cagekeeper.shared.domain.StaleVersion;
import com.cagekeeper.shared.persistence.Where;
import com.cagekeeper.shared.security.CurrentActor;

/** Customers: registered by operations; a customer token sees only itself. */
@ApplicationScoped
public class CustomerService {

    static final String TYPE = "Customer";

    @Inject
    Clock clock;
    @Inject
    CurrentActor current;
    @Inject
    AuditTrail audit;
    @Inject
    Obligations obligations;

    /**
     * What a customer is described with. A billing currency or time zone left out is USD and
     * UTC on registration, and unchanged on an update.
     */
    public record Description(String legalName, Address noticeAddress, List<Contact> contacts,
            String billingCurrency, String timeZone) {
    }

    /**
     * What other features count a customer's amounts and dates in: its billing currency and
     * its time zone, with today there.
     */
    public record Account(String customerId, String billingCurrency, ZoneId timeZone, LocalDate today) {
    }

    @Transactional
    public CustomerView register(String code, Description d) {
        if (Customer.byCode(code) != null) {
            throw RuleViolation.conflict("CUSTOMER_CODE_TAKEN", null, "A customer with code " + code + " exists.");
        }
        Customer c = Customer.register(Ids.newId(clock), clock.instant(), code, d.legalName(), d.noticeAddress(),
                d.contacts(), d.billingCurrency(), d.timeZone());
        c.persist();
        CustomerView after = view(c);
        audit.record(current.actor(), TYPE, c.id, "CUSTOMER_REGISTERED", null, null, after);
        return after;
    }

    @Transactional
    public CustomerView describe(String id, Long expectedVersion, Description d) {
        Customer c = load(id);
        StaleVersion.check(expectedVersion, c.version);
        RuleViolation.conflictIf(
                c.billingCurrencyRefusal(d.billingCurrency(), obligations.billedCurrency(c.id)));
        CustomerView before = view(c);
        c.describe(d.legalName(), d.noticeAddress(), d.contacts(), d.billingCurrency(), d.timeZone());
        c.touch(clock.instant());
        return audit.change(current.actor(), TYPE, id, "CUSTOMER_UPDATED", null, before, () -> view(c));
    }

    @Transactional
    public CustomerView get(String id) {
        return view(load(id));
    }

    @Transactional
    public Page<CustomerView> list(String code, PageRequest page) {
        Page<Customer> customers = new Where().eq("e.code", code).eq("e.id", current.actor().tenant().orElse(null))
                .page(Customer.class, page, c -> c);
        // one call for the standings of the whole page
        Map<String, LocalDate> today = new HashMap<>();
        customers.items().forEach(c -> today.put(c.id, today(c)));
        var standings = obligations.standings(today);
        return new Page<>(customers.items().stream().map(c -> CustomerView.of(c, standings.get(c.id))).toList(),
                customers.next());
    }

    /** Whether the customer exists and the current actor may see it. */
    @Transactional
    public boolean visible(String id) {
        return Ids.isWellFormed(id) && current.actor().maySee(id) && Customer.findById(id) != null;
    }

    /**
     * The customer's billing currency, time zone and today there, when it exists and the
     * actor may see it; empty otherwise (the caller answers 404 or 422).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Account> account(String customerId, Actor actor) {
        String id = Ids.canonical(customerId);
        Customer c = Ids.isWellFormed(id) && actor.maySee(id) ? Customer.findById(id) : null;
        return c == null ? Optional.empty()
                : Optional.of(new Account(c.id, c.billingCurrency, c.zone(), today(c)));
    }

    private LocalDate today(Customer c) {
        return LocalDate.now(clock.withZone(c.zone()));
    }

    private CustomerView view(Customer c) {
        return CustomerView.of(c, obligations.standing(c.id, today(c)));
    }

    private Customer load(String id) {
        Actor actor = current.actor();
        // in the form billing keys the customer's invoices by (Ids.canonical)
        Customer c = Ids.isWellFormed(id) && actor.maySee(id) ? Customer.findById(Ids.canonical(id)) : null;
        if (c == null) {
            throw new NotFound(TYPE, id);
        }
        return c;
    }
}
