package com.cagekeeper.presence.domain;

import java.time.Instant;

import jakarta.persistence.Embeddable;

/** A person accounted for at the muster point: when, by whom, where. The first mark stands. */
@Embeddable
public class Accounting {

    public Instant accountedAt;
    public String accountedBy;
    public String location;
    public String note;

    static Accounting of(Instant at, String by, String location, String note) {
        Accounting a = new Accounting();
        a.accountedAt = at;
        a.accountedBy = by;
        a.location = location;
        a.note = note;
        return a;
    }
}
