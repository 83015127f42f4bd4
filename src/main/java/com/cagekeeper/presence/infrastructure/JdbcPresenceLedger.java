package com.cagekeeper.presence.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.cagekeeper.presence.domain.Passage;
import com.cagekeeper.presence.domain.PersonKind;
import com.cagekeeper.presence.domain.PresenceLedger;

/**
 * Presence read from {@code access_events} with named columns (STYLE rule 16: the presence
 * feature's own query port), with the names of people, visitors and spaces a roll call reads.
 * DATETIME columns hold UTC wall time, as Hibernate writes them.
 */
@ApplicationScoped
public class JdbcPresenceLedger implements PresenceLedger {

    static final String COLUMNS = "e.id, e.person_id, e.person_kind, e.customer_id, e.visit_id, e.space_id,"
            + " e.direction, e.at, COALESCE(p.name, v.name) AS name, s.code AS space_code";
    static final String NAMES = " LEFT JOIN people p ON p.id = e.person_id"
            + " LEFT JOIN visitors v ON v.id = e.person_id LEFT JOIN spaces s ON s.id = e.space_id";

    /**
     * Each person's last granted passage at the facility, kept when it is an entry. The derived
     * table takes MAX(at) per person by a loose scan of ix_events_presence (facility, decision,
     * person, at): a few index pages per person, not a read of every event (grouping by the
     * index's leading columns is what lets MariaDB choose "Using index for group-by"). Two passages of one
     * person in the same microsecond are told apart by id, as the ids are time-ordered.
     */
    static final String INSIDE = "SELECT " + COLUMNS
            + " FROM (SELECT facility_id, decision, person_id, MAX(at) AS last_at FROM access_events"
            + "        WHERE facility_id = ? AND decision = 'GRANTED' AND person_id > ?"
            + "        GROUP BY facility_id, decision, person_id) l"
            + " JOIN access_events e ON e.facility_id = ? AND e.decision = 'GRANTED'"
            + "  AND e.person_id = l.person_id AND e.at = l.last_at" + NAMES
            + " WHERE e.direction = 'IN' AND (? IS NULL OR e.customer_id = ?)"
            + "  AND NOT EXISTS (SELECT 1 FROM access_events t WHERE t.facility_id = e.facility_id"
            + "   AND t.decision = 'GRANTED' AND t.person_id = e.person_id AND t.at = e.at AND t.id > e.id)"
            + " ORDER BY e.person_id LIMIT ?";

    static final String PASSAGES = "SELECT " + COLUMNS + " FROM access_events e" + NAMES
            + " WHERE e.facility_id = ? AND e.decision = 'GRANTED' AND e.at >= ? AND e.at <= ?"
            + " ORDER BY e.at, e.id";

    @Inject
    DataSource dataSource;

    @Override
    public List<Passage> inside(String facilityId, String customerId, String afterPersonId, int limit) {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(INSIDE)) {
            q.setString(1, facilityId);
            q.setString(2, afterPersonId == null ? "" : afterPersonId);
            q.setString(3, facilityId);
            q.setString(4, customerId);
            q.setString(5, customerId);
            q.setInt(6, limit);
            return read(q);
        } catch (SQLException e) {
            throw new IllegalStateException("Presence could not be read", e);
        }
    }

    @Override
    public List<Passage> passages(String facilityId, Instant from, Instant to) {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(PASSAGES)) {
            q.setString(1, facilityId);
            q.setObject(2, LocalDateTime.ofInstant(from, ZoneOffset.UTC));
            q.setObject(3, LocalDateTime.ofInstant(to, ZoneOffset.UTC));
            return read(q);
        } catch (SQLException e) {
            throw new IllegalStateException("Passages could not be read", e);
        }
    }

    private static List<Passage> read(PreparedStatement q) throws SQLException {
        List<Passage> rows = new ArrayList<>();
        try (ResultSet r = q.executeQuery()) {
            while (r.next()) {
                LocalDateTime at = r.getObject("at", LocalDateTime.class);
                rows.add(new Passage(r.getString("id"), r.getString("person_id"),
                        PersonKind.named(r.getString("person_kind")), r.getString("name"),
                        r.getString("customer_id"), r.getString("visit_id"), r.getString("space_id"),
                        r.getString("space_code"), "IN".equals(r.getString("direction")),
                        at.toInstant(ZoneOffset.UTC)));
            }
        }
        return rows;
    }
}
