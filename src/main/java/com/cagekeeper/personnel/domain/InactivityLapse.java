package com.cagekeeper.personnel.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * Rule 12: an approval lapses after a configurable number of days with no recorded
 * entry, counted from the last entry or, before any, from the approval.
 */
public final class InactivityLapse {

    private InactivityLapse() {
    }

    /** The instant the approval lapses at, or null when there is no approval to lapse. */
    public static Instant lapsesAt(Instant approvedAt, Instant lastEntryAt, int lapseDays) {
        Instant since = lastEntryAt != null && (approvedAt == null || lastEntryAt.isAfter(approvedAt)) ? lastEntryAt
                : approvedAt;
        return since == null ? null : since.plus(Duration.ofDays(lapseDays));
    }

    public static boolean lapsed(Instant approvedAt, Instant lastEntryAt, Instant now, int lapseDays) {
        Instant at = lapsesAt(approvedAt, lastEntryAt, lapseDays);
        return at != null && !now.isBefore(at);
    }
}
