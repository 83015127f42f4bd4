package com.cagekeeper.shared.domain;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The end of term's configurable figures (§7.6), read by the door and by the end-of-term workflow alike. */
@ConfigMapping(prefix = "termination")
public interface EndOfTermSettings {

    /** Days after an order ends during which the customer may enter only to remove equipment and restore the space, before the provider may dispose of what is left (§7.6(iv)); the former name access.removal-window-days still applies when this one is not set. */
    @WithDefault("${access.removal-window-days:30}")
    int removalWindowDays();

    /** The removal window these settings define. */
    default RemovalWindow removalWindow() {
        return new RemovalWindow(removalWindowDays());
    }
}
