package com.cagekeeper.presence.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.cagekeeper.shared.domain.Rejection;

/**
 * Rule 31a, BCP: who is still missing. The roll is the presence frozen at the muster's start
 * plus everyone who entered the facility since (flagged). A person marked at the muster point
 * is ACCOUNTED (the mark stands, whatever the doors record after it); otherwise one whose last
 * passage since the start is an exit has left the building (EXITED, not missing); everyone
 * else is MISSING. Nobody on the roll is ever dropped from it.
 */
public final class MusterRoll {

    private MusterRoll() {
    }

    /** Where a person on the roll stands. */
    public enum Status {
        ACCOUNTED, EXITED, MISSING
    }

    /**
     * One person on the roll: the entry that put them there, whether it came after the start,
     * their status, when they left (EXITED) and the mark at the muster point (ACCOUNTED).
     */
    public record Line(Passage entry, boolean enteredSinceStart, Status status, Instant exitedAt,
            Accounting accounting) {
    }

    /**
     * @param frozen   the entries inside at the start, by person
     * @param accounts the marks at the muster point, by person
     * @param since    the granted passages at the facility since the start, oldest first
     */
    public static List<Line> lines(Map<String, Passage> frozen, Map<String, Accounting> accounts,
            List<Passage> since) {
        Map<String, Passage> entries = new LinkedHashMap<>(frozen);
        Map<String, Boolean> late = new HashMap<>();
        Map<String, Passage> last = new HashMap<>();
        for (Passage p : since) {
            if (p.entry() && !entries.containsKey(p.personId())) {
                entries.put(p.personId(), p);
                late.put(p.personId(), true);
            }
            last.put(p.personId(), p);
        }
        List<Line> lines = new ArrayList<>();
        entries.forEach((person, entry) -> {
            Accounting mark = accounts.get(person);
            Passage latest = last.get(person);
            Status status = mark != null ? Status.ACCOUNTED
                    : latest != null && !latest.entry() ? Status.EXITED : Status.MISSING;
            lines.add(new Line(entry, late.getOrDefault(person, false), status,
                    status == Status.EXITED ? latest.at() : null, mark));
        });
        lines.sort(Comparator.comparing((Line l) -> l.entry().name() == null ? "" : l.entry().name())
                .thenComparing(l -> l.entry().personId()));
        return lines;
    }

    /** BCP: only someone on the roll (inside at the start, or entered since) is accounted for. */
    public static Optional<Rejection> accountRefusal(List<Line> lines, String personId) {
        if (lines.stream().anyMatch(l -> l.entry().personId().equalsIgnoreCase(personId))) {
            return Optional.empty();
        }
        return Optional.of(new Rejection("NOT_ON_MUSTER_ROLL", "BCP", "Person " + personId
                + " is not on this muster's roll: they were not inside the facility at its start and have not"
                + " entered since.").at("personId"));
    }
}
