package com.cagekeeper.events.application;

import java.time.Clock;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.cagekeeper.events.domain.DomainEventType;
import com.cagekeeper.events.domain.EventStore;
import com.cagekeeper.events.domain.NewEvent;
import com.cagekeeper.shared.domain.Ids;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Publishes a domain event into the outbox, in the caller's transaction (a transactional outbox):
 * it commits with the change or not at all, so nothing is published that did not commit and
 * nothing that committed is lost. It is read only once the sequencer has positioned it.
 */
@ApplicationScoped
public class DomainEvents {

    @Inject
    EventStore store;
    @Inject
    Clock clock;
    @Inject
    ObjectMapper json;

    /**
     * Writes one event. {@code type} is a {@link DomainEventType} name; {@code customerId} the
     * customer it concerns, null for the provider only; {@code payload} a small object of ids,
     * states, reasons and dates.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(String type, String subjectType, String subjectId, String customerId,
            Map<String, Object> payload) {
        if (DomainEventType.named(type) == null) {
            throw new IllegalArgumentException("Unknown event type " + type);
        }
        store.insert(new NewEvent(Ids.newId(clock), type, subjectType, subjectId, customerId, clock.instant(),
                write(payload == null ? Map.of() : payload)));
    }

    private String write(Object payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
