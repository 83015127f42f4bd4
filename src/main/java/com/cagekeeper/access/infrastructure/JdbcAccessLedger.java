package com.cagekeeper.access.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.cagekeeper.access.domain.AccessFacts;
import com.cagekeeper.access.domain.AccessLedger;
import com.cagekeeper.access.domain.AccessRules;
import com.cagekeeper.access.domain.Reason;
import com.cagekeeper.access.domain.RecordedCheck;
import com.cagekeeper.access.domain.RecordedStates;
import com.cagekeeper.facility.domain.OperatingState;
import com.cagekeeper.order.domain.OrderState;
import com.cagekeeper.personnel.domain.EscortEligibility;
import com.cagekeeper.personnel.domain.InactivityLapse;
import com.cagekeeper.personnel.domain.PersonState;
import com.cagekeeper.shared.domain.Ids;
import com.cagekeeper.space.domain.SpaceState;
import com.cagekeeper.visit.domain.VisitPurpose;
import com.cagekeeper.visit.domain.VisitState;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The access check's SQL: one query for every fact of a decision (every lookup by primary or
 * unique key), and one statement for its event. Two round trips and one durable commit per
 * recorded check: the event's insert is autocommitted, and for a granted entry the table's
 * trigger ({@code access_events_entry}, V12) records it as the person's last entry (rule 12) and
 * refuses it, writing nothing, when the person is no longer APPROVED. DATETIME columns hold UTC
 * wall time, as Hibernate writes them, whatever the JVM's zone.
 */
@ApplicationScoped
public class JdbcAccessLedger implements AccessLedger {

