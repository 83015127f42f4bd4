package com.cagekeeper.access.domain;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.cagekeeper.shared.domain.EscortEligibility;
import com.cagekeeper.shared.domain.Ids;

/**
 * Loads the facts of one access decision in a single query: the person or visitor, the
 * space, its facility and backup, the order that leases it, a standing suspension, and for
 * a visitor the visit and its escort. Every lookup is by primary or unique key.
 */
@ApplicationScoped
public class AccessFactsReader {

    static final String SQL = """
            SELECT p.customer_id, p.state, p.valid_from, p.valid_until,
                   (p.all_spaces OR EXISTS (SELECT 1 FROM person_spaces ps WHERE ps.person_id = p.id AND ps.space_id = ?)),
                   p.may_remove_equipment, p.approved_at, p.last_entry_at, p.revocation_reason,
                   s.id, s.customer_id, s.facility_id,
                   f.operating_state, f.time_zone, bf.code,
                   (SELECT su.reason FROM suspensions su WHERE su.active_space_id = s.id),
                   o.state, o.term_start, o.term_months, o.terminated_on,
                   v.id, v.customer_id, v.state, v.purpose, v.starts_at, v.ends_at, v.escort_waived,
                   EXISTS (SELECT 1 FROM visit_spaces vs WHERE vs.visit_id = v.id AND vs.space_id = ?),
                   e.customer_id, e.state, e.may_escort, e.valid_from, e.valid_until, e.approved_at, e.last_entry_at,
                   (e.all_spaces OR EXISTS (SELECT 1 FROM person_spaces es WHERE es.person_id = e.id AND es.space_id = ?))
              FROM (SELECT 1 AS one) d
              LEFT JOIN people p ON p.id = ?
              LEFT JOIN visitors vr ON vr.id = ?
              LEFT JOIN visits v ON v.id = vr.visit_id
              LEFT JOIN people e ON e.id = v.escort_person_id
              LEFT JOIN spaces s ON s.id = ?
              LEFT JOIN facilities f ON f.id = s.facility_id
              LEFT JOIN facilities bf ON bf.id = f.backup_facility_id
              LEFT JOIN orders o ON o.id = s.order_id
            """;

    private static final ConcurrentHashMap<String, ZoneId> ZONES = new ConcurrentHashMap<>();

    @Inject
    DataSource dataSource;

    /** The facts for a person (or visitor) and a space; {@code visitId} is the visit the visitor presents, if any. */
    public AccessFacts read(String personId, String spaceId, String visitId, Instant at, int lapseDays)
            throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return read(c, personId, spaceId, visitId, at, lapseDays);
        }
    }

    /** As above, on a connection the caller holds (the check reads and records on one connection). */
    public AccessFacts read(Connection c, String personId, String spaceId, String visitId, Instant at, int lapseDays)
            throws SQLException {
        // Ids that are not UUIDs can match nothing; skip the lookup but still decide (and record).
        String person = Ids.isWellFormed(personId) ? personId : "";
        String space = Ids.isWellFormed(spaceId) ? spaceId : "";
        try (PreparedStatement q = c.prepareStatement(SQL)) {
            q.setString(1, space);
            q.setString(2, space);
            q.setString(3, space);
            q.setString(4, person);
            q.setString(5, person);
            q.setString(6, space);
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return toFacts(r, visitId, at, lapseDays);
            }
        }
    }

    private static AccessFacts toFacts(ResultSet r, String visitId, Instant at, int lapseDays) throws SQLException {
        String personState = r.getString(2);
        String visit = r.getString(21);
        AccessFacts.Kind kind = personState != null ? AccessFacts.Kind.PERSON
                : visit != null ? AccessFacts.Kind.VISITOR : AccessFacts.Kind.UNKNOWN;
        boolean spaceFound = r.getString(10) != null;
        String zone = r.getString(14);
        AccessFacts.Visit visitFacts = null;
        if (kind == AccessFacts.Kind.VISITOR) {
            String visitCustomer = r.getString(22);
            boolean escortEligible = escortEligible(visitCustomer, r.getString(29), r.getString(30),
                    r.getBoolean(31), instant(r, 32), instant(r, 33), instant(r, 34), instant(r, 35),
                    r.getBoolean(36), at, lapseDays);
            visitFacts = new AccessFacts.Visit(visit, visitId == null || visitId.equals(visit), visitCustomer,
                    r.getString(23), r.getString(24), instant(r, 25), instant(r, 26), r.getBoolean(28),
                    r.getBoolean(27), escortEligible, AccessRules.earliest(instant(r, 33),
                            com.cagekeeper.shared.domain.InactivityLapse.lapsesAt(instant(r, 34), instant(r, 35),
                                    lapseDays)));
        }
        return new AccessFacts(kind, r.getString(1), personState, instant(r, 3), instant(r, 4), r.getBoolean(5),
                r.getBoolean(6), instant(r, 7), instant(r, 8), r.getString(9),
                spaceFound, r.getString(11), r.getString(12), r.getString(13),
                zone == null ? ZoneOffset.UTC : ZONES.computeIfAbsent(zone, ZoneId::of), r.getString(15),
                r.getString(16),
                r.getString(17), date(r, 18), r.getInt(19), date(r, 20),
                visitFacts);
    }

    /** Rule 9: the escort is an approved person of the visit's customer, may escort, inside validity, not lapsed, covering the space. */
    static boolean escortEligible(String visitCustomer, String escortCustomer, String escortState, boolean mayEscort,
            Instant validFrom, Instant validUntil, Instant approvedAt, Instant lastEntryAt, boolean coversSpace,
            Instant at, int lapseDays) {
        EscortEligibility.Escort escort = escortCustomer == null ? null
                : new EscortEligibility.Escort(escortCustomer, escortState, mayEscort, coversSpace, validFrom,
                        validUntil, approvedAt, lastEntryAt);
        return EscortEligibility.refusal(visitCustomer, escort, at, lapseDays).isEmpty();
    }

    /** DATETIME columns hold UTC wall time (as Hibernate writes them), whatever the JVM's zone. */
    private static Instant instant(ResultSet r, int column) throws SQLException {
        LocalDateTime t = r.getObject(column, LocalDateTime.class);
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }

    private static LocalDate date(ResultSet r, int column) throws SQLException {
        return r.getObject(column, LocalDate.class);
    }
}
