package com.cagekeeper.billing.domain;

import java.math.BigDecimal;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The billing rules' configurable figures (§4.1). */
@ConfigMapping(prefix = "billing")
public interface BillingSettings {

    /** Late charges per month on late undisputed amounts, as a fraction (§4.1, rule 17: 1.5% is 0.015). */
    @WithDefault("0.015")
    BigDecimal lateChargeMonthlyRate();

    /** The highest monthly rate the law allows, as a fraction; applies only when lower than the contract's rate (§4.1). No cap when unset. */
    Optional<BigDecimal> legalMaxMonthlyRate();
}