    static final String FACTS = """
            SELECT p.customer_id AS person_customer_id, p.state AS person_state,
                   p.valid_from AS person_valid_from, p.valid_until AS person_valid_until,
                   (p.all_spaces OR EXISTS (SELECT 1 FROM person_spaces ps WHERE ps.person_id = p.id AND ps.space_id = ?))
                       AS person_covers_space,
                   p.may_remove_equipment AS person_may_remove_equipment, p.approved_at AS person_approved_at,
                   p.last_entry_at AS person_last_entry_at, p.revocation_reason AS person_revocation_reason,
                   s.id AS space_id, s.customer_id AS space_customer_id, s.state AS space_state,
                   s.facility_id AS facility_id, f.operating_state AS facility_state, f.time_zone AS facility_zone,
                   bf.code AS backup_facility_code,
                   (SELECT su.reason FROM suspensions su WHERE su.active_space_id = s.id) AS suspension_reason,
                   EXISTS (SELECT 1 FROM lien_action_spaces ls JOIN lien_actions la ON la.id = ls.lien_action_id
                            WHERE ls.space_id = s.id AND la.state = 'STANDING') AS lien_restricted,
                   o.state AS order_state, o.term_start AS order_term_start, o.term_months AS order_term_months,
                   o.terminated_on AS order_terminated_on,
                   v.id AS visit_id, v.customer_id AS visit_customer_id, v.state AS visit_state,
                   v.purpose AS visit_purpose, v.starts_at AS visit_starts_at, v.ends_at AS visit_ends_at,
                   v.escort_waived AS visit_escort_waived,
                   EXISTS (SELECT 1 FROM visit_spaces vs WHERE vs.visit_id = v.id AND vs.space_id = ?)
                       AS visit_covers_space,
                   e.customer_id AS escort_customer_id, e.state AS escort_state, e.may_escort AS escort_may_escort,
                   e.valid_from AS escort_valid_from, e.valid_until AS escort_valid_until,
                   e.approved_at AS escort_approved_at, e.last_entry_at AS escort_last_entry_at,
                   (e.all_spaces OR EXISTS (SELECT 1 FROM person_spaces es WHERE es.person_id = e.id AND es.space_id = ?))
                       AS escort_covers_space
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

    static final String INSERT_EVENT = "INSERT INTO access_events (id, at, checked_at, actor_subject, person_id,"
            + " person_kind, visit_id, space_id, facility_id, customer_id, space_customer_id, direction, decision,"
            + " reason_codes, reasons_json, valid_until, escort_required)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final ConcurrentHashMap<String, ZoneId> ZONES = new ConcurrentHashMap<>();

    @Inject
    DataSource dataSource;
    @Inject
    ObjectMapper json;

    @Override
    public AccessFacts facts(String personId, String spaceId, String visitId, Instant at, int lapseDays) {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(FACTS)) {
            // Ids that are not UUIDs can match nothing; the lookup still runs so that the decision says so.
            String person = Ids.isWellFormed(personId) ? personId : "";
            String space = Ids.isWellFormed(spaceId) ? spaceId : "";
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
        } catch (SQLException e) {
            throw new AccessStorageException(e);
        }
    }

    @Override
    public boolean record(RecordedCheck check) {
        // One statement in autocommit mode: durable when it returns. A granted entry of a person
        // who is no longer APPROVED is refused by the trigger (40001), like a lost race below.
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(INSERT_EVENT)) {
            bindEvent(insert, check);
            insert.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (isLostRace(e)) {
                return false; // nothing was recorded: decide again on fresh facts
            }
            throw new AccessStorageException(e);
        }
    }

    /**
     * A serialization failure (40001): the entry trigger found the person no longer APPROVED; a
     * deadlock; or on a Galera cluster a certification failure (reported as a deadlock, 1213/40001):
     * a write on another node (a revocation, another entry of the same person) committed first, and
     * the statement was rolled back whole. Like a revocation between reading and recording, the check
     * decides again rather than answering on facts that changed.
     */
    static boolean isLostRace(SQLException e) {
        for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof SQLException s && (s.getErrorCode() == 1213 || "40001".equals(s.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    private static AccessFacts toFacts(ResultSet r, String visitId, Instant at, int lapseDays) throws SQLException {
        RecordedStates states = new RecordedStates();
        PersonState personState = states.person(PersonState.class, "person state", r.getString("person_state"));
        String visit = r.getString("visit_id");
        AccessFacts.Kind kind = r.getString("person_state") != null ? AccessFacts.Kind.PERSON
                : visit != null ? AccessFacts.Kind.VISITOR : AccessFacts.Kind.UNKNOWN;
        AccessFacts.Visit visitFacts = kind == AccessFacts.Kind.VISITOR ? visit(r, states, visitId, at, lapseDays)
                : null;
        boolean spaceFound = r.getString("space_id") != null;
        return new AccessFacts(kind, r.getString("person_customer_id"), personState,
                instant(r, "person_valid_from"), instant(r, "person_valid_until"),
                r.getBoolean("person_covers_space"), r.getBoolean("person_may_remove_equipment"),
                instant(r, "person_approved_at"), instant(r, "person_last_entry_at"),
                r.getString("person_revocation_reason"),
                spaceFound, r.getString("space_customer_id"),
                states.space(SpaceState.class, "space state", r.getString("space_state")),
                r.getString("facility_id"),
                states.space(OperatingState.class, "facility operating state", r.getString("facility_state")),
                zone(states, r.getString("facility_zone")), r.getString("backup_facility_code"),
                r.getString("suspension_reason"), r.getBoolean("lien_restricted"),
                states.space(OrderState.class, "order state", r.getString("order_state")),
                date(r, "order_term_start"), r.getInt("order_term_months"), date(r, "order_terminated_on"),
                visitFacts, states.unrecognizedPerson(), states.unrecognizedSpace());
    }

    private static AccessFacts.Visit visit(ResultSet r, RecordedStates states, String visitId, Instant at,
            int lapseDays) throws SQLException {
        String id = r.getString("visit_id");
        String customer = r.getString("visit_customer_id");
        String escortCustomer = r.getString("escort_customer_id");
        Instant escortValidUntil = instant(r, "escort_valid_until");
        Instant escortApprovedAt = instant(r, "escort_approved_at");
        Instant escortLastEntry = instant(r, "escort_last_entry_at");
        EscortEligibility.Escort escort = escortCustomer == null ? null
                : new EscortEligibility.Escort(escortCustomer,
                        states.person(PersonState.class, "escort state", r.getString("escort_state")),
                        r.getBoolean("escort_may_escort"), r.getBoolean("escort_covers_space"),
                        instant(r, "escort_valid_from"), escortValidUntil, escortApprovedAt, escortLastEntry);
        boolean escortEligible = EscortEligibility.refusal(customer, escort, at, lapseDays).isEmpty();
        return new AccessFacts.Visit(id, visitId == null || visitId.equals(id), customer,
                states.person(VisitState.class, "visit state", r.getString("visit_state")),
                states.person(VisitPurpose.class, "visit purpose", r.getString("visit_purpose")),
                instant(r, "visit_starts_at"), instant(r, "visit_ends_at"), r.getBoolean("visit_covers_space"),
                r.getBoolean("visit_escort_waived"), escortEligible,
                AccessRules.earliest(escortValidUntil,
                        InactivityLapse.lapsesAt(escortApprovedAt, escortLastEntry, lapseDays)));
    }

    /** The facility's IANA zone; an unreadable one denies (recorded as unrecognized), UTC stands in for arithmetic. */
    private static ZoneId zone(RecordedStates states, String zone) {
        if (zone == null) {
            return ZoneOffset.UTC;
        }
        try {
            return ZONES.computeIfAbsent(zone, ZoneId::of);
        } catch (DateTimeException e) {
            states.unreadableSpaceFact("facility time zone", zone);
            return ZoneOffset.UTC;
        }
    }

    private void bindEvent(PreparedStatement s, RecordedCheck e) throws SQLException {
        s.setString(1, e.id());
        s.setObject(2, utc(e.at()));
        s.setObject(3, utc(e.at()));
        s.setString(4, truncate(e.actorSubject(), 200));
        s.setString(5, truncate(e.personId(), 36));
        s.setString(6, e.kind().name());
        setNullable(s, 7, e.visitId());
        s.setString(8, truncate(e.spaceId(), 36));
        setNullable(s, 9, e.facilityId());
        setNullable(s, 10, e.customerId());
        setNullable(s, 11, e.spaceCustomerId());
        s.setString(12, e.direction().name());
        s.setString(13, e.decision().decision().name());
        s.setString(14, truncate(e.decision().reasons().stream().map(Reason::code)
                .collect(Collectors.joining(",")), 500));
        s.setString(15, reasonsJson(e));
        if (e.decision().validUntil() == null) {
            s.setNull(16, Types.TIMESTAMP);
        } else {
            s.setObject(16, utc(e.decision().validUntil()));
        }
        s.setBoolean(17, e.decision().escortRequired());
    }

    private String reasonsJson(RecordedCheck e) {
        try {
            return json.writeValueAsString(e.decision().reasons());
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static Instant instant(ResultSet r, String column) throws SQLException {
        LocalDateTime t = r.getObject(column, LocalDateTime.class);
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }

    private static LocalDate date(ResultSet r, String column) throws SQLException {
        return r.getObject(column, LocalDate.class);
    }

    private static LocalDateTime utc(Instant i) {
        return LocalDateTime.ofInstant(i, ZoneOffset.UTC);
    }

    private static void setNullable(PreparedStatement s, int i, String v) throws SQLException {
        if (v == null) {
            s.setNull(i, Types.CHAR);
        } else {
            s.setString(i, v);
        }
    }

    private static String truncate(String v, int max) {
        return v == null || v.length() <= max ? v : v.substring(0, max);
    }
}
