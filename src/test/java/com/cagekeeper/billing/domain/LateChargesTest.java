package com.cagekeeper.billing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("LateCharges (§4.1, rule 17: 1.5% per month on late undisputed amounts, or the legal maximum if lower)")
class LateChargesTest {

    static final LocalDate DUE = LocalDate.of(2026, 1, 31);
    static final BigDecimal CONTRACT_RATE = new BigDecimal("0.015");

    final LateCharges contract = new LateCharges(CONTRACT_RATE, Optional.empty());

    static LateDebt debt(String principal, LateDebt.Paid... payments) {
        return new LateDebt(DUE, new BigDecimal(principal), "USD", List.of(payments));
    }

    static LateDebt.Paid paid(String on, String amount) {
        return new LateDebt.Paid(LocalDate.parse(on), new BigDecimal(amount));
    }

    @Nested
    @DisplayName("simple interest, pro rata by day")
    class Interest {

        @Test
        @DisplayName("§4.1 10,000.00 USD due 2026-01-31, unpaid on 2026-03-02 (30 days late): 10,000.00 x 0.015 x 12 / 365 x 30 = 147.95")
        void workedExample() {
            assertEquals(new BigDecimal("147.95"), contract.accrued(debt("10000.00"), LocalDate.of(2026, 3, 2)));
        }

        @Test
        @DisplayName("§4.1 nothing accrues on the due date itself; the first day late is the day after")
        void fromTheDayAfterTheDueDate() {
            assertEquals(new BigDecimal("0.00"), contract.accrued(debt("10000.00"), DUE));
            assertEquals(new BigDecimal("0.00"), contract.accrued(debt("10000.00"), DUE.minusDays(5)));
            // 10,000 x 0.18 / 365 = 4.9315...
            assertEquals(new BigDecimal("4.93"), contract.accrued(debt("10000.00"), DUE.plusDays(1)));
        }

        @Test
        @DisplayName("§4.1 a full year late is 18% of the principal")
        void aYear() {
            assertEquals(new BigDecimal("1800.00"), contract.accrued(debt("10000.00"), DUE.plusDays(365)));
        }

        @Test
        @DisplayName("§4.1 rounded half-up to cents once, on the total: 1,000.00 x 0.18 / 365 x 3 = 1.4794... is 1.48")
        void roundedHalfUpOnce() {
            assertEquals(new BigDecimal("1.48"), contract.accrued(debt("1000.00"), DUE.plusDays(3)));
            // 100.00 x 0.18 / 365 x 1 = 0.049315... -> 0.05
            assertEquals(new BigDecimal("0.05"), contract.accrued(debt("100.00"), DUE.plusDays(1)));
        }

        @Test
        @DisplayName("§4.1 an amount in yen is rounded to whole yen")
        void currencyMinorUnit() {
            var yen = new LateDebt(DUE, new BigDecimal("1000000"), "JPY", List.of());
            // 1,000,000 x 0.18 / 365 x 30 = 14794.52 -> 14795
            assertEquals(new BigDecimal("14795"), contract.accrued(yen, LocalDate.of(2026, 3, 2)));
        }
    }

    @Nested
    @DisplayName("payments")
    class Payments {

        @Test
        @DisplayName("§4.1 a partial payment reduces the principal from its date: 10,000 for 10 days, then 4,000 for 20 days = 88.77")
        void partialPayment() {
            // (10,000 x 10 + 4,000 x 20) x 0.18 / 365 = 180,000 x 0.18 / 365 = 88.767...
            assertEquals(new BigDecimal("88.77"),
                    contract.accrued(debt("10000.00", paid("2026-02-10", "6000.00")), LocalDate.of(2026, 3, 2)));
        }

        @Test
        @DisplayName("§4.1 paid in full late: charges accrue to the date of payment and stop there")
        void paidInFullLate() {
            LateDebt d = debt("10000.00", paid("2026-02-10", "10000.00"));
            // 10 days: 10,000 x 0.18 / 365 x 10 = 49.315...
            assertEquals(new BigDecimal("49.32"), contract.accrued(d, LocalDate.of(2026, 2, 10)));
            assertEquals(new BigDecimal("49.32"), contract.accrued(d, LocalDate.of(2026, 12, 31)));
        }

        @Test
        @DisplayName("§4.1 a payment on or before the due date was never late")
        void paidOnTime() {
            assertEquals(new BigDecimal("0.00"), contract.accrued(debt("10000.00", paid("2026-01-20", "10000.00")),
                    LocalDate.of(2026, 3, 2)));
            assertEquals(new BigDecimal("59.18"), contract.accrued(debt("10000.00", paid("2026-01-31", "6000.00")),
                    LocalDate.of(2026, 3, 2)), "4,000 x 0.18 / 365 x 30");
        }

        @Test
        @DisplayName("§4.1 a payment after the date asked about does not count yet; payments in any order are taken by date")
        void laterPaymentsAndOrder() {
            assertEquals(new BigDecimal("147.95"), contract.accrued(debt("10000.00", paid("2026-03-10", "10000.00")),
                    LocalDate.of(2026, 3, 2)));
            assertEquals(contract.accrued(debt("10000.00", paid("2026-02-10", "1000.00"), paid("2026-02-20", "2000.00")),
                    LocalDate.of(2026, 3, 2)),
                    contract.accrued(debt("10000.00", paid("2026-02-20", "2000.00"), paid("2026-02-10", "1000.00")),
                            LocalDate.of(2026, 3, 2)));
        }
    }

    @Nested
    @DisplayName("the legal maximum")
    class LegalCap {

        @Test
        @DisplayName("§4.1 a legal maximum of 1% per month, lower than 1.5%, applies: 10,000 x 0.01 x 12 / 365 x 30 = 98.63")
        void lowerCapApplies() {
            LateCharges capped = new LateCharges(CONTRACT_RATE, Optional.of(new BigDecimal("0.01")));
            assertEquals(new BigDecimal("0.01"), capped.monthlyRate());
            assertEquals(new BigDecimal("98.63"), capped.accrued(debt("10000.00"), LocalDate.of(2026, 3, 2)));
        }

        @Test
        @DisplayName("§4.1 a legal maximum above 1.5% does not raise the contract's rate")
        void higherCapDoesNotApply() {
            LateCharges generous = new LateCharges(CONTRACT_RATE, Optional.of(new BigDecimal("0.02")));
            assertEquals(CONTRACT_RATE, generous.monthlyRate());
            assertEquals(new BigDecimal("147.95"), generous.accrued(debt("10000.00"), LocalDate.of(2026, 3, 2)));
        }

        @Test
        @DisplayName("§4.1 a negative rate is a configuration error")
        void negativeRate() {
            assertThrows(IllegalArgumentException.class,
                    () -> new LateCharges(CONTRACT_RATE, Optional.of(new BigDecimal("-0.01"))));
        }
    }
}
