package com.cagekeeper.billing.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * §4.1, §3.5: what a customer owes late on a date, over all its invoices: the undisputed
 * amount past due (invoices due before the date, less payments, written-off and open
 * disputes), the oldest due date among them, the amounts in open dispute (never past due),
 * and the late charges accrued through the date, rounded per invoice.
 */
public record Arrears(LocalDate on, BigDecimal undisputedPastDue, LocalDate oldestPastDueOn, int invoicesPastDue,
        BigDecimal disputed, BigDecimal lateCharges) {

    public static Arrears of(List<InvoiceFacts> invoices, LocalDate on, LateCharges lateCharges) {
        BigDecimal pastDue = BigDecimal.ZERO;
        BigDecimal disputed = BigDecimal.ZERO;
        BigDecimal charges = BigDecimal.ZERO;
        LocalDate oldest = null;
        int count = 0;
        for (InvoiceFacts i : invoices) {
            if (i.issuedOn().isAfter(on)) {
                continue; // not issued yet on that date
            }
            BigDecimal late = i.undisputedPastDueOn(on);
            if (late.signum() > 0) {
                pastDue = pastDue.add(late);
                count++;
                oldest = oldest == null || i.dueOn().isBefore(oldest) ? i.dueOn() : oldest;
            }
            disputed = disputed.add(i.disputedOn(on));
            charges = charges.add(lateCharges.accrued(i.lateDebt(on), on));
        }
        return new Arrears(on, pastDue, oldest, count, disputed, charges);
    }

    /** Days since the oldest past-due invoice fell due; null when nothing is past due. */
    public Integer daysPastDue() {
        return oldestPastDueOn == null ? null : (int) ChronoUnit.DAYS.between(oldestPastDueOn, on);
    }
}
