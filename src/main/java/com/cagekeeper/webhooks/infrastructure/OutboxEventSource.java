package com.cagekeeper.webhooks.infrastructure;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.cagekeeper.events.application.DomainEventFeed;
import com.cagekeeper.events.domain.DomainEventType;
import com.cagekeeper.webhooks.domain.EventSource;
import com.cagekeeper.webhooks.domain.WebhookEvent;

/** Webhooks read the domain-event outbox through its feed: positioned (committed) events only. */
@ApplicationScoped
public class OutboxEventSource implements EventSource {

    private static final Set<String> TYPES = Arrays.stream(DomainEventType.values()).map(Enum::name)
            .collect(Collectors.toUnmodifiableSet());

    @Inject
    DomainEventFeed feed;

    @Override
    public List<WebhookEvent> after(long position, Collection<String> types, String customerId, int limit) {
        return feed.after(position, types, customerId, limit).stream()
                .map(e -> new WebhookEvent(e.position(), e.id(), e.type(), e.subjectType(), e.subjectId(),
                        e.customerId(), e.occurredAt(), e.payload()))
                .toList();
    }

    @Override
    public long lastPosition() {
        return feed.lastPosition();
    }

    @Override
    public Set<String> types() {
        return TYPES;
    }
}
