package com.cagekeeper.webhooks.domain;

import java.time.Duration;
import java.util.List;
import java.util.function.DoubleSupplier;

/**
 * When a failed delivery is tried again: after 5 s, 30 s, 2 min, 10 min, 30 min, 1 h, 2 h, then
 * every 4 h, each delay jittered over its upper half, so receivers coming back after an outage
 * are not hit by every sender at once, and the delays still grow. The endpoint gives up after
 * {@code webhooks.give-up-after}, counted from the event's first failure, not by attempts.
 */
public final class RetrySchedule {

    static final List<Duration> STEPS = List.of(Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofMinutes(2),
            Duration.ofMinutes(10), Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofHours(2),
            Duration.ofHours(4));

    private RetrySchedule() {
    }

    /** The most a retry after the {@code failures}-th failed attempt (1 for the first) waits. */
    public static Duration ceiling(int failures) {
        return STEPS.get(Math.max(0, Math.min(failures, STEPS.size()) - 1));
    }

    /** The wait after the {@code failures}-th failure: between half the ceiling and the ceiling. */
    public static Duration delay(int failures, DoubleSupplier random) {
        long ceiling = ceiling(failures).toMillis();
        return Duration.ofMillis(ceiling / 2 + (long) (random.getAsDouble() * (ceiling - ceiling / 2)));
    }
}
