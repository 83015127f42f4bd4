package com.cagekeeper.events.application;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.cagekeeper.events.domain.EventStore;
import com.cagekeeper.events.domain.StoredEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads positioned events in commit order: a reader that keeps the last position it saw and
 * asks for what comes after it misses nothing and sees nothing twice. Unpositioned events (not
 * yet committed, or committed since the sequencer's last run) are not read.
 */
@ApplicationScoped
public class DomainEventFeed {

    @Inject
    EventStore store;
    @Inject
    ObjectMapper json;

    /** Events after {@code position}, oldest first; empty {@code types} = all, null {@code customerId} = every customer's and the provider's. */
    @Transactional
    public List<DomainEventView> after(long position, Collection<String> types, String customerId, int limit) {
        return store.after(position, types == null ? List.of() : types, customerId, limit).stream()
                .map(this::view).toList();
    }

    /** The last position given so far: a reader that starts here reads only what comes after now. */
    @Transactional
    public long lastPosition() {
        return store.lastPosition();
    }

    private DomainEventView view(StoredEvent e) {
        try {
            return new DomainEventView(e.position(), e.id(), e.type(), e.subjectType(), e.subjectId(),
                    e.customerId(), e.occurredAt(), json.readTree(e.payload()));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
