package com.cagekeeper.events.domain;

import java.util.Collection;
import java.util.List;

/** The outbox table behind a port: hand-written SQL lives in the infrastructure. */
public interface EventStore {

    /** Inserts an event with no position, in the caller's transaction. */
    void insert(NewEvent event);

    /**
     * Gives at most {@code max} committed, unpositioned events the next positions in
     * (occurred_at, id) order, holding the sequence row's lock; returns how many it positioned.
     * Must run in its own transaction.
     */
    int assignPositions(int max);

    /** Positioned events after {@code position}, in position order; empty types = all, null customer = all. */
    List<StoredEvent> after(long position, Collection<String> types, String customerId, int limit);

    /** The last position given so far. */
    long lastPosition();
}
