package com.cagekeeper.events.domain;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The outbox's figures (issue 12). */
@ConfigMapping(prefix = "events")
public interface EventSettings {

    /** How often every replica's sequencer gives committed events their positions. */
    @WithDefault("PT1S")
    Duration sequencerInterval();

    /** The most events one sequencer run positions (a larger backlog takes several runs, back to back). */
    @WithDefault("1000")
    int sequencerBatch();

    /** Whether the sequencer runs in the background; tests that drive it by hand may turn it off. */
    @WithDefault("true")
    boolean sequencerEnabled();
}
