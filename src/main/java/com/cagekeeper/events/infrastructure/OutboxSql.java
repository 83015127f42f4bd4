package com.cagekeeper.events.infrastructure;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import com.cagekeeper.events.domain.NewEvent;

/**
 * The outbox's insert in plain JDBC: call it on the connection and inside the transaction that
 * records the change, so the event commits or rolls back with it. The row has no position; the
 * sequencer gives it one after commit. (The door's denials are published by the access event's
 * own insert, trigger access_events_denied, V16, so the door keeps one statement per check.)
 */
public final class OutboxSql {

    /** Inserts one unpositioned event; bind it with {@link #bind}. */
    public static final String INSERT = "INSERT INTO domain_events (id, position, type, subject_type, subject_id,"
            + " customer_id, occurred_at, payload) VALUES (?, NULL, ?, ?, ?, ?, ?, ?)";

    private OutboxSql() {
    }

    /** Binds {@link #INSERT}'s seven parameters. */
    public static void bind(PreparedStatement insert, NewEvent e) throws SQLException {
        insert.setString(1, e.id());
        insert.setString(2, e.type());
        insert.setString(3, e.subjectType());
        insert.setString(4, e.subjectId());
        insert.setString(5, e.customerId());
        insert.setObject(6, LocalDateTime.ofInstant(e.occurredAt(), ZoneOffset.UTC));
        insert.setString(7, e.payload());
    }
}
