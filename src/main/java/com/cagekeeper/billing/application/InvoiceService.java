package com.cagekeeper.billing.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import com.cagekeeper.audit.application.AuditTrail;
import com.cagekeeper.billing.domain.Dispute;
import com.cagekeeper.billing.domain.DisputeOutcome;
import com.cagekeeper.billing.domain.DisputeState;
import com.cagekeeper.billing.domain.Invoice;
import com.cagekeeper.billing.domain.InvoiceFacts;
import com.cagekeeper.billing.domain.Payment;
import com.cagekeeper.billing.domain.PaymentTerms;
import com.cagekeeper.customer.application.CustomerService;
import com.cagekeeper.order.application.OrderService;
import com.cagekeeper.order.application.OrderView;
import com.cagekeeper.shared.persistence.CustomerOwned;
import com.cagekeeper.shared.domain.Actor;
import com.cagekeeper.shared.domain.Ids;
import com.cagekeeper.shared.domain.InvalidInput;
import com.cagekeeper.shared.domain.Money;
import com.cagekeeper.shared.domain.NotFound;
import com.cagekeeper.shared.domain.Page;
import com.cagekeeper.shared.domain.PageRequest;
import com.cagekeeper.shared.domain.Rejection;
import com.cagekeeper.shared.domain.RuleViolation;
import com.cagekeeper.shared.domain.StaleVersion;
import com.cagekeeper.shared.persistence.Where;
import com.cagekeeper.shared.security.CurrentActor;

/**
 * Invoices, the payments allocated to them and disputes of parts of them, as the billing
 * system reports them (§4.1). Every date is the customer's local date, and every amount is in
 * its billing currency. Writing against an invoice locks it, so concurrent payments and
 * disputes are checked one after the other against what is open.
 */
@ApplicationScoped
public class InvoiceService {

    static final String INVOICE = "Invoice";
    static final String PAYMENT = "Payment";
    static final String DISPUTE = "Dispute";

    @Inject
    Clock clock;
    @Inject
    CurrentActor current;
    @Inject
    AuditTrail audit;
    @Inject
    CustomerService customers;
    @Inject
    OrderService orders;

    /** An invoice as the billing system reports it; dueOn left out is derived from the order's payment term. */
    public record InvoiceRecording(String customerId, String number, String orderId, LocalDate issuedOn,
            LocalDate dueOn, Money amount) {
    }

    /**
     * The invoice already recorded under the customer and number, when the recording repeats
     * it exactly: a re-post answers it. Another content under the number is a 409.
     */
    @Transactional
    public Optional<InvoiceView> alreadyRecorded(InvoiceRecording r) {
        var account = customers.account(r.customerId(), current.actor());
        if (account.isEmpty()) {
            return Optional.empty();
        }
        Invoice existing = Invoice.byNumber(account.get().customerId(), r.number());
        if (existing == null) {
            return Optional.empty();
        }
        Optional<OrderView> order = order(r);
        RuleViolation.conflictIf(existing.renumberingRefusal(content(r, order)));
        return Optional.of(view(existing));
    }

    /** §4.1: records an invoice; due net 30 from issue unless its order or the billing system says otherwise. */
    @Transactional
    public InvoiceView record(InvoiceRecording r) {
        Actor actor = current.actor();
        var account = customers.account(r.customerId(), actor).orElseThrow(() -> RuleViolation
                .unprocessable("CUSTOMER_UNKNOWN", null, "Customer " + r.customerId() + " does not exist."));
        RuleViolation.unprocessableIf(
                Invoice.currencyRefusal("amount.currency", r.amount().currency(), account.billingCurrency()));
        positive("amount.amount", r.amount());
        Optional<OrderView> order = order(r);
        if (r.orderId() != null && order.isEmpty()) {
            throw RuleViolation.unprocessable("ORDER_UNKNOWN", "§4.1", "Order " + r.orderId()
                    + " is not an order of customer " + r.customerId() + ".");
        }
        Invoice.Content content = content(r, order);
        RuleViolation.unprocessableIf(Invoice.datesRefusal(content.issuedOn(), content.dueOn(), account.today()));
        Invoice existing = Invoice.byNumber(account.customerId(), r.number());
        if (existing != null) {
            // a re-post that raced the first one: the same content is the same invoice
            RuleViolation.conflictIf(existing.renumberingRefusal(content));
            return view(existing);
        }
        Invoice i = Invoice.record(Ids.newId(clock), clock.instant(), account.customerId(), content, actor.subject());
        i.persist();
        InvoiceView after = InvoiceView.of(i, List.of(), List.of());
        audit.record(actor, INVOICE, i.id, "INVOICE_RECORDED", null, null, after);
        return after;
    }

