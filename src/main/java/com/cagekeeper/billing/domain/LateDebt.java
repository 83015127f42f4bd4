package com.cagekeeper.billing.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What late charges are counted on for one invoice: the undisputed principal due on a date,
 * and the payments that reduce it, each from its own date.
 */
public record LateDebt(LocalDate dueOn, BigDecimal principal, String currency, List<Paid> payments) {

    /** A payment of part of the principal on a date. */
    public record Paid(LocalDate on, BigDecimal amount) {
    }

    public LateDebt {
        payments = List.copyOf(payments);
    }
}
