package com.cagekeeper.billing.domain;

import java.time.LocalDate;

/** §4.1: an invoice is due net thirty days from its date, unless its order sets another payment term. */
public final class PaymentTerms {

    /** §4.1: net thirty days. */
    public static final int NET_DAYS = 30;

    private PaymentTerms() {
    }

    /** The due date: the one given, else the issue date plus the order's payment term, else net 30. */
    public static LocalDate dueOn(LocalDate issuedOn, LocalDate explicitDueOn, Integer orderPaymentTermDays) {
        if (explicitDueOn != null) {
            return explicitDueOn;
        }
        return issuedOn.plusDays(orderPaymentTermDays == null ? NET_DAYS : orderPaymentTermDays);
    }
}
