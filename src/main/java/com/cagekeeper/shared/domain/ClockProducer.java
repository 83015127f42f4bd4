package com.cagekeeper.shared.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The one source of time: services inject {@link Clock}; tests replace it to stand at any instant. */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @Singleton
    Clock clock() {
        return new MicrosecondClock();
    }

    /**
     * UTC, to the microsecond: what MariaDB DATETIME(6) keeps, so a response equals what a
     * later read returns. ({@code Clock.tick} with a sub-millisecond tick fails in {@code millis()}.)
     */
    static final class MicrosecondClock extends Clock {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.system(zone);
        }

        @Override
        public Instant instant() {
            return Instant.now().truncatedTo(ChronoUnit.MICROS);
        }
    }
}