    /**
     * §7.4: what was invoiced for an order of the customer through a day (by issue date), for the
     * termination fee's average monthly billing; in the customer's billing currency.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public java.math.BigDecimal invoicedForOrder(String customerId, String orderId, LocalDate through) {
        return Invoice.totalForOrder(Ids.canonical(customerId), Ids.canonical(orderId), through);
    }

    /** §4.1: a payment allocated to the invoice; it cannot exceed what is open. */
    @Transactional
    public PaymentView pay(String invoiceId, Money amount, LocalDate paidOn, String reference) {
        Entry entry = entry(invoiceId, amount, paidOn, "PAYMENT_DATE_IN_FUTURE", "paidOn");
        Invoice i = entry.invoice();
        LocalDate on = entry.on();
        InvoiceFacts facts = facts(i);
        RuleViolation.unprocessableIf(Payment.overpaymentRefusal(amount.amount(), facts.openOn(LocalDate.MAX),
                amount.currency()));
        Actor actor = current.actor();
        Payment p = Payment.record(Ids.newId(clock), clock.instant(), i, amount, on, reference, actor.subject());
        p.persist();
        i.touch(clock.instant());
        PaymentView after = PaymentView.of(p);
        audit.record(actor, PAYMENT, p.id, "PAYMENT_RECORDED", "Invoice " + i.number, null, after);
        return after;
    }

    /** The customer disputes part of the invoice: at most what is open and not already disputed. */
    @Transactional
    public DisputeView dispute(String invoiceId, Money amount, String reason, LocalDate openedOn) {
        Entry entry = entry(invoiceId, amount, openedOn, "DISPUTE_DATE_IN_FUTURE", "openedOn");
        Invoice i = entry.invoice();
        LocalDate on = entry.on();
        RuleViolation.unprocessableIf(Dispute.openedOnRefusal(on, i.issuedOn));
        InvoiceFacts facts = facts(i);
        RuleViolation.unprocessableIf(Dispute.excessRefusal(amount.amount(),
                facts.undisputedOpenOn(LocalDate.MAX), amount.currency()));
        Actor actor = current.actor();
        Dispute d = Dispute.open(Ids.newId(clock), clock.instant(), i, amount, reason, on, actor.subject());
        d.persist();
        i.touch(clock.instant());
        DisputeView after = DisputeView.of(d);
        audit.record(actor, DISPUTE, d.id, "DISPUTE_OPENED", reason, null, after);
        return after;
    }

    /** Ends a dispute: UPHELD writes the amount off; WITHDRAWN makes it owed again, as of the original due date. */
    @Transactional
    public DisputeView resolve(String disputeId, Long expectedVersion, DisputeOutcome outcome, LocalDate resolvedOn,
            String note) {
        Dispute d = Ids.isWellFormed(disputeId)
                ? Dispute.findById(Ids.canonical(disputeId), LockModeType.PESSIMISTIC_WRITE)
                : null;
        if (d == null || !current.actor().maySee(d.customerId)) {
            throw new NotFound(DISPUTE, disputeId);
        }
        StaleVersion.check(expectedVersion, d.version);
        RuleViolation.conflictIf(d.resolutionRefusal());
        Invoice i = Invoice.findById(d.invoiceId, LockModeType.PESSIMISTIC_WRITE);
        var account = account(i);
        LocalDate on = resolvedOn == null ? account.today() : resolvedOn;
        RuleViolation.unprocessableIf(Invoice.futureDateRefusal("DISPUTE_DATE_IN_FUTURE", "resolvedOn", on,
                account.today()));
        RuleViolation.unprocessableIf(d.resolvedOnRefusal(on));
        Actor actor = current.actor();
        DisputeView before = DisputeView.of(d);
        d.resolve(outcome, on, actor.subject(), note, clock.instant());
        i.touch(clock.instant());
        return audit.change(actor, DISPUTE, d.id, "DISPUTE_" + outcome, note, before, () -> DisputeView.of(d));
    }

    @Transactional
    public InvoiceView get(String id) {
        return view(load(id));
    }

    @Transactional
    public Page<InvoiceView> list(String customerId, String orderId, String number, PageRequest page) {
        Actor actor = current.actor();
        if (customerId != null && !actor.maySee(customerId)) {
            return new Page<>(List.of(), null);
        }
        Page<Invoice> invoices = new Where().eq("e.customerId", actor.tenant().orElse(customerId))
                .eq("e.orderId", orderId).eq("e.number", number).page(Invoice.class, page, i -> i);
        List<String> ids = invoices.items().stream().map(i -> i.id).toList();
        List<Payment> payments = Payment.ofInvoices(ids);
        List<Dispute> disputes = Dispute.ofInvoices(ids);
        return new Page<>(invoices.items().stream().map(i -> InvoiceView.of(i, payments, disputes)).toList(),
                invoices.next());
    }

