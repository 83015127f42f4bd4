package com.cagekeeper.personnel.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Rule 12: every night, approvals with no recorded entry for the lapse period become
 * EXPIRED, each with an audit record. The check at the door already denies them before the
 * sweep runs; the sweep makes the state visible and reportable. Runs once across replicas.
 */
@ApplicationScoped
public class InactivitySweep {

    private static final Logger LOG = Logger.getLogger(InactivitySweep.class);
    static final int BATCH = 500;

    @Inject
    PersonService people;

    @Scheduled(identity = "inactivity-sweep", cron = "{access.inactivity-sweep.cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void run() {
        int total = 0;
        int batch;
        do {
            batch = people.expireInactive(BATCH);
            total += batch;
        } while (batch == BATCH);
        if (total > 0) {
            LOG.infof("Inactivity sweep: %d approval(s) lapsed (rule 12)", total);
        }
    }
}
