package com.cagekeeper.billing.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import com.cagekeeper.shared.domain.Money;
import com.cagekeeper.shared.domain.Rejection;
import com.cagekeeper.shared.persistence.BaseEntity;

/**
 * An invoice the billing system issued to the customer (§4.1), as Cagekeeper is told of it.
 * Its content never changes; its version moves when a payment or dispute is recorded
 * against it, so its ETag follows what is open.
 */
@Entity
@Table(name = "invoices")
public class Invoice extends BaseEntity {

    public String customerId;
    /** The billing system's number, unique per customer. */
    public String number;
    public String orderId;
    public LocalDate issuedOn;
    public LocalDate dueOn;
    @Embedded
    public Money amount;
    public String recordedBy;

    /** What an invoice says. */
    public record Content(String number, String orderId, LocalDate issuedOn, LocalDate dueOn, Money amount) {
    }

    public static Invoice record(String id, Instant now, String customerId, Content c, String recordedBy) {
        Invoice i = new Invoice();
        i.stampCreated(id, now);
        i.customerId = customerId;
        i.number = c.number();
        i.orderId = c.orderId();
        i.issuedOn = c.issuedOn();
        i.dueOn = c.dueOn();
        i.amount = c.amount();
        i.recordedBy = recordedBy;
        return i;
    }

    public Content content() {
        return new Content(number, orderId, issuedOn, dueOn, amount);
    }

    /** Whether the content is the same as this invoice's: a re-post of it, not another invoice. */
    public boolean sameAs(Content c) {
        return number.equals(c.number()) && Objects.equals(orderId, c.orderId()) && issuedOn.equals(c.issuedOn())
                && dueOn.equals(c.dueOn()) && amount.currency().equals(c.amount().currency())
                && amount.amount().compareTo(c.amount().amount()) == 0;
    }

    /** The number names one invoice of the customer: another content under it is another invoice. */
    public Optional<Rejection> renumberingRefusal(Content c) {
        if (sameAs(c)) {
            return Optional.empty();
        }
        return Optional.of(new Rejection("INVOICE_NUMBER_TAKEN", "§4.1", "Invoice " + number
                + " of this customer is already recorded (" + id + ") with other content; an invoice is never"
                + " changed, a correction is a new invoice.").at("number"));
    }

    /** §4.1: amounts of a customer are kept in its billing currency. */
    public static Optional<Rejection> currencyRefusal(String field, String currency, String billingCurrency) {
        if (currency.equals(billingCurrency)) {
            return Optional.empty();
        }
        return Optional.of(new Rejection("CURRENCY_MISMATCH", "§4.1", field + " is in " + currency
                + "; the customer is billed in " + billingCurrency + ".").at(field));
    }

    /** An invoice is recorded once issued, and falls due on or after its issue. */
    public static Optional<Rejection> datesRefusal(LocalDate issuedOn, LocalDate dueOn, LocalDate today) {
        if (issuedOn.isAfter(today)) {
            return Optional.of(new Rejection("INVOICE_DATE_IN_FUTURE", "§4.1", "issuedOn " + issuedOn
                    + " is after today in the customer's time zone (" + today + ").").at("issuedOn"));
        }
        if (dueOn.isBefore(issuedOn)) {
            return Optional.of(new Rejection("INVOICE_DUE_BEFORE_ISSUE", "§4.1", "dueOn " + dueOn
                    + " is before the invoice's issue on " + issuedOn + ".").at("dueOn"));
        }
        return Optional.empty();
    }

    /** A date a payment, dispute or resolution is recorded with: not after today in the customer's zone. */
    public static Optional<Rejection> futureDateRefusal(String code, String field, LocalDate date, LocalDate today) {
        if (!date.isAfter(today)) {
            return Optional.empty();
        }
        return Optional.of(new Rejection(code, "§4.1", field + " " + date
                + " is after today in the customer's time zone (" + today + "); it is recorded when it has happened.")
                .at(field));
    }

    public static Invoice byNumber(String customerId, String number) {
        return find("customerId = ?1 and number = ?2", customerId, number).firstResult();
    }

    /** §7.4: the total of the customer's invoices for an order issued through a day. */
    public static java.math.BigDecimal totalForOrder(String customerId, String orderId, LocalDate through) {
        return getEntityManager().createQuery("select coalesce(sum(i.amount.amount), 0) from Invoice i"
                + " where i.customerId = :c and i.orderId = :o and i.issuedOn <= :d", java.math.BigDecimal.class)
                .setParameter("c", customerId).setParameter("o", orderId).setParameter("d", through)
                .getSingleResult();
    }

    public static List<Invoice> ofCustomers(Collection<String> customerIds) {
        return list("customerId in ?1 order by id", customerIds);
    }
}