    @Transactional
    public PaymentView payment(String id) {
        Payment p = Ids.isWellFormed(id) ? Payment.findById(Ids.canonical(id)) : null;
        if (p == null || !current.actor().maySee(p.customerId)) {
            throw new NotFound(PAYMENT, id);
        }
        return PaymentView.of(p);
    }

    @Transactional
    public Page<PaymentView> payments(String customerId, String invoiceId, PageRequest page) {
        Actor actor = current.actor();
        if (customerId != null && !actor.maySee(customerId)) {
            return new Page<>(List.of(), null);
        }
        return new Where().eq("e.customerId", actor.tenant().orElse(customerId)).eq("e.invoiceId", invoiceId)
                .page(Payment.class, page, PaymentView::of);
    }

    @Transactional
    public DisputeView disputeOf(String id) {
        Dispute d = Ids.isWellFormed(id) ? Dispute.findById(Ids.canonical(id)) : null;
        if (d == null || !current.actor().maySee(d.customerId)) {
            throw new NotFound(DISPUTE, id);
        }
        return DisputeView.of(d);
    }

    @Transactional
    public Page<DisputeView> disputes(String customerId, String invoiceId, DisputeState state, PageRequest page) {
        Actor actor = current.actor();
        if (customerId != null && !actor.maySee(customerId)) {
            return new Page<>(List.of(), null);
        }
        return new Where().eq("e.customerId", actor.tenant().orElse(customerId)).eq("e.invoiceId", invoiceId)
                .eq("e.state", state).page(Dispute.class, page, DisputeView::of);
    }

    private Optional<OrderView> order(InvoiceRecording r) {
        return r.orderId() == null ? Optional.empty() : orders.ofCustomer(r.orderId(), r.customerId());
    }

    private static Invoice.Content content(InvoiceRecording r, Optional<OrderView> order) {
        LocalDate dueOn = PaymentTerms.dueOn(r.issuedOn(), r.dueOn(), order.map(OrderView::paymentTermDays)
                .orElse(null));
        return new Invoice.Content(r.number(), Ids.canonical(r.orderId()), r.issuedOn(), dueOn, r.amount());
    }

    /** The invoice a payment or dispute is entered against, locked, and the entry's date. */
    private record Entry(Invoice invoice, LocalDate on) {
    }

    /**
     * What a payment and a dispute both check first: the invoice (locked), the currency, an
     * amount above zero, and a date not after the customer's today (defaulting to it).
     */
    private Entry entry(String invoiceId, Money amount, LocalDate given, String futureCode, String dateField) {
        Invoice i = lock(invoiceId);
        var account = account(i);
        RuleViolation.unprocessableIf(
                Invoice.currencyRefusal("amount.currency", amount.currency(), i.amount.currency()));
        positive("amount.amount", amount);
        LocalDate on = given == null ? account.today() : given;
        RuleViolation.unprocessableIf(Invoice.futureDateRefusal(futureCode, dateField, on, account.today()));
        return new Entry(i, on);
    }

    /** §4.1: an invoice, payment or dispute of nothing records nothing (422: valid input, a rule refuses it). */
    private static void positive(String field, Money amount) {
        RuleViolation.unprocessableIf(amount.amount().signum() > 0 ? java.util.Optional.empty()
                : java.util.Optional.of(new Rejection("AMOUNT_NOT_POSITIVE", "§4.1", "The amount must be more than zero.")
                        .at(field)));
    }

    private CustomerService.Account account(Invoice i) {
        return customers.account(i.customerId, Actor.SYSTEM).orElseThrow();
    }

    private static InvoiceFacts facts(Invoice i) {
        List<String> ids = List.of(i.id);
        return InvoiceView.facts(i, Payment.ofInvoices(ids), Dispute.ofInvoices(ids));
    }

    private static InvoiceView view(Invoice i) {
        List<String> ids = List.of(i.id);
        return InvoiceView.of(i, Payment.ofInvoices(ids), Dispute.ofInvoices(ids));
    }

    private Invoice lock(String id) {
        return CustomerOwned.find(Invoice.class, INVOICE, id, LockModeType.PESSIMISTIC_WRITE, i -> i.customerId,
                current.actor());
    }

    private Invoice load(String id) {
        return CustomerOwned.find(Invoice.class, INVOICE, id, LockModeType.NONE, i -> i.customerId, current.actor());
    }
}
