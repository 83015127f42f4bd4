package com.cagekeeper.shared.persistence;

import java.time.Clock;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.scheduler.Scheduled;

/** Forgets Idempotency-Key results once their 24-hour window has passed; runs once across replicas. */
@ApplicationScoped
public class IdempotencyPurge {

    @Inject
    IdempotencyStore store;
    @Inject
    Clock clock;

    @Scheduled(identity = "idempotency-purge", every = "{idempotency.purge.every}",
            delayed = "{idempotency.purge.delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void run() {
        store.purge(clock.instant().minus(Duration.ofHours(24)));
    }
}
