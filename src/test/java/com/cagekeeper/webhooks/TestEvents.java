package com.cagekeeper.webhooks;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import com.cagekeeper.shared.domain.Ids;
import com.cagekeeper.webhooks.domain.EventSource;
import com.cagekeeper.webhooks.domain.WebhookEvent;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Committed, positioned events as the outbox's feed gives them, published by tests: the feed's
 * contract (position order, a customer's events only, types filter) kept in memory.
 */
@Alternative
@Priority(1)
@Singleton
public class TestEvents implements EventSource {

    private final List<WebhookEvent> events = new ArrayList<>();
    @Inject
    Clock clock;
    @Inject
    ObjectMapper json;

    public synchronized WebhookEvent publish(String type, String subjectId, String customerId) {
        WebhookEvent e = new WebhookEvent(events.size() + 1L, Ids.newId(clock), type, "Person", subjectId, customerId,
                clock.instant(), json.valueToTree(Map.of("personId", subjectId)));
        events.add(e);
        return e;
    }

    @Override
    public synchronized List<WebhookEvent> after(long position, Collection<String> types, String customerId,
            int limit) {
        return events.stream().filter(e -> e.position() > position)
                .filter(e -> types.isEmpty() || types.contains(e.type()))
                .filter(e -> customerId == null || customerId.equals(e.customerId())).limit(limit).toList();
    }

    @Override
    public synchronized long lastPosition() {
        return events.size();
    }

    @Override
    public Set<String> types() {
        return Set.of("PERSON_REQUESTED", "PERSON_APPROVED", "PERSON_REVOKED", "VISIT_SCHEDULED");
    }
}
