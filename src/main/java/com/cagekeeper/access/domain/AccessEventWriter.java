package com.cagekeeper.access.domain;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Records an access event (rule 11), and a granted entry as the person's last entry
 * (rule 12), on the caller's transaction's connection: the answer and its record commit together.
 */
@ApplicationScoped
public class AccessEventWriter {

    static final String INSERT = "INSERT INTO access_events (id, at, checked_at, actor_subject, person_id,"
            + " person_kind, visit_id, space_id, facility_id, customer_id, space_customer_id, direction, decision,"
            + " reason_codes, reasons_json, valid_until, escort_required)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String LAST_ENTRY = "UPDATE people SET last_entry_at = ? WHERE id = ?"
            + " AND (last_entry_at IS NULL OR last_entry_at < ?)";

    @Inject
    DataSource dataSource;
    @Inject
    ObjectMapper json;

    /** What one recorded check says. */
    public record Event(String id, Instant at, Instant checkedAt, String actorSubject, String personId,
            AccessFacts.Kind kind, String visitId, String spaceId, String facilityId, String customerId,
            String spaceCustomerId, Direction direction, AccessDecision decision) {
    }

    public void write(Event e) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement(INSERT)) {
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
                s.executeUpdate();
            }
            if (e.decision().granted() && e.direction() == Direction.IN && e.kind() == AccessFacts.Kind.PERSON) {
                try (PreparedStatement s = c.prepareStatement(LAST_ENTRY)) {
                    s.setObject(1, utc(e.at()));
                    s.setString(2, e.personId());
                    s.setObject(3, utc(e.at()));
                    s.executeUpdate();
                }
            }
        }
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
