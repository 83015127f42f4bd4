package com.cagekeeper.desk.application;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The security desk page's settings. */
@ConfigMapping(prefix = "desk")
public interface DeskSettings {

    /** Whether the desk's cookies carry the Secure flag (sent over HTTPS only); off only in dev and test over http. */
    @WithDefault("true")
    boolean secureCookies();

    /** How many of the facility's last access events the desk shows. */
    @WithDefault("10")
    int eventsShown();

    /** How many people a lookup by name or document lists at most. */
    @WithDefault("20")
    int lookupLimit();
}
