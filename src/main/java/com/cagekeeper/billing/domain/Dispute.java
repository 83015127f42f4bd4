package com.cagekeeper.billing.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import com.cagekeeper.shared.domain.Money;
import com.cagekeeper.shared.domain.Rejection;
import com.cagekeeper.shared.persistence.BaseEntity;

/**
 * The customer disputes part of an invoice. While open, the amount is not past due and
 * carries no late charge (§3.5 and §4.1 speak of undisputed amounts); upheld, it is written
 * off; withdrawn, it is owed again, past due as of the invoice's original due date.
 */
@Entity
@Table(name = "disputes")
public class Dispute extends BaseEntity {

    public String invoiceId;
    public String customerId;
    @Embedded
    public Money amount;
    public String reason;
    public LocalDate openedOn;
    @Enumerated(EnumType.STRING)
    public DisputeState state;
    public LocalDate resolvedOn;
    public String resolutionNote;
    public String recordedBy;
    public String resolvedBy;

    public static Dispute open(String id, Instant now, Invoice invoice, Money amount, String reason,
            LocalDate openedOn, String recordedBy) {
        Dispute d = new Dispute();
        d.stampCreated(id, now);
        d.invoiceId = invoice.id;
        d.customerId = invoice.customerId;
        d.amount = amount;
        d.reason = reason;
        d.openedOn = openedOn;
        d.state = DisputeState.OPEN;
        d.recordedBy = recordedBy;
        return d;
    }

    /** Only what the customer owes without contest can be disputed: not more than the undisputed open amount. */
    public static Optional<Rejection> excessRefusal(BigDecimal amount, BigDecimal undisputedOpen, String currency) {
        if (amount.compareTo(undisputedOpen) <= 0) {
            return Optional.empty();
        }
        return Optional.of(new Rejection("DISPUTE_EXCEEDS_UNDISPUTED_AMOUNT", "§4.1", "The dispute of " + amount
                + " " + currency + " is more than the " + undisputedOpen + " " + currency
                + " of the invoice that is open and not already disputed.").at("amount.amount"));
    }

    /** A dispute is opened on or after the invoice's issue. */
    public static Optional<Rejection> openedOnRefusal(LocalDate openedOn, LocalDate issuedOn) {
        if (!openedOn.isBefore(issuedOn)) {
            return Optional.empty();
        }
        return Optional.of(new Rejection("DISPUTE_BEFORE_INVOICE", "§4.1", "openedOn " + openedOn
                + " is before the invoice's issue on " + issuedOn + ".").at("openedOn"));
    }

    /** A dispute is resolved once. */
    public Optional<Rejection> resolutionRefusal() {
        if (state == DisputeState.OPEN) {
            return Optional.empty();
        }
        return Optional.of(new Rejection("DISPUTE_RESOLVED", "§4.1",
                "The dispute was already resolved on " + resolvedOn + " as " + state + "."));
    }

    /** A dispute is resolved on or after the day it was opened. */
    public Optional<Rejection> resolvedOnRefusal(LocalDate on) {
        if (!on.isBefore(openedOn)) {
            return Optional.empty();
        }
        return Optional.of(new Rejection("DISPUTE_RESOLVED_BEFORE_OPENED", "§4.1", "resolvedOn " + on
                + " is before the dispute was opened on " + openedOn + ".").at("resolvedOn"));
    }

    public void resolve(DisputeOutcome outcome, LocalDate on, String by, String note, Instant now) {
        this.state = outcome.state();
        this.resolvedOn = on;
        this.resolvedBy = by;
        this.resolutionNote = note;
        touch(now);
    }

    public static List<Dispute> ofInvoices(Collection<String> invoiceIds) {
        return invoiceIds.isEmpty() ? List.of() : list("invoiceId in ?1 order by id", invoiceIds);
    }

    public static List<Dispute> ofCustomers(Collection<String> customerIds) {
        return list("customerId in ?1 order by id", customerIds);
    }

    public InvoiceFacts.DisputeFact fact() {
        return new InvoiceFacts.DisputeFact(amount.amount(), openedOn, state, resolvedOn);
    }
}
