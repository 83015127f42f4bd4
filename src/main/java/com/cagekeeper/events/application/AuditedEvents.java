package com.cagekeeper.events.application;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import com.cagekeeper.audit.application.Audited;
import com.cagekeeper.events.domain.DomainEventType;
import com.cagekeeper.events.domain.EventCatalogue;
import com.cagekeeper.space.application.SpaceService;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Publishes the domain event of each audited business action the catalogue lists, in the
 * action's transaction. The customer it concerns is the object's own ({@code customerId} of its
 * representation after the change, or before it where the change cleared it): the person's, the
 * visit's, the space lessee's, the equipment owner's, the notice's, the lien's, the relocation's,
 * the order's. A facility's state change is the provider's (customer null) and, one row each,
 * every customer leasing space there at the time: a customer reads only rows of its own, and a
 * lockdown or disruption reaches it as it stood when it happened.
 */
@ApplicationScoped
public class AuditedEvents {

    @Inject
    DomainEvents events;
    @Inject
    SpaceService spaces;
    @Inject
    ObjectMapper json;

    void on(@Observes Audited audited) {
        DomainEventType type = EventCatalogue.eventOf(audited.objectType(), audited.action()).orElse(null);
        if (type == null) {
            return;
        }
        JsonNode image = audited.after() != null ? audited.after() : audited.before();
        Map<String, Object> payload = payload(audited, image);
        if (EventCatalogue.FACILITY.equals(audited.objectType())) {
            events.publish(type.name(), audited.objectType(), audited.objectId(), null, payload);
            Set<String> lessees = spaces.lesseesIn(audited.objectId());
            for (String customer : lessees) {
                events.publish(type.name(), audited.objectType(), audited.objectId(), customer, payload);
            }
            return;
        }
        events.publish(type.name(), audited.objectType(), audited.objectId(), customerOf(audited), payload);
    }

    private static String customerOf(Audited audited) {
        String after = text(audited.after(), "customerId");
        return after != null ? after : text(audited.before(), "customerId");
    }

    private Map<String, Object> payload(Audited audited, JsonNode image) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("action", audited.action());
        if (image != null) {
            for (String field : EventCatalogue.PAYLOAD_FIELDS) {
                JsonNode value = image.get(field);
                if (value != null && !value.isNull()) {
                    payload.put(field, value);
                }
            }
        }
        if (audited.reason() != null) {
            payload.put("reason", audited.reason());
        }
        return payload;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
