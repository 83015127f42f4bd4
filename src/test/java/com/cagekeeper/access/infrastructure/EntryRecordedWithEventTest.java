package com.cagekeeper.access.infrastructure;

import static com.cagekeeper.support.Api.OPERATIONS;
import static com.cagekeeper.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.cagekeeper.access.domain.AccessDecision;
import com.cagekeeper.access.domain.AccessFacts;
import com.cagekeeper.access.domain.AccessLedger;
import com.cagekeeper.access.domain.Decision;
import com.cagekeeper.access.domain.Direction;
import com.cagekeeper.access.domain.RecordedCheck;
import com.cagekeeper.shared.domain.Ids;
import com.cagekeeper.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Rules 11 and 12 at the ledger: a granted entry is one statement, and the event's insert itself
 * records the person's last entry, or refuses the entry, writing nothing, when the person is no
 * longer APPROVED (a revocation committed after the facts were read).
 */
@QuarkusTest
@DisplayName("A granted entry and the person's last entry are one write (rules 11, 12)")
class EntryRecordedWithEventTest {

    @Inject
    AccessLedger ledger;
    @Inject
    Clock clock;

    private RecordedCheck grantedEntry(String personId, String spaceId, Instant at) {
        return new RecordedCheck(Ids.newId(clock), at, "test.security", personId, AccessFacts.Kind.PERSON, null,
                spaceId, null, null, null, Direction.IN,
                new AccessDecision(Decision.GRANTED, List.of(), null, false));
    }

    private static List<Map<String, Object>> events(String personId) {
        return as(OPERATIONS).queryParam("personId", personId).get("/api/v1/access-events").then().statusCode(200)
                .extract().path("items");
    }

    @Test
    @DisplayName("rule 12: a recorded granted entry of an approved person is its last entry")
    void grantedEntryIsTheLastEntry() {
        var t = Fixtures.tenancy();
        String person = Fixtures.approvedPerson(t.customerId(), t.spaceId());
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);

        assertTrue(ledger.record(grantedEntry(person, t.spaceId(), at)));

        assertEquals(1, events(person).size());
        String lastEntry = as(OPERATIONS).get("/api/v1/people/{id}", person).then().extract().path("lastEntryAt");
        assertEquals(at, Instant.parse(lastEntry));
    }

    @Test
    @DisplayName("rule 12: an earlier entry recorded late does not move the last entry back")
    void laterEntryIsKept() {
        var t = Fixtures.tenancy();
        String person = Fixtures.approvedPerson(t.customerId(), t.spaceId());
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);

        assertTrue(ledger.record(grantedEntry(person, t.spaceId(), at)));
        assertTrue(ledger.record(grantedEntry(person, t.spaceId(), at.minusSeconds(5))));

        String lastEntry = as(OPERATIONS).get("/api/v1/people/{id}", person).then().extract().path("lastEntryAt");
        assertEquals(at, Instant.parse(lastEntry));
    }

    @Test
    @DisplayName("rule 11: the entry of a person revoked since its facts were read is refused, and nothing is written")
    void revokedSinceReadingIsRefused() {
        var t = Fixtures.tenancy();
        String person = Fixtures.approvedPerson(t.customerId(), t.spaceId());
        as(OPERATIONS).body(Map.of("reason", "THREAT_OF_DAMAGE")).post("/api/v1/people/{id}/revocation", person)
                .then().statusCode(200);

        assertFalse(ledger.record(grantedEntry(person, t.spaceId(), clock.instant())));

        assertTrue(events(person).isEmpty(), "no access event is written for a refused entry");
        Object lastEntry = as(OPERATIONS).get("/api/v1/people/{id}", person).then().extract().path("lastEntryAt");
        assertEquals(null, lastEntry);
    }
}
