package com.cagekeeper.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.cagekeeper.shared.domain.Money.DecimalText;

@DisplayName("Money: an amount in the currency's minor units, at most 2 decimals")
class MoneyTest {

    @Test
    @DisplayName("a 2-decimal currency pads to 2 decimals")
    void twoDecimals() {
        assertEquals("1250.00", Money.of("1250", "USD").amount().toPlainString());
    }

    @Test
    @DisplayName("a 3-decimal currency (KWD, LYD) keeps at most 2, so every amount matches the published format")
    void threeDecimalCurrencyKeepsTwo() {
        for (String currency : new String[] { "KWD", "LYD", "BHD" }) {
            String amount = Money.zero(currency).amount().toPlainString();
            assertEquals("0.00", amount, currency);
            assertEquals(true, amount.matches(DecimalText.PATTERN), currency);
        }
    }

    @Test
    @DisplayName("a currency without minor units (JPY) has none")
    void noMinorUnits() {
        assertEquals(new BigDecimal("1000"), Money.of("1000", "JPY").amount());
    }
}
