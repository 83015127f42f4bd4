package com.cagekeeper.presence.application;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.cagekeeper.presence.domain.Muster;
import com.cagekeeper.presence.domain.MusterRoll;
import com.cagekeeper.presence.domain.MusterState;
import com.cagekeeper.presence.domain.PersonKind;
import com.cagekeeper.shared.domain.Versioned;

/** A muster (rule 31a, BCP): its roll, who is accounted for and who is still missing. */
@Schema(name = "Muster")
public record MusterView(
        String id,
        String facilityId,
        MusterState state,
        String reason,
        Instant startedAt,
        String startedBy,
        @Schema(nullable = true) Instant closedAt,
        @Schema(nullable = true) String closedBy,
        @Schema(nullable = true) String closeNote,
        Counts counts,
        @Schema(description = "Everyone on the roll, by name: inside at the start, or entered since (flagged)") List<Line> roll,
        @Schema(description = "Those marked at the muster point") List<Line> accounted,
        @Schema(description = "Those neither accounted for nor recorded leaving since the start") List<Line> missing,
        long version,
        Instant createdAt,
        Instant updatedAt) implements Versioned {

    /** How many are on the roll, and where they stand. */
    @Schema(name = "MusterCounts")
    public record Counts(
            @Schema(description = "Inside when the muster started") int onRollAtStart,
            @Schema(description = "Entered the facility after the muster started") int enteredSinceStart,
            int accounted,
            @Schema(description = "Recorded leaving since the start, not accounted for") int exited,
            int missing) {
    }

    /** One person or visitor on the roll. */
    @Schema(name = "MusterLine")
    public record Line(
            String personId,
            PersonKind kind,
            @Schema(nullable = true) String name,
            @Schema(nullable = true) String customerId,
            @Schema(nullable = true) String visitId,
            @Schema(description = "The space of the entry that put them on the roll") String spaceId,
            @Schema(nullable = true) String spaceCode,
            @Schema(description = "When that entry was recorded") Instant since,
            @Schema(description = "Whether they entered after the muster started") boolean enteredSinceStart,
            MusterRoll.Status status,
            @Schema(nullable = true, description = "When they were recorded leaving (EXITED)") Instant exitedAt,
            @Schema(nullable = true) Instant accountedAt,
            @Schema(nullable = true, description = "The staff member who marked them") String accountedBy,
            @Schema(nullable = true, description = "Where they were accounted for (the muster point)") String location,
            @Schema(nullable = true) String note) {

        static Line of(MusterRoll.Line l) {
            var e = l.entry();
            var a = l.accounting();
            return new Line(e.personId(), e.kind(), e.name(), e.customerId(), e.visitId(), e.spaceId(),
                    e.spaceCode(), e.at(), l.enteredSinceStart(), l.status(), l.exitedAt(),
                    a == null ? null : a.accountedAt, a == null ? null : a.accountedBy,
                    a == null ? null : a.location, a == null ? null : a.note);
        }
    }

    static MusterView of(Muster m, List<MusterRoll.Line> lines) {
        List<Line> roll = lines.stream().map(Line::of).toList();
        List<Line> accounted = roll.stream().filter(l -> l.status() == MusterRoll.Status.ACCOUNTED).toList();
        List<Line> missing = roll.stream().filter(l -> l.status() == MusterRoll.Status.MISSING).toList();
        int late = (int) roll.stream().filter(Line::enteredSinceStart).count();
        int exited = (int) roll.stream().filter(l -> l.status() == MusterRoll.Status.EXITED).count();
        return new MusterView(m.id, m.facilityId, m.state(), m.reason, m.startedAt, m.startedBy, m.closedAt,
                m.closedBy, m.closeNote, new Counts(roll.size() - late, late, accounted.size(), exited, missing.size()),
                roll, accounted, missing, m.version, m.createdAt, m.updatedAt);
    }
}
