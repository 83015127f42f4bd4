package com.cagekeeper.webhooks.domain;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How webhooks are delivered. */
@ConfigMapping(prefix = "webhooks")
public interface WebhookSettings {

    /** How often each replica runs a delivery round ("off" stops it; tests run rounds themselves). */
    @WithDefault("2s")
    String dispatchInterval();

    /** How long one delivery may take to connect and answer before it counts as failed. */
    @WithDefault("PT10S")
    Duration timeout();

    /** How long an event is retried after its first failure before the endpoint is disabled (at least 24 h). */
    @WithDefault("PT26H")
    Duration giveUpAfter();

    /** Whether http and private, loopback or link-local targets are allowed (tests and dev only; never in production). */
    @WithDefault("false")
    boolean allowPrivateTargets();

    /** Most events delivered to one endpoint in one round. */
    @WithDefault("20")
    int batchSize();

    /** Endpoints a round reads per page (a round goes through every due endpoint, a page at a time). */
    @WithDefault("10")
    int endpointsPerPage();

    /** How long a replica's claim on an endpoint lasts; another replica may deliver to it only after. */
    @WithDefault("PT5M")
    Duration lease();
}
