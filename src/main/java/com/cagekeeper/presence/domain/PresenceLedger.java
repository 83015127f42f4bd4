package com.cagekeeper.presence.domain;

import java.time.Instant;
import java.util.List;

/**
 * Reads presence from the recorded access events (rule 31a): the port of the presence
 * feature, whose SQL lives in its infrastructure. It only reads; the access check writes
 * nothing for it.
 */
public interface PresenceLedger {

    /**
     * The people and visitors inside a facility: those whose last granted passage at any of its
     * spaces is an entry (a denied check is no passage). Ordered by person id, after
     * {@code afterPersonId} (null: from the first), at most {@code limit}; only the customer's own
     * people and visitors when {@code customerId} is not null.
     */
    List<Passage> inside(String facilityId, String customerId, String afterPersonId, int limit);

    /** The granted passages at a facility from {@code from} through {@code to}, oldest first. */
    List<Passage> passages(String facilityId, Instant from, Instant to);
}
