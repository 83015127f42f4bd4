package com.cagekeeper.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Optional;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.cagekeeper.events.domain.DomainEventType;
import com.cagekeeper.events.domain.EventCatalogue;

@DisplayName("Issue 12: which audited actions are domain events")
class EventCatalogueTest {

    @Test
    @DisplayName("every event type but ACCESS_DENIED (written by the access ledger) is some audited action")
    void everyTypeIsEmitted() {
        EnumSet<DomainEventType> expected = EnumSet.allOf(DomainEventType.class);
        expected.remove(DomainEventType.ACCESS_DENIED);
        assertEquals(expected, EventCatalogue.audited());
    }

    @Test
    @DisplayName("§3.6 the suspension is the event, not the space's own record of it, so one action is one event")
    void oneActionOneEvent() {
        assertEquals(Optional.of(DomainEventType.SUSPENSION_STARTED),
                EventCatalogue.eventOf("Suspension", "OPERATIONS_SUSPENDED"));
        assertEquals(Optional.empty(), EventCatalogue.eventOf("Space", "SPACE_SUSPENDED"));
        assertEquals(Optional.of(DomainEventType.RELOCATION_PROPOSED),
                EventCatalogue.eventOf("Relocation", "RELOCATION_REQUIRED"));
        assertEquals(Optional.of(DomainEventType.FACILITY_STATE_CHANGED),
                EventCatalogue.eventOf("Facility", "FACILITY_LOCKDOWN"));
        assertEquals(Optional.empty(), EventCatalogue.eventOf("Facility", "FACILITY_UPDATED"));
        assertEquals(Optional.empty(), EventCatalogue.eventOf("Person", "PERSON_TELEPORTED"));
    }

    @Test
    @DisplayName("a payload never carries a name, an e-mail or an identity document number")
    void payloadKeepsNoPersonalData() {
        for (String field : new String[] { "name", "email", "idDocumentNumber", "idDocumentType", "employer",
                "text", "phone" }) {
            assertFalse(EventCatalogue.PAYLOAD_FIELDS.contains(field), field);
        }
        assertTrue(EventCatalogue.PAYLOAD_FIELDS.contains("state"));
    }
}
