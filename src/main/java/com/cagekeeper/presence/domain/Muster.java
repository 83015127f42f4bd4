package com.cagekeeper.presence.domain;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

import com.cagekeeper.shared.domain.Rejection;
import com.cagekeeper.shared.persistence.BaseEntity;

/**
 * Rule 31a, BCP ("Our Business Continuity Plan": the safety of employees, customers and
 * guests): the roll call of one facility during an evacuation. When it starts, the presence
 * of that moment is frozen into its roll; people are then accounted for at the muster point
 * one by one. At most one muster is open per facility.
 */
@Entity
@Table(name = "musters")
public class Muster extends BaseEntity {

    public String facilityId;
    public String reason;
    public String startedBy;
    public Instant startedAt;
    public String closedBy;
    public Instant closedAt;
    public String closeNote;
    /** The facility's id while the muster is open, null once closed: a unique key keeps one open per facility. */
    public String openFacilityId;
    @ElementCollection
    @CollectionTable(name = "muster_roll", joinColumns = @JoinColumn(name = "muster_id"))
    @MapKeyColumn(name = "person_id")
    public Map<String, RollEntry> roll = new HashMap<>();
    @ElementCollection
    @CollectionTable(name = "muster_accounts", joinColumns = @JoinColumn(name = "muster_id"))
    @MapKeyColumn(name = "person_id")
    public Map<String, Accounting> accounts = new HashMap<>();

    public static Muster start(String id, Instant now, String facilityId, String reason, String by,
            List<Passage> inside) {
        Muster m = new Muster();
        m.stampCreated(id, now);
        m.facilityId = facilityId;
        m.reason = reason;
        m.startedBy = by;
        m.startedAt = now;
        m.openFacilityId = facilityId;
        for (Passage p : inside) {
            m.roll.put(p.personId(), RollEntry.of(p));
        }
        return m;
    }

    public MusterState state() {
        return closedAt == null ? MusterState.OPEN : MusterState.CLOSED;
    }

    /** The end of the muster's window: its close, or now while it is open. */
    public Instant until(Instant now) {
        return closedAt == null ? now : closedAt;
    }

    /** BCP: one roll call at a time per facility, so nobody is counted on two lists. */
    public static Optional<Rejection> startRefusal(Muster open) {
        if (open == null) {
            return Optional.empty();
        }
        return Optional.of(new Rejection("MUSTER_ALREADY_OPEN", "BCP", "Muster " + open.id
                + " is open at this facility since " + open.startedAt + "; close it before starting another."));
    }

    /** BCP: a closed roll call is a record; nobody is marked on it any more, and it is closed once. */
    public Optional<Rejection> changeRefusal() {
        if (closedAt == null) {
            return Optional.empty();
        }
        return Optional.of(new Rejection("MUSTER_CLOSED", "BCP", "The muster was closed at " + closedAt + "."));
    }

    /**
     * Marks a person accounted for; the first mark stands (marking again changes nothing).
     * Returns whether this call marked them.
     */
    public boolean account(String personId, Instant now, String by, String location, String note) {
        if (accounts.containsKey(personId)) {
            return false;
        }
        accounts.put(personId, Accounting.of(now, by, location, note));
        touch(now);
        return true;
    }

    public void close(String by, String note, Instant now) {
        closedBy = by;
        closedAt = now;
        closeNote = note;
        openFacilityId = null;
        touch(now);
    }

    /** The roll as it stands: the frozen presence, anyone who entered since, and who is accounted for, exited or missing. */
    public List<MusterRoll.Line> lines(List<Passage> since) {
        Map<String, Passage> frozen = new HashMap<>();
        roll.forEach((person, entry) -> frozen.put(person, entry.asEntry(person)));
        return MusterRoll.lines(frozen, accounts, since);
    }

    public static Muster openAt(String facilityId) {
        return find("openFacilityId", facilityId).firstResult();
    }
}
