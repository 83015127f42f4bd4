package com.cagekeeper.termination.domain;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/**
 * The termination feature's configurable figures. The contract's own numbers (80 days' notice,
 * 30 days to cure, 15 business days of force majeure, the fee payable in 10 days) are the
 * agreement's, not settings: they live in the policies that enforce them.
 */
@ConfigMapping(prefix = "termination")
public interface TerminationSettings {

    /** When the scheduled end of orders runs (Quartz cron, UTC): given terminations whose date has come, terms run out. */
    @WithName("sweep.cron")
    @WithDefault("0 5 * * * ?")
    String sweepCron();

    /** How many orders the scheduled end locks and ends per transaction. */
    @WithName("sweep.batch")
    @WithDefault("200")
    int sweepBatch();
}
