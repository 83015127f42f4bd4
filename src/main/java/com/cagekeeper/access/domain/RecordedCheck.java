package com.cagekeeper.access.domain;

import java.time.Instant;

/** One check at a door as it is recorded (rule 11): who asked, for whom, where, when, and the answer. */
public record RecordedCheck(String id, Instant at, String actorSubject, String personId, AccessFacts.Kind kind,
        String visitId, String spaceId, String facilityId, String customerId, String spaceCustomerId,
        Direction direction, AccessDecision decision) {

    /** A granted entry of an approved person: it also becomes the person's last entry (rule 12). */
    public boolean isEntry() {
        return decision.granted() && direction == Direction.IN && kind == AccessFacts.Kind.PERSON;
    }
}
