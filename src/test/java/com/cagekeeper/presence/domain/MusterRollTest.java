package com.cagekeeper.presence.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.cagekeeper.presence.domain.MusterRoll.Line;
import com.cagekeeper.presence.domain.MusterRoll.Status;

@DisplayName("MusterRoll (rule 31a, BCP): who is accounted for, who left, who is still missing")
class MusterRollTest {

    private static final Instant START = Instant.parse("2026-11-26T10:00:00Z");

    private static Passage entry(String person, String name, int minutes) {
        return new Passage("e-" + person + minutes, person, PersonKind.PERSON, name, "c1", null, "s1", "ATL1-C001",
                true, START.plusSeconds(60L * minutes));
    }

    private static Passage exit(String person, int minutes) {
        return new Passage("x-" + person + minutes, person, PersonKind.PERSON, null, "c1", null, "s1", "ATL1-C001",
                false, START.plusSeconds(60L * minutes));
    }

    private static Map<String, Status> statuses(List<Line> lines) {
        return lines.stream().collect(Collectors.toMap(l -> l.entry().personId(), Line::status));
    }

    @Test
    @DisplayName("BCP everyone inside at the start and not yet marked is MISSING")
    void insideAtStartIsMissing() {
        var lines = MusterRoll.lines(Map.of("a", entry("a", "Ann", -30), "b", entry("b", "Bo", -5)), Map.of(),
                List.of());
        assertEquals(Map.of("a", Status.MISSING, "b", Status.MISSING), statuses(lines));
        assertTrue(lines.stream().noneMatch(Line::enteredSinceStart));
    }

    @Test
    @DisplayName("BCP a person recorded leaving since the start is EXITED, not missing, with the time")
    void exitedIsNotMissing() {
        var lines = MusterRoll.lines(Map.of("a", entry("a", "Ann", -30)), Map.of(), List.of(exit("a", 3)));
        assertEquals(Status.EXITED, lines.get(0).status());
        assertEquals(START.plusSeconds(180), lines.get(0).exitedAt());
    }

    @Test
    @DisplayName("BCP a person who left and came back in since the start is MISSING again")
    void reenteredIsMissing() {
        var lines = MusterRoll.lines(Map.of("a", entry("a", "Ann", -30)), Map.of(),
                List.of(exit("a", 3), entry("a", "Ann", 4)));
        assertEquals(Status.MISSING, lines.get(0).status());
        assertNull(lines.get(0).exitedAt());
        assertFalse(lines.get(0).enteredSinceStart(), "on the roll from the start");
    }

    @Test
    @DisplayName("BCP someone who entered after the start joins the roll, flagged; someone who only left does not")
    void enteredSinceJoins() {
        var lines = MusterRoll.lines(Map.of("a", entry("a", "Ann", -30)), Map.of(),
                List.of(entry("g", "Gil", 2), exit("z", 3)));
        assertEquals(Map.of("a", Status.MISSING, "g", Status.MISSING), statuses(lines));
        assertTrue(lines.stream().filter(l -> l.entry().personId().equals("g")).findFirst().get().enteredSinceStart());
    }

    @Test
    @DisplayName("BCP a mark at the muster point stands, whatever the doors record after it")
    void accountedStands() {
        var mark = Accounting.of(START.plusSeconds(120), "guard-1", "Muster point 1", null);
        var lines = MusterRoll.lines(Map.of("a", entry("a", "Ann", -30)), Map.of("a", mark),
                List.of(exit("a", 5), entry("a", "Ann", 6)));
        assertEquals(Status.ACCOUNTED, lines.get(0).status());
        assertEquals("Muster point 1", lines.get(0).accounting().location);
    }

    @Test
    @DisplayName("BCP only someone on the roll is accounted for: 422 NOT_ON_MUSTER_ROLL naming personId")
    void notOnRollRefused() {
        var lines = MusterRoll.lines(Map.of("a", entry("a", "Ann", -30)), Map.of(), List.of(entry("g", "Gil", 1)));
        assertTrue(MusterRoll.accountRefusal(lines, "a").isEmpty());
        assertTrue(MusterRoll.accountRefusal(lines, "g").isEmpty());
        var refusal = MusterRoll.accountRefusal(lines, "h").orElseThrow();
        assertEquals("NOT_ON_MUSTER_ROLL", refusal.code());
        assertEquals("BCP", refusal.clause());
        assertEquals("personId", refusal.field());
    }

    @Test
    @DisplayName("BCP the roll reads by name")
    void byName() {
        var lines = MusterRoll.lines(Map.of("a", entry("a", "Zoe", -30), "b", entry("b", "Ann", -5)), Map.of(),
                List.of());
        assertEquals(List.of("Ann", "Zoe"), lines.stream().map(l -> l.entry().name()).toList());
    }
}
