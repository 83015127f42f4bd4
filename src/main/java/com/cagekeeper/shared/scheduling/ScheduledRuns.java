package com.cagekeeper.shared.scheduling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;

import io.quarkus.scheduler.FailedExecution;
import io.quarkus.scheduler.ScheduledExecution;
import io.quarkus.scheduler.SuccessfulExecution;

/**
 * One log line per run of a scheduled job, naming the job, the firing it ran (its scheduled time,
 * the same on every replica) and the scheduler instance that ran it. With the clustered Quartz
 * store each firing runs on one replica only; these lines show which, and that no firing ran twice.
 */
@ApplicationScoped
public class ScheduledRuns {

    private static final Logger LOG = Logger.getLogger("cagekeeper.scheduler");

    @Inject
    Scheduler scheduler;

    void succeeded(@Observes SuccessfulExecution event) {
        LOG.infof("Scheduled job %s ran its firing of %s on instance %s", job(event.getExecution()),
                event.getExecution().getScheduledFireTime(), instance());
    }

    void failed(@Observes FailedExecution event) {
        LOG.errorf(event.getException(), "Scheduled job %s failed its firing of %s on instance %s",
                job(event.getExecution()), event.getExecution().getScheduledFireTime(), instance());
    }

    private static String job(ScheduledExecution execution) {
        return execution.getTrigger().getId();
    }

    private String instance() {
        try {
            return scheduler.getSchedulerInstanceId();
        } catch (SchedulerException e) {
            return "unknown";
        }
    }
}
