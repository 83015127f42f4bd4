package com.cagekeeper.billing.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.cagekeeper.audit.application.AuditTrail;
import com.cagekeeper.billing.domain.BillingSettings;
import com.cagekeeper.billing.domain.Charge;
import com.cagekeeper.billing.domain.Invoice;
import com.cagekeeper.billing.domain.InvoiceFacts;
import com.cagekeeper.billing.domain.LateCharges;
import com.cagekeeper.customer.application.CustomerService;
import com.cagekeeper.shared.domain.Actor;
import com.cagekeeper.shared.domain.ChargeKind;
import com.cagekeeper.shared.domain.Ids;
import com.cagekeeper.shared.domain.Money;
import com.cagekeeper.shared.domain.NotFound;
import com.cagekeeper.shared.domain.Page;
import com.cagekeeper.shared.domain.PageRequest;
import com.cagekeeper.shared.domain.RuleViolation;
import com.cagekeeper.shared.persistence.Where;
import com.cagekeeper.shared.security.CurrentActor;

/**
 * The ledger of what Cagekeeper charges a customer on top of its invoices. Entries are only
 * ever added: late charges by a posting, and the charges other features incur (storage,
 * restoration, removal, disposal, termination) through {@link #charge}.
 */
@ApplicationScoped
public class ChargeService {

    static final String TYPE = "Charge";

    @Inject
    Clock clock;
    @Inject
    CurrentActor current;
    @Inject
    AuditTrail audit;
    @Inject
    CustomerService customers;
    @Inject
    BillingSettings settings;
    @Inject
    BillingFacts facts;

    /**
     * Adds one entry to the customer's ledger, in the caller's transaction: what is charged
     * (kind, a positive amount in the customer's billing currency), for which period (both
     * ends optional, from not after to), under which clause and because of which object.
     * The entry is audited as posted by the request's actor (the service itself outside a
     * request). An unknown customer is a 422 CUSTOMER_UNKNOWN, another currency a 422
     * CURRENCY_MISMATCH; a second entry of the same kind, source and period end is refused
     * by the database (409).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ChargeView charge(String customerId, ChargeKind kind, Money amount, LocalDate from, LocalDate to,
            String clause, String sourceType, String sourceId) {
        if (kind == null || amount == null || isBlank(clause) || isBlank(sourceType) || isBlank(sourceId)) {
            throw new IllegalArgumentException("a charge names its kind, amount, clause and source");
        }
        var account = customers.account(customerId, Actor.SYSTEM).orElseThrow(() -> RuleViolation
                .unprocessable("CUSTOMER_UNKNOWN", null, "Customer " + customerId + " does not exist."));
        RuleViolation.unprocessableIf(
                Invoice.currencyRefusal("amount.currency", amount.currency(), account.billingCurrency()));
        Charge.Entry entry = new Charge.Entry(kind, amount, from, to, clause, sourceType, sourceId);
        RuleViolation.unprocessableIf(Charge.entryRefusal(entry));
        return post(account, entry, CurrentActor.orSystem(current));
    }

    /**
     * §4.1 (rule 17): posts the late charges accrued since the last posting, through today in
     * the customer's time zone: one LATE_CHARGE entry per invoice, for the days since the
     * period its last entry ended, of what accrued through today less what was posted for the
     * invoice before. A second posting on the same day posts nothing for an invoice posted
     * that day; nothing is posted when nothing more accrued.
     */
    @Transactional
    public LateChargePostingView postLateCharges(String customerId) {
        var account = customers.account(customerId, current.actor())
                .orElseThrow(() -> new NotFound("Customer", customerId));
        LocalDate today = account.today();
        LateCharges lateCharges = LateCharges.of(settings);
        Map<String, Charge.Posted> posted = posted(account.customerId());
        Actor actor = current.actor();
        List<ChargeView> entries = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (InvoiceFacts invoice : facts.of(account.customerId())) {
            Charge.Posted before = posted.getOrDefault(invoice.invoiceId(), Charge.Posted.NOTHING);
            if (today.equals(before.lastPeriodTo()) || !today.isAfter(invoice.dueOn())) {
                continue;
            }
            BigDecimal due = lateCharges.accrued(invoice.lateDebt(today), today).subtract(before.total());
            if (due.signum() <= 0) {
                continue;
            }
            LocalDate from = (before.lastPeriodTo() == null ? invoice.dueOn() : before.lastPeriodTo()).plusDays(1);
            Charge.Entry entry = new Charge.Entry(ChargeKind.LATE_CHARGE, new Money(due, invoice.currency()), from,
                    today, LateCharges.CLAUSE, Charge.INVOICE, invoice.invoiceId());
            entries.add(post(account, entry, actor));
            total = total.add(due);
        }
        return new LateChargePostingView(account.customerId(), today, entries,
                new Money(total, account.billingCurrency()));
    }

    /** The customer's ledger, oldest entry first; a customer token reads only its own (404 otherwise). */
    @Transactional
    public Page<ChargeView> list(String customerId, ChargeKind kind, PageRequest page) {
        var account = customers.account(customerId, current.actor())
                .orElseThrow(() -> new NotFound("Customer", customerId));
        return new Where().eq("e.customerId", account.customerId()).eq("e.kind", kind)
                .page(Charge.class, page, ChargeView::of);
    }

    private Map<String, Charge.Posted> posted(String customerId) {
        Map<String, Charge.Posted> posted = new HashMap<>();
        for (Charge c : Charge.of(customerId, ChargeKind.LATE_CHARGE, Charge.INVOICE)) {
            Charge.Posted p = posted.getOrDefault(c.sourceId, Charge.Posted.NOTHING);
            LocalDate last = p.lastPeriodTo() == null || c.periodTo.isAfter(p.lastPeriodTo()) ? c.periodTo
                    : p.lastPeriodTo();
            posted.put(c.sourceId, new Charge.Posted(p.total().add(c.amount.amount()), last));
        }
        return posted;
    }

    private ChargeView post(CustomerService.Account account, Charge.Entry entry, Actor actor) {
        Charge c = Charge.post(Ids.newId(clock), clock.instant(), account.customerId(), entry, account.today(),
                actor.subject());
        c.persist();
        ChargeView after = ChargeView.of(c);
        audit.record(actor, TYPE, c.id, "CHARGE_POSTED", entry.kind() + " under " + entry.clause(), null, after);
        return after;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /**
     * The customer's entries that came from these objects, oldest first, for a feature's read
     * model (the end of term shows what it charged); a customer token reads only its own.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ChargeView> fromSources(String customerId, java.util.Collection<String> sourceIds) {
        if (customerId == null || sourceIds.isEmpty() || !current.actor().maySee(customerId)) {
            return List.of();
        }
        return Charge.<Charge>list("customerId = ?1 and sourceId in ?2 order by createdAt, id", customerId,
                java.util.Set.copyOf(sourceIds)).stream().map(ChargeView::of).toList();
    }
}
