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
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An amount in a currency; in JSON the amount is a decimal string: {@code {"amount":"1250.00","currency":"USD"}}. */
@Embeddable
@Schema(name = "Money", requiredProperties = { "amount", "currency" })
public record Money(
        @NotNull @DecimalMin(value = "0.00", message = "must not be negative") @Digits(integer = 12, fraction = 2, message = "must have at most 12 digits and 2 decimals")
        @JsonFormat(shape = JsonFormat.Shape.STRING) @JsonDeserialize(using = DecimalText.class)
        @Schema(type = SchemaType.STRING, pattern = DecimalText.PATTERN, description = "A decimal string, at most 12 digits before the point and 2 after", example = "1250.00") BigDecimal amount,
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as USD") @IsoCurrency @Schema(ref = "CurrencyCode") String currency) {

    public Money {
        if (amount != null && currency != null && currency.matches("[A-Z]{3}")) {
            try {
                // amounts carry at most 2 decimals (the format above): a 3-decimal currency
                // such as KWD keeps 2, a currency without minor units (JPY) none
                int digits = Math.min(Currency.getInstance(currency).getDefaultFractionDigits(), 2);
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

    /**
     * Reads an amount only from a decimal string such as "1250.00": a JSON number or an
     * exponent is refused, so no amount is rounded or reinterpreted on the way in.
     */
    public static final class DecimalText extends StdScalarDeserializer<BigDecimal> {

        public static final String PATTERN = "^[0-9]{1,12}(\\.[0-9]{1,2})?$";

        public DecimalText() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws java.io.IOException {
            // the digit limits and the sign are for Bean Validation to report, with the other invalid fields
            if (!p.hasToken(JsonToken.VALUE_STRING) || !p.getText().matches("-?[0-9]+(\\.[0-9]+)?")) {
                // the target named is this class, so that the problem says a decimal string is expected
                return ctxt.reportInputMismatch(DecimalText.class, "An amount is a decimal string such as \"1250.00\"");
            }
            return new BigDecimal(p.getText());
        }
    }

    public static boolean isKnownCurrency(String code) {
        return code != null && IsoCodes.CURRENCIES.contains(code);
    }
}
