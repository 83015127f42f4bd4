package com.cagekeeper.events.application;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.cagekeeper.events.domain.EventSettings;
import com.cagekeeper.events.domain.EventStore;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Gives committed events their positions, every {@code events.sequencer-interval} on every
 * replica. Runs serialize on the sequence row's lock, so two replicas never give one position
 * twice nor one event two positions; a run sees only committed rows, so a transaction that
 * commits late is positioned by a later run, after every row already read, and no reader that
 * pages by position can skip it. It is not a Quartz job: a clustered firing every second would
 * cost more than the run, and a run on every replica is harmless.
 */
@ApplicationScoped
public class EventSequencer {

    private static final Logger LOG = Logger.getLogger(EventSequencer.class);

    @Inject
    EventStore store;
    @Inject
    EventSettings settings;

    private ScheduledExecutorService loop;

    /** One run in its own transaction: positions at most a batch; returns how many it positioned. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int sequence() {
        return store.assignPositions(settings.sequencerBatch());
    }

    /** Runs until no committed event is left unpositioned; returns how many it positioned. */
    public int drain() {
        int total = 0;
        int n;
        do {
            n = self().sequence();
            total += n;
        } while (n == settings.sequencerBatch());
        return total;
    }

    void start(@Observes StartupEvent started) {
        if (!settings.sequencerEnabled()) {
            return;
        }
        loop = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "event-sequencer");
            t.setDaemon(true);
            return t;
        });
        long every = settings.sequencerInterval().toMillis();
        loop.scheduleWithFixedDelay(this::runQuietly, every, every, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (loop != null) {
            loop.shutdown();
            try {
                loop.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void runQuietly() {
        try {
            drain();
        } catch (RuntimeException e) {
            // the next run tries again; nothing is lost, the rows stay unpositioned until then
            LOG.warnf("The event sequencer's run failed (%s); the next run retries", e.toString());
        }
    }

    private EventSequencer self() {
        return io.quarkus.arc.Arc.container().instance(EventSequencer.class).get();
    }
}
