package com.cagekeeper.webhooks.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Webhook retries: exponential backoff with jitter, given up after 24 h at least")
class RetryScheduleTest {

    @Test
    @DisplayName("the delays grow 5 s, 30 s, 2 min, 10 min, 30 min, 1 h, 2 h, then stay at 4 h")
    void ceilingsGrowThenCap() {
        assertEquals(Duration.ofSeconds(5), RetrySchedule.ceiling(1));
        assertEquals(Duration.ofSeconds(30), RetrySchedule.ceiling(2));
        assertEquals(Duration.ofMinutes(2), RetrySchedule.ceiling(3));
        assertEquals(Duration.ofHours(2), RetrySchedule.ceiling(7));
        assertEquals(Duration.ofHours(4), RetrySchedule.ceiling(8));
        assertEquals(Duration.ofHours(4), RetrySchedule.ceiling(50));
    }

    @Test
    @DisplayName("each delay is jittered between half its ceiling and the ceiling, so while they grow a later one is never shorter")
    void jitterStaysInTheUpperHalf() {
        assertEquals(Duration.ofMillis(2500), RetrySchedule.delay(1, () -> 0.0));
        assertEquals(Duration.ofMillis(4999), RetrySchedule.delay(1, () -> 0.9999));
        assertEquals(Duration.ofSeconds(15), RetrySchedule.delay(2, () -> 0.0));
        for (int failures = 1; failures < 8; failures++) { // growing; from 4 h on every delay has the same range
            assertTrue(RetrySchedule.delay(failures + 1, () -> 0.0).compareTo(RetrySchedule.delay(failures, () -> 0.9999)) >= 0,
                    "delay after failure " + (failures + 1) + " is not shorter than after " + failures);
        }
    }

    @Test
    @DisplayName("an endpoint retries its head event until 26 h after its first failure, then is disabled naming the event and the last error")
    void givesUpAfterTheConfiguredTime() {
        WebhookEndpoint e = WebhookEndpoint.register("e", Instant.parse("2026-03-01T00:00:00Z"), "c", "https://x.example",
                java.util.List.of(), "whsec_x", null, 0, "ops");
        Instant t = Instant.parse("2026-03-01T00:00:00Z");
        Duration giveUp = Duration.ofHours(26);
        int attempts = 0;
        while (!e.failed("ev-1", "PERSON_APPROVED", "HTTP 500", t, giveUp, RetrySchedule.ceiling(e.headAttempts + 1))) {
            attempts++;
            assertEquals(WebhookEndpointState.ENABLED, e.state);
            t = e.nextAttemptAt;
        }
        assertEquals(WebhookEndpointState.DISABLED, e.state);
        assertTrue(!t.isBefore(Instant.parse("2026-03-02T02:00:00Z")), "gave up at " + t + ", before 26 h");
        assertTrue(t.isBefore(Instant.parse("2026-03-02T06:00:01Z")), "gave up at " + t + ", long after 26 h");
        assertTrue(attempts > 10);
        assertTrue(e.disabledReason.contains("ev-1") && e.disabledReason.contains("HTTP 500"), e.disabledReason);
    }
}
