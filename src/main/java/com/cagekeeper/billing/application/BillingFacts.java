package com.cagekeeper.billing.application;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.cagekeeper.billing.domain.Dispute;
import com.cagekeeper.billing.domain.Invoice;
import com.cagekeeper.billing.domain.InvoiceFacts;
import com.cagekeeper.billing.domain.Payment;

/** Reads the invoices of customers with their payments and disputes: three queries for any number of customers. */
@ApplicationScoped
class BillingFacts {

    @Transactional(Transactional.TxType.MANDATORY)
    Map<String, List<InvoiceFacts>> of(Collection<String> customerIds) {
        // ids compare without case, as in the database
        Map<String, List<InvoiceFacts>> byCustomer = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        customerIds.forEach(id -> byCustomer.put(id, new ArrayList<>()));
        if (customerIds.isEmpty()) {
            return byCustomer;
        }
        List<Invoice> invoices = Invoice.ofCustomers(customerIds);
        if (invoices.isEmpty()) {
            return byCustomer;
        }
        Map<String, List<Payment>> payments = new HashMap<>();
        Payment.ofCustomers(customerIds)
                .forEach(p -> payments.computeIfAbsent(p.invoiceId, k -> new ArrayList<>()).add(p));
        Map<String, List<Dispute>> disputes = new HashMap<>();
        Dispute.ofCustomers(customerIds)
                .forEach(d -> disputes.computeIfAbsent(d.invoiceId, k -> new ArrayList<>()).add(d));
        for (Invoice i : invoices) {
            byCustomer.get(i.customerId).add(InvoiceView.facts(i, payments.getOrDefault(i.id, List.of()),
                    disputes.getOrDefault(i.id, List.of())));
        }
        return byCustomer;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    List<InvoiceFacts> of(String customerId) {
        return of(List.of(customerId)).get(customerId);
    }
}
