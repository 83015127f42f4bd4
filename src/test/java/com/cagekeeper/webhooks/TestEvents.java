package com.cagekeeper.webhooks;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import com.cagekeeper.events.application.DomainEventFeed;
import com.cagekeeper.events.application.DomainEventView;
import com.cagekeeper.events.application.DomainEvents;
import com.cagekeeper.events.application.EventSequencer;
import com.cagekeeper.webhooks.domain.WebhookEvent;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Publishes domain events as a business action does (in a transaction of their own, through the
 * outbox) and positions them at once, so a test knows each event's id and position.
 */
@Singleton
public class TestEvents {

    @Inject
    DomainEvents events;
    @Inject
    DomainEventFeed feed;
    @Inject
    EventSequencer sequencer;

    /** Positions every committed event, so what a test publishes next comes after them all. */
    public void settle() {
        sequencer.drain();
    }

    public synchronized WebhookEvent publish(String type, String subjectId, String customerId) {
        settle();
        long before = feed.lastPosition();
        QuarkusTransaction.requiringNew().run(() -> events.publish(type, "Person", subjectId, customerId,
                Map.of("personId", subjectId)));
        settle();
        List<DomainEventView> published = feed.after(before, List.of(type), customerId, 10).stream()
                .filter(e -> e.subjectId().equals(subjectId)).toList();
        DomainEventView e = published.get(published.size() - 1);
        return new WebhookEvent(e.position(), e.id(), e.type(), e.subjectType(), e.subjectId(), e.customerId(),
                e.occurredAt(), e.payload());
    }
}
