package com.cagekeeper.presence.domain;

import java.time.Instant;

/**
 * A granted passage through a door of a facility, as the access events recorded it: an entry
 * or an exit of a person or visitor at a space, with the names a roll call reads aloud.
 */
public record Passage(String eventId, String personId, PersonKind kind, String name, String customerId,
        String visitId, String spaceId, String spaceCode, boolean entry, Instant at) {
}
