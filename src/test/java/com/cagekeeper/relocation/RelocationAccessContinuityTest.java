package com.cagekeeper.relocation;

import static com.cagekeeper.support.Api.OPERATIONS;
import static com.cagekeeper.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.cagekeeper.support.Api;
import com.cagekeeper.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@DisplayName("Rule 20 (§3.2): a completing relocation leaves no window in which an approved person is denied at both spaces, nor granted at both")
class RelocationAccessContinuityTest {

    /** One answer of the door: which space, in which pass, granted or not. */
    record Answer(String space, boolean granted) {
    }

    @Test
    @DisplayName("§3.2 rule 20 recorded checks and previews race the completion: old-then-new is never DENIED at both, new-then-old never GRANTED at both; granted at the old space before and the new one after")
    void noAccessGapDuringCompletion() throws Exception {
        var t = Fixtures.tenancy();
        // enough rows to move that the completion takes a while: items, people and a visit
        for (int i = 0; i < 12; i++) {
            Fixtures.equipment(t.spaceId(), 1 + 3 * i, 2);
        }
        List<String> others = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            others.add(Fixtures.approvedPerson(t.customerId(), t.spaceId()));
        }
        String person = Fixtures.approvedPerson(t.customerId(), t.spaceId());
        String target = RelocationTest.space(t.facilityId(), Map.of());
        // faxed today at the facility: never after the customer's (UTC) today, nor after the move date, nor
        // before the order was activated (today there, §3.2)
        String notice = RelocationTest.relocationNotice(t.customerId(), Fixtures.facilityToday());
        Map<String, Object> body = RelocationTest.required(t.customerId(), t.spaceId(), target, notice,
                Fixtures.facilityToday());
        body.put("customerAgreementReference", "AGREED-" + Fixtures.code("", 6));
        String id = RelocationTest.create(body).statusCode(201).extract().path("id");
        as(OPERATIONS).body("{}").post(RelocationTest.RELOCATIONS + "/{id}/start", id).then().statusCode(200);

        AtomicBoolean stop = new AtomicBoolean();
        ConcurrentLinkedQueue<String> violations = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<List<Answer>> pairs = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> doors = new ArrayList<>();
        // two orders of asking, each by a recorded check and by a preview
        for (boolean oldFirst : List.of(true, false)) {
            for (boolean recorded : List.of(true, false)) {
                String first = oldFirst ? t.spaceId() : target;
                String second = oldFirst ? target : t.spaceId();
                doors.add(pool.submit(() -> {
                    while (!stop.get()) {
                        Answer a = ask(person, first, recorded, violations);
                        Answer b = ask(person, second, recorded, violations);
                        if (a == null || b == null) {
                            continue;
                        }
                        pairs.add(List.of(a, b));
                        // each answer reads one snapshot; the second is later than the first
                        if (oldFirst && !a.granted() && !b.granted()) {
                            violations.add("DENIED at the old space and then at the new one");
                        }
                        if (!oldFirst && a.granted() && b.granted()) {
                            violations.add("GRANTED at the new space and then at the old one");
                        }
                    }
                }));
            }
        }
        awaitPairs(pairs, 8);
        int before = pairs.size();
        as(OPERATIONS).body(RelocationTest.completion("RESTORATION_DUE", "0.00", null))
                .post(RelocationTest.RELOCATIONS + "/{id}/completion", id).then().statusCode(200)
                .body("state", equalTo("COMPLETED"));
        int during = pairs.size();
        awaitPairs(pairs, during + 8);
        stop.set(true);
        for (Future<?> f : doors) {
            f.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertTrue(violations.isEmpty(), "violations: " + violations);
        List<List<Answer>> all = new ArrayList<>(pairs);
        assertTrue(before >= 8 && all.size() >= during + 8, "checks ran before, during and after: " + before + " / "
                + during + " / " + all.size());
        assertTrue(all.stream().anyMatch(p -> p.stream().anyMatch(a -> a.space().equals(t.spaceId()) && a.granted())),
                "granted at the old space before");
        assertTrue(all.stream().anyMatch(p -> p.stream().anyMatch(a -> a.space().equals(target) && a.granted())),
                "granted at the new space after");
        // and the state it settles in
        assertEquals("DENIED", Fixtures.check(person, t.spaceId()).extract().path("decision"));
        assertEquals("GRANTED", Fixtures.check(person, target).extract().path("decision"));
        for (String other : others) {
            assertEquals("GRANTED", Fixtures.check(other, target).extract().path("decision"));
        }
    }

    /** Waits (at most a minute, on a busy machine) until the doors have answered so many pairs. */
    private static void awaitPairs(ConcurrentLinkedQueue<List<Answer>> pairs, int atLeast) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (pairs.size() < atLeast && System.nanoTime() < until) {
            Thread.sleep(20);
        }
    }

    private static Answer ask(String person, String space, boolean recorded,
            ConcurrentLinkedQueue<String> violations) {
        Map<String, Object> q = new HashMap<>(Map.of("personId", person, "spaceId", space));
        var r = Api.as(recorded ? Api.SECURITY : OPERATIONS).body(q)
                .post(recorded ? "/api/v1/access-checks" : "/api/v1/access-checks/preview");
        if (r.statusCode() != 200) {
            violations.add("answered " + r.statusCode() + ": " + r.asString());
            return null;
        }
        return new Answer(space, "GRANTED".equals(r.path("decision")));
    }
}
