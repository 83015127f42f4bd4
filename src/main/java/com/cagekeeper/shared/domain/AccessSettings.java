package com.cagekeeper.shared.domain;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** The access rules' configurable figures. */
@ConfigMapping(prefix = "access")
public interface AccessSettings {

    /** Days without a recorded entry after which an approval lapses (DOMAIN rule 12; 365 is the common industry figure). */
    @WithDefault("365")
    int inactivityLapseDays();

    /**
     * How far a door's clock may differ from the service's: a recorded check decides at the
     * service's clock, and an {@code at} further from it than this is refused (422).
     */
    @WithDefault("PT2M")
    java.time.Duration clockSkew();

    /** The longest a visit may last, in days (rule 9: 14, the usual industry limit). */
    @WithDefault("14")
    int maxVisitDays();

    /** The most visitors one visit may name. */
    @WithDefault("50")
    int maxVisitors();

    /** When the sweep that marks lapsed approvals EXPIRED runs (Quartz cron, UTC). */
    @WithName("inactivity-sweep.cron")
    @WithDefault("0 15 2 * * ?")
    String inactivitySweepCron();

    /** The development default of {@link #identityKey()}; production refuses to start with it. */
    String DEVELOPMENT_IDENTITY_KEY = "cagekeeper-development-identity-key";

    /** Secret that keys the hashes of identity-document numbers; production needs its own, of at least 32 characters. */
    @WithDefault(DEVELOPMENT_IDENTITY_KEY)
    String identityKey();
}
