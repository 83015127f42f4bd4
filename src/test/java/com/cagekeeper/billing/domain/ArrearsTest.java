package com.cagekeeper.billing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.cagekeeper.billing.domain.InvoiceFacts.DisputeFact;
import com.cagekeeper.billing.domain.InvoiceFacts.PaymentFact;

@DisplayName("Arrears (§4.1, §3.5: undisputed amounts past due, disputes, late charges, as of a date)")
class ArrearsTest {

    static final LocalDate ISSUED = LocalDate.of(2026, 1, 1);
    static final LocalDate DUE = LocalDate.of(2026, 1, 31);
    static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);

    final LateCharges lateCharges = new LateCharges(new BigDecimal("0.015"), Optional.empty());

    static InvoiceFacts invoice(String amount, List<PaymentFact> payments, List<DisputeFact> disputes) {
        return new InvoiceFacts("i", ISSUED, DUE, new BigDecimal(amount), "USD", payments, disputes);
    }

    static DisputeFact dispute(String amount, String openedOn, DisputeState state, String resolvedOn) {
        return new DisputeFact(new BigDecimal(amount), LocalDate.parse(openedOn), state,
                resolvedOn == null ? null : LocalDate.parse(resolvedOn));
    }

    @Test
    @DisplayName("§4.1 net 30: not past due on the due date, past due the day after")
    void pastDueAfterTheDueDate() {
        var i = invoice("10000.00", List.of(), List.of());
        assertEquals(BigDecimal.ZERO, Arrears.of(List.of(i), DUE, lateCharges).undisputedPastDue());
        Arrears a = Arrears.of(List.of(i), DUE.plusDays(1), lateCharges);
        assertEquals(new BigDecimal("10000.00"), a.undisputedPastDue());
        assertEquals(DUE, a.oldestPastDueOn());
        assertEquals(1, a.daysPastDue());
    }

    @Test
    @DisplayName("§3.5 an open dispute is never past due and carries no late charge")
    void openDisputeExcluded() {
        var i = invoice("10000.00", List.of(), List.of(dispute("4000.00", "2026-02-05", DisputeState.OPEN, null)));
        Arrears a = Arrears.of(List.of(i), MARCH_2, lateCharges);
        assertEquals(new BigDecimal("6000.00"), a.undisputedPastDue());
        assertEquals(new BigDecimal("4000.00"), a.disputed());
        assertEquals(new BigDecimal("88.77"), a.lateCharges(), "6,000 x 0.18 / 365 x 30");
    }

    @Test
    @DisplayName("§4.1 a withdrawn dispute is owed again, past due as of the original due date, with late charges from then")
    void withdrawnDispute() {
        var i = invoice("10000.00", List.of(),
                List.of(dispute("4000.00", "2026-02-05", DisputeState.WITHDRAWN, "2026-02-25")));
        Arrears a = Arrears.of(List.of(i), MARCH_2, lateCharges);
        assertEquals(new BigDecimal("10000.00"), a.undisputedPastDue());
        assertEquals(DUE, a.oldestPastDueOn());
        assertEquals(new BigDecimal("147.95"), a.lateCharges());
        // before the withdrawal, the standing of that date still saw it disputed
        assertEquals(new BigDecimal("6000.00"), Arrears.of(List.of(i), LocalDate.of(2026, 2, 20), lateCharges)
                .undisputedPastDue());
    }

    @Test
    @DisplayName("§4.1 an upheld dispute is written off: not owed, not past due, no late charge")
    void upheldDispute() {
        var i = invoice("10000.00", List.of(),
                List.of(dispute("10000.00", "2026-02-05", DisputeState.UPHELD, "2026-02-25")));
        Arrears a = Arrears.of(List.of(i), MARCH_2, lateCharges);
        assertEquals(BigDecimal.ZERO, a.undisputedPastDue());
        assertNull(a.oldestPastDueOn());
        assertNull(a.daysPastDue());
        assertEquals(new BigDecimal("0.00"), a.lateCharges());
    }

    @Test
    @DisplayName("§4.1 partial payments reduce what is past due; payments made after the date do not count on it")
    void payments() {
        var i = invoice("10000.00", List.of(new PaymentFact(LocalDate.of(2026, 2, 10), new BigDecimal("6000.00")),
                new PaymentFact(LocalDate.of(2026, 3, 5), new BigDecimal("4000.00"))), List.of());
        assertEquals(new BigDecimal("4000.00"), Arrears.of(List.of(i), MARCH_2, lateCharges).undisputedPastDue());
        assertEquals(BigDecimal.ZERO, Arrears.of(List.of(i), LocalDate.of(2026, 3, 5), lateCharges)
                .undisputedPastDue());
    }

    @Test
    @DisplayName("§4.1 over several invoices: the sum past due, the oldest due date, the count; one not issued yet is left out")
    void severalInvoices() {
        var january = invoice("10000.00", List.of(), List.of());
        var february = new InvoiceFacts("f", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 3),
                new BigDecimal("500.00"), "USD", List.of(), List.of());
        var older = new InvoiceFacts("o", LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 31),
                new BigDecimal("250.00"), "USD", List.of(), List.of());
        var later = new InvoiceFacts("l", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 1, 1),
                new BigDecimal("999.00"), "USD", List.of(), List.of());
        Arrears a = Arrears.of(List.of(january, february, older, later), MARCH_2, lateCharges);
        assertEquals(new BigDecimal("10250.00"), a.undisputedPastDue());
        assertEquals(LocalDate.of(2025, 12, 31), a.oldestPastDueOn());
        assertEquals(61, a.daysPastDue());
        assertEquals(2, a.invoicesPastDue());
    }
}
