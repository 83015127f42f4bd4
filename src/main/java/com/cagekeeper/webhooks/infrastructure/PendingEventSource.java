package com.cagekeeper.webhooks.infrastructure;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.cagekeeper.webhooks.domain.EventSource;
import com.cagekeeper.webhooks.domain.WebhookEvent;

import io.quarkus.arc.DefaultBean;

/**
 * The event source until the domain-event outbox is part of the service: no events yet, and the
 * event types the outbox is to publish (issue 12). Replaced by the outbox's feed.
 */
@ApplicationScoped
@DefaultBean
public class PendingEventSource implements EventSource {

    static final Set<String> TYPES = Set.of("PERSON_REQUESTED", "PERSON_APPROVED", "PERSON_REVOKED",
            "PERSON_REMOVED", "PERSON_EXPIRED", "VISIT_SCHEDULED", "VISIT_CANCELLED", "SUSPENSION_STARTED",
            "SUSPENSION_LIFTED", "FACILITY_STATE_CHANGED", "NOTICE_RECORDED", "LIEN_ENFORCED", "LIEN_RELEASED",
            "EQUIPMENT_CUSTODY_CHANGED", "RELOCATION_PROPOSED", "RELOCATION_SCHEDULED", "RELOCATION_COMPLETED",
            "ORDER_ACTIVATED", "TERMINATION_NOTICED", "ORDER_TERMINATED", "ACCESS_DENIED");

    @Override
    public List<WebhookEvent> after(long position, Collection<String> types, String customerId, int limit) {
        return List.of();
    }

    @Override
    public long lastPosition() {
        return 0;
    }

    @Override
    public Set<String> types() {
        return TYPES;
    }
}
