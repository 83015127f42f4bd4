package com.cagekeeper.presence.domain;

import java.time.Instant;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One person or visitor inside the facility when the muster started, frozen into it. */
@Embeddable
public class RollEntry {

    @Enumerated(EnumType.STRING)
    public PersonKind personKind;
    public String name;
    public String customerId;
    public String visitId;
    public String spaceId;
    public String spaceCode;
    public Instant enteredAt;

    static RollEntry of(Passage p) {
        RollEntry e = new RollEntry();
        e.personKind = p.kind();
        e.name = p.name();
        e.customerId = p.customerId();
        e.visitId = p.visitId();
        e.spaceId = p.spaceId();
        e.spaceCode = p.spaceCode();
        e.enteredAt = p.at();
        return e;
    }

    Passage asEntry(String personId) {
        return new Passage(null, personId, personKind, name, customerId, visitId, spaceId, spaceCode, true,
                enteredAt);
    }
}
