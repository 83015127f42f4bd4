package com.cagekeeper.lien.domain;

import java.math.BigDecimal;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The lien's configurable figures (§3.5, §4.5). */
@ConfigMapping(prefix = "lien")
public interface LienSettings {

    /** Days after a DELINQUENCY notice is deemed given before the lien may be enforced (rule 14: a reasonable cure period). */
    @WithDefault("10")
    int curePeriodDays();

    /** Storage charged per item and day of possession, in the customer's billing currency (§3.5(b), rule 15). */
    @WithDefault("25.00")
    BigDecimal storageDailyRate();
}
