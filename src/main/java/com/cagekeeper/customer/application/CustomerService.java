package com.cagekeeper.customer.application;

import java.time.Clock;
import java.util.List;

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

    /** What a customer is described with. */
    public record Description(String legalName, Address noticeAddress, List<Contact> contacts) {
    }

    @Transactional
    public CustomerView register(String code, Description d) {
        if (Customer.byCode(code) != null) {
            throw RuleViolation.conflict("CUSTOMER_CODE_TAKEN", null, "A customer with code " + code + " exists.");
        }
        Customer c = Customer.register(Ids.newId(clock), clock.instant(), code, d.legalName(), d.noticeAddress(),
                d.contacts());
        c.persist();
        CustomerView after = CustomerView.of(c);
        audit.record(current.actor(), TYPE, c.id, "CUSTOMER_REGISTERED", null, null, after);
        return after;
    }

    @Transactional
    public CustomerView describe(String id, Long expectedVersion, Description d) {
        Customer c = load(id);
        StaleVersion.check(expectedVersion, c.version);
        CustomerView before = CustomerView.of(c);
        c.describe(d.legalName(), d.noticeAddress(), d.contacts());
        c.touch(clock.instant());
        return audit.change(current.actor(), TYPE, id, "CUSTOMER_UPDATED", null, before, () -> CustomerView.of(c));
    }

    @Transactional
    public CustomerView get(String id) {
        return CustomerView.of(load(id));
    }

    @Transactional
    public Page<CustomerView> list(String code, PageRequest page) {
        return new Where().eq("e.code", code).eq("e.id", current.actor().tenant().orElse(null))
                .page(Customer.class, page, CustomerView::of);
    }

    /** Whether the customer exists and the current actor may see it. */
    @Transactional
    public boolean visible(String id) {
        return Ids.isWellFormed(id) && current.actor().maySee(id) && Customer.findById(id) != null;
    }

    private Customer load(String id) {
        Actor actor = current.actor();
        Customer c = Ids.isWellFormed(id) && actor.maySee(id) ? Customer.findById(id) : null;
        if (c == null) {
            throw new NotFound(TYPE, id);
        }
        return c;
    }
}
