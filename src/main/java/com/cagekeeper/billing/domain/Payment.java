package com.cagekeeper.billing.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import com.cagekeeper.shared.domain.Money;
import com.cagekeeper.shared.domain.Rejection;
import com.cagekeeper.shared.persistence.BaseEntity;

/** A payment the billing system allocated to an invoice. */
@Entity
@Table(name = "payments")
public class Payment extends BaseEntity {

    public String invoiceId;
    public String customerId;
    @Embedded
    public Money amount;
    public LocalDate paidOn;
    public String reference;
    public String recordedBy;

    public static Payment record(String id, Instant now, Invoice invoice, Money amount, LocalDate paidOn,
            String reference, String recordedBy) {
        Payment p = new Payment();
        p.stampCreated(id, now);
        p.invoiceId = invoice.id;
        p.customerId = invoice.customerId;
        p.amount = amount;
        p.paidOn = paidOn;
        p.reference = reference;
        p.recordedBy = recordedBy;
        return p;
    }

    /** A payment settles at most what is open on the invoice; more is not a payment of it. */
    public static Optional<Rejection> overpaymentRefusal(BigDecimal amount, BigDecimal open, String currency) {
        if (amount.compareTo(open) <= 0) {
            return Optional.empty();
        }
        return Optional.of(new Rejection("PAYMENT_EXCEEDS_OPEN_AMOUNT", "§4.1", "The payment of " + amount + " "
                + currency + " is more than the " + open + " " + currency + " open on the invoice.")
                .at("amount.amount"));
    }

    public static List<Payment> ofInvoices(Collection<String> invoiceIds) {
        return invoiceIds.isEmpty() ? List.of() : list("invoiceId in ?1 order by id", invoiceIds);
    }

    public static List<Payment> ofCustomers(Collection<String> customerIds) {
        return list("customerId in ?1 order by id", customerIds);
    }

    public InvoiceFacts.PaymentFact fact() {
        return new InvoiceFacts.PaymentFact(paidOn, amount.amount());
    }
}
