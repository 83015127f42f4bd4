package com.cagekeeper.customer.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import com.cagekeeper.shared.domain.Address;
import com.cagekeeper.shared.domain.Rejection;
import com.cagekeeper.shared.persistence.BaseEntity;

/** The party to the master services agreement. */
@Entity
@Table(name = "customers")
public class Customer extends BaseEntity {

    public String code;
    public String legalName;
    /** Where written notices are delivered (§12.7). */
    @Embedded
    public Address noticeAddress;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "customer_contacts", joinColumns = @JoinColumn(name = "customer_id"))
    @OrderColumn(name = "position")
    public List<Contact> contacts = new ArrayList<>();
    /** The ISO 4217 currency the customer is invoiced and charged in (§4.1). */
    public String billingCurrency;
    /** The IANA zone in which the customer's notice and billing dates are counted. */
    public String timeZone;

    /** Invoiced in US dollars unless the customer says otherwise. */
    public static final String DEFAULT_BILLING_CURRENCY = "USD";
    /** Dates counted in UTC unless the customer says otherwise. */
    public static final String DEFAULT_TIME_ZONE = "UTC";

    public static Customer register(String id, Instant now, String code, String legalName, Address noticeAddress,
            List<Contact> contacts, String billingCurrency, String timeZone) {
        Customer c = new Customer();
        c.stampCreated(id, now);
        c.code = code;
        c.billingCurrency = billingCurrency == null ? DEFAULT_BILLING_CURRENCY : billingCurrency;
        c.timeZone = timeZone == null ? DEFAULT_TIME_ZONE : timeZone;
        c.describe(legalName, noticeAddress, contacts, null, null);
        return c;
    }

    /** Replaces the description; a billing currency or time zone left out stays as it is. */
    public void describe(String legalName, Address noticeAddress, List<Contact> contacts, String billingCurrency,
            String timeZone) {
        this.legalName = legalName;
        this.noticeAddress = noticeAddress;
        this.contacts.clear();
        this.contacts.addAll(contacts == null ? List.of() : contacts);
        if (billingCurrency != null) {
            this.billingCurrency = billingCurrency;
        }
        if (timeZone != null) {
            this.timeZone = timeZone;
        }
    }

    /**
     * §4.1: amounts of one customer are summed and compared in one currency, so the billing
     * currency cannot change once invoices or charges exist in another.
     */
    public Optional<Rejection> billingCurrencyRefusal(String newCurrency, Optional<String> billedIn) {
        if (newCurrency == null || newCurrency.equals(billingCurrency) || billedIn.isEmpty()
                || billedIn.get().equals(newCurrency)) {
            return Optional.empty();
        }
        return Optional.of(new Rejection("BILLING_CURRENCY_IN_USE", "§4.1", "The customer is already billed in "
                + billedIn.get() + "; its billing currency cannot change to " + newCurrency + ".")
                .at("billingCurrency"));
    }

    /** The customer's zone: its notice and billing dates are its local dates there. */
    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public static Customer byCode(String code) {
        return find("code", code).firstResult();
    }
}
