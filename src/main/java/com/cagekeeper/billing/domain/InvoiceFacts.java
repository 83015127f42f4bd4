package com.cagekeeper.billing.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One invoice and what is known of it (payments, disputes), from which every billing figure is
 * computed as of a date. Facts dated after that date did not exist yet: a payment made later
 * was not paid, a dispute opened later was not disputed, one resolved later was still open.
 */
public record InvoiceFacts(String invoiceId, LocalDate issuedOn, LocalDate dueOn, BigDecimal amount,
        String currency, List<PaymentFact> payments, List<DisputeFact> disputes) {

    /** A payment allocated to the invoice. */
    public record PaymentFact(LocalDate paidOn, BigDecimal amount) {
    }

    /** A dispute of part of the invoice. */
    public record DisputeFact(BigDecimal amount, LocalDate openedOn, DisputeState state, LocalDate resolvedOn) {

        /** Disputed on the date: opened by then and not yet resolved then. */
        boolean disputedOn(LocalDate on) {
            return !openedOn.isAfter(on) && (state == DisputeState.OPEN || resolvedOn.isAfter(on));
        }

        /** Written off by the date: upheld on or before it. */
        boolean writtenOffBy(LocalDate on) {
            return state == DisputeState.UPHELD && !resolvedOn.isAfter(on);
        }
    }

    public InvoiceFacts {
        payments = List.copyOf(payments);
        disputes = List.copyOf(disputes);
    }

    public BigDecimal paidBy(LocalDate on) {
        return payments.stream().filter(p -> !p.paidOn().isAfter(on)).map(PaymentFact::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Upheld disputes: never owed. */
    public BigDecimal writtenOffBy(LocalDate on) {
        return disputes.stream().filter(d -> d.writtenOffBy(on)).map(DisputeFact::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Open disputes: not past due and free of late charges while they are open. */
    public BigDecimal disputedOn(LocalDate on) {
        return disputes.stream().filter(d -> d.disputedOn(on)).map(DisputeFact::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** What is still owed or disputed: the amount less payments and written-off disputes. */
    public BigDecimal openOn(LocalDate on) {
        return positive(amount.subtract(paidBy(on)).subtract(writtenOffBy(on)));
    }

    /** The open amount less what is disputed: what the customer owes without contest. */
    public BigDecimal undisputedOpenOn(LocalDate on) {
        return positive(openOn(on).subtract(disputedOn(on)));
    }

    /** §4.1: after the due date, the undisputed open amount is past due; a disputed amount never is. */
    public BigDecimal undisputedPastDueOn(LocalDate on) {
        return dueOn.isBefore(on) ? undisputedOpenOn(on) : BigDecimal.ZERO;
    }

    /**
     * What late charges are counted on through the date: the amount less what is disputed or
     * written off then (a withdrawn dispute counts as never disputed, so the amount is late
     * from the original due date), with the payments made by then, each from its own date.
     */
    public LateDebt lateDebt(LocalDate on) {
        BigDecimal principal = amount.subtract(writtenOffBy(on)).subtract(disputedOn(on));
        return new LateDebt(dueOn, principal, currency, payments.stream().filter(p -> !p.paidOn().isAfter(on))
                .map(p -> new LateDebt.Paid(p.paidOn(), p.amount())).toList());
    }

    private static BigDecimal positive(BigDecimal a) {
        return a.signum() > 0 ? a : BigDecimal.ZERO;
    }
}
