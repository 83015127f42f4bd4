package com.cagekeeper.access;

import static com.cagekeeper.support.Api.AUDITOR;
import static com.cagekeeper.support.Api.OPERATIONS;
import static com.cagekeeper.support.Api.SECURITY;
import static com.cagekeeper.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.cagekeeper.personnel.application.InactivitySweep;
import com.cagekeeper.support.Fixtures;
import com.cagekeeper.support.TestClock;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@DisplayName("Entries and changes of a person under concurrency (rule 12, §3.2)")
class ConcurrentEntryTest {

    @Inject
    TestClock clock;
    @Inject
    InactivitySweep sweep;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static List<Map<String, Object>> grantedEntries(String person) {
        List<Map<String, Object>> all = as(AUDITOR).queryParam("personId", person).queryParam("decision", "GRANTED")
                .queryParam("limit", 500).get("/api/v1/access-events").then().statusCode(200).extract()
                .path("items");
        return all.stream().filter(e -> "IN".equals(e.get("direction"))).toList();
    }

    @Test
    @DisplayName("rule 12: revocations and reinstatements saved while entries are recorded lose no entry: the last entry is the latest granted one")
    void entriesAndApprovalsDoNotOverwriteEachOther() throws Exception {
        var t = Fixtures.tenancy();
        String person = Fixtures.approvedPerson(t.customerId(), t.spaceId());
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> doors = new ArrayList<>();
            for (int d = 0; d < 2; d++) {
                doors.add(pool.submit(() -> {
                    for (int i = 0; i < 40; i++) {
                        as(SECURITY).body(Map.of("personId", person, "spaceId", t.spaceId()))
                                .post("/api/v1/access-checks").then().statusCode(200);
                    }
                }));
            }
            for (int i = 0; i < 8; i++) {
                as(OPERATIONS).body(Map.of("reason", "THREAT_OF_DAMAGE")).post("/api/v1/people/{id}/revocation", person)
                        .then().statusCode(200);
                as(OPERATIONS).body(Map.of("writtenApprovalReference", "ACC-R" + i))
                        .post("/api/v1/people/{id}/approval", person).then().statusCode(200);
            }
            for (Future<?> door : doors) {
                door.get();
            }
        } finally {
            pool.shutdown();
        }
        List<Map<String, Object>> granted = grantedEntries(person);
        assertFalse(granted.isEmpty(), "some entries were granted between the changes");
        Instant latest = granted.stream().map(e -> Instant.parse((String) e.get("at"))).max(Instant::compareTo)
                .orElseThrow();
        String lastEntry = as(OPERATIONS).get("/api/v1/people/{id}", person).then().extract().path("lastEntryAt");
        assertEquals(latest, Instant.parse(lastEntry));
    }

    @Test
    @DisplayName("rule 12: the inactivity sweep and the door agree at the lapse: a person the sweep expires has no entry granted after it")
    void sweepAndDoorAgree() throws Exception {
        var t = Fixtures.tenancy();
        String person = Fixtures.approvedPerson(t.customerId(), t.spaceId());
        // stand 365 days after the approval less 300 ms: the lapse falls while doors and sweeps run
        clock.advance(Duration.ofDays(365).minusMillis(300));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> door = pool.submit(() -> {
                for (int i = 0; i < 60; i++) {
                    as(SECURITY).body(Map.of("personId", person, "spaceId", t.spaceId()))
                            .post("/api/v1/access-checks").then().statusCode(200);
                }
            });
            Future<?> sweeps = pool.submit(() -> {
                for (int i = 0; i < 30; i++) {
                    sweep.run();
                }
            });
            door.get();
            sweeps.get();
        } finally {
            pool.shutdown();
        }
        Map<String, Object> p = as(OPERATIONS).get("/api/v1/people/{id}", person).then().extract().path("");
        List<Map<String, Object>> granted = grantedEntries(person);
        if ("EXPIRED".equals(p.get("state"))) {
            Instant expiredAt = Instant.parse((String) p.get("expiredAt"));
            assertTrue(granted.stream().allMatch(e -> Instant.parse((String) e.get("at")).isBefore(expiredAt)),
                    "no entry is granted once the person is expired");
            assertTrue(granted.isEmpty(), "a granted entry renews the approval, so the sweep must not expire it");
        } else {
            assertEquals("APPROVED", p.get("state"));
            assertFalse(granted.isEmpty(), "an approved person was granted before the lapse and so stays approved");
        }
    }
}
