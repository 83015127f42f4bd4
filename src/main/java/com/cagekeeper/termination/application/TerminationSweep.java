package com.cagekeeper.termination.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.cagekeeper.order.application.OrderService;
import com.cagekeeper.termination.domain.TerminationSettings;

import io.quarkus.scheduler.Scheduled;

/**
 * §7.2-§7.6: the scheduled end of orders. A TERMINATION_NOTICED order becomes TERMINATED once its
 * effective date has come at its facility, and an ACTIVE order whose term ran out expires
 * (TERMINATED the day after its last day); either way its spaces await removal and restoration.
 * The door already denies from the start of that date; the sweep makes the state visible.
 * Runs once across replicas (clustered Quartz); each order is locked and read fresh, so a second
 * or late run ends nothing twice.
 */
@ApplicationScoped
public class TerminationSweep {

    private static final Logger LOG = Logger.getLogger(TerminationSweep.class);

    @Inject
    OrderService orders;
    @Inject
    TerminationSettings settings;

    @Scheduled(identity = "termination-sweep", cron = "{termination.sweep.cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void run() {
        int ended = 0;
        String after = null;
        OrderService.EndPass pass;
        do {
            pass = orders.endDue(after, settings.sweepBatch());
            ended += pass.ended();
            after = pass.lastId();
        } while (pass.seen() == settings.sweepBatch());
        if (ended > 0) {
            LOG.infof("Termination sweep: %d order(s) ended (§7.2-§7.6)", ended);
        }
    }
}
