package com.cagekeeper.relocation.domain;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The relocation's configurable figures (§3.2). */
@ConfigMapping(prefix = "relocation")
public interface RelocationSettings {

    /** Days between a RELOCATION notice's deemed date and the earliest move date the provider may require without the customer's agreement (§3.2: reasonable notice). */
    @WithDefault("30")
    int minNoticeDays();
}
