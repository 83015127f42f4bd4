package com.cagekeeper.shared.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import com.fasterxml.jackson.annotation.JsonFormat;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An amount in a currency; in JSON the amount is a decimal string: {@code {"amount":"1250.00","currency":"USD"}}. */
@Embeddable
@Schema(name = "Money")
public record Money(
        @NotNull @DecimalMin(value = "0.00", message = "must not be negative") @Digits(integer = 12, fraction = 2, message = "must have at most 12 digits and 2 decimals")
        @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = SchemaType.STRING, example = "1250.00") BigDecimal amount,
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as USD") @IsoCurrency @Schema(example = "USD") String currency) {

    public Money {
        if (amount != null && currency != null && currency.matches("[A-Z]{3}")) {
            try {
                int digits = Currency.getInstance(currency).getDefaultFractionDigits();
                if (digits >= 0 && amount.scale() <= digits) {
                    amount = amount.setScale(digits, RoundingMode.UNNECESSARY);
                }
            } catch (IllegalArgumentException unknownCurrency) {
                // left to validation
            }
        }
    }

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    public static Money zero(String currency) {
        return of("0", currency);
    }

    public static boolean isKnownCurrency(String code) {
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }
}
