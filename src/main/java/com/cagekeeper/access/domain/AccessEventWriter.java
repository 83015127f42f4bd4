package com.cagekeeper.access.domain;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Records an access event (rule 11), and a granted entry as the person's last entry
 * (rule 12), in one transaction sent to the database in one round trip.
 */
@ApplicationScoped
public class AccessEventWriter {

    static final String INSERT = "INSERT INTO access_events (id, at, checked_at, actor_subject, person_id,"
            + " person_kind, visit_id, space_id, facility_id, customer_id, space_customer_id, direction, decision,"
            + " reason_codes, reasons_json, valid_until, escort_required)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String LAST_ENTRY = "UPDATE people SET last_entry_at = ? WHERE id = ?"
            + " AND (last_entry_at IS NULL OR last_entry_at < ?)";
    /** The event alone, or with the last entry, as one transaction sent in one round trip. */
    static final String RECORD = "START TRANSACTION; " + INSERT + "; COMMIT";
    static final String RECORD_ENTRY = "START TRANSACTION; " + INSERT + "; " + LAST_ENTRY + "; COMMIT";

    @Inject
    ObjectMapper json;

    /** What one recorded check says. */
    public record Event(String id, Instant at, Instant checkedAt, String actorSubject, String personId,
            AccessFacts.Kind kind, String visitId, String spaceId, String facilityId, String customerId,
            String spaceCustomerId, Direction direction, AccessDecision decision) {

        boolean isEntry() {
            return decision.granted() && direction == Direction.IN && kind == AccessFacts.Kind.PERSON;
        }
    }

    /**
     * Records on a connection in autocommit mode: the event, and for a granted entry the
     * person's last entry, commit together or not at all. On any failure the transaction is
     * rolled back before the connection goes back to the pool, and the failure propagates:
     * a check that cannot be recorded is never answered as a grant.
     */
    public void write(Connection c, Event e) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(e.isEntry() ? RECORD_ENTRY : RECORD)) {
            bindEvent(s, e);
            if (e.isEntry()) {
                s.setObject(18, utc(e.at()));
                s.setString(19, e.personId());
                s.setObject(20, utc(e.at()));
            }
            s.execute();
            while (s.getMoreResults() || s.getUpdateCount() != -1) {
                // drain every statement's result so that an error in any of them surfaces here
            }
        } catch (SQLException failure) {
            try (var rollback = c.createStatement()) {
                rollback.execute("ROLLBACK");
            } catch (SQLException suppressed) {
                failure.addSuppressed(suppressed);
            }
            throw failure;
        }
    }

    private void bindEvent(PreparedStatement s, Event e) throws SQLException {
        s.setString(1, e.id());
        s.setObject(2, utc(e.at()));
        s.setObject(3, utc(e.checkedAt()));
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
        s.setString(15, reasonsJson(e.decision()));
        if (e.decision().validUntil() == null) {
            s.setNull(16, Types.TIMESTAMP);
        } else {
            s.setObject(16, utc(e.decision().validUntil()));
        }
        s.setBoolean(17, e.decision().escortRequired());
    }

    private String reasonsJson(AccessDecision d) {
        try {
            return json.writeValueAsString(d.reasons());
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
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
