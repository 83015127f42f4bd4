package com.cagekeeper.webhooks.domain;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The committed, positioned domain events webhooks deliver (the outbox's feed): only events a
 * reader at {@code position} has not seen, in position order, so nothing is skipped or repeated.
 */
public interface EventSource {

    /**
     * Events after {@code position}, oldest first: of the given types (empty = all), of one
     * customer (null = every event, for provider-wide endpoints), at most {@code limit}.
     */
    List<WebhookEvent> after(long position, Collection<String> types, String customerId, int limit);

    /** The last position assigned so far: where a new endpoint starts. */
    long lastPosition();

    /** The event types there are (their wire names). */
    Set<String> types();
}
