package com.cagekeeper.events.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.cagekeeper.events.domain.EventStore;
import com.cagekeeper.events.domain.NewEvent;
import com.cagekeeper.events.domain.StoredEvent;

/**
 * The outbox in SQL. Every method runs on the connection of the caller's JTA transaction (the
 * datasource hands the enlisted one out), so an event commits with the change that wrote it.
 */
@ApplicationScoped
public class JdbcEventStore implements EventStore {

    static final String LOCK_SEQUENCE = "SELECT last_position FROM domain_event_sequence WHERE id = 1 FOR UPDATE";
    // a consistent read taken after the lock: it sees every row committed until now, and no
    // uncommitted one (that row is positioned by a later run, after it commits)
    static final String UNPOSITIONED = "SELECT id FROM domain_events WHERE position IS NULL"
            + " ORDER BY occurred_at, id LIMIT ?";
    static final String POSITION = "UPDATE domain_events SET position = ? WHERE id = ? AND position IS NULL";
    static final String ADVANCE = "UPDATE domain_event_sequence SET last_position = ? WHERE id = 1";
    static final String LAST = "SELECT last_position FROM domain_event_sequence WHERE id = 1";
    static final String COLUMNS = "SELECT position, id, type, subject_type, subject_id, customer_id, occurred_at,"
            + " payload FROM domain_events";

    @Inject
    DataSource dataSource;

    @Override
    public void insert(NewEvent event) {
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(OutboxSql.INSERT)) {
            OutboxSql.bind(insert, event);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("The event could not be written to the outbox", e);
        }
    }

    @Override
    public int assignPositions(int max) {
        try (Connection c = dataSource.getConnection()) {
            long last;
            try (PreparedStatement lock = c.prepareStatement(LOCK_SEQUENCE); ResultSet r = lock.executeQuery()) {
                if (!r.next()) {
                    throw new IllegalStateException("domain_event_sequence has no row");
                }
                last = r.getLong(1);
            }
            List<String> ids = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement(UNPOSITIONED)) {
                q.setInt(1, max);
                try (ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        ids.add(r.getString(1));
                    }
                }
            }
            if (ids.isEmpty()) {
                return 0;
            }
            long next = last;
            try (PreparedStatement update = c.prepareStatement(POSITION)) {
                for (String id : ids) {
                    update.setLong(1, ++next);
                    update.setString(2, id);
                    update.addBatch();
                }
                int[] counts = update.executeBatch();
                for (int n : counts) {
                    if (n == 0) {
                        throw new IllegalStateException("An event was positioned while the sequence was locked");
                    }
                }
            }
            try (PreparedStatement advance = c.prepareStatement(ADVANCE)) {
                advance.setLong(1, next);
                advance.executeUpdate();
            }
            return ids.size();
        } catch (SQLException e) {
            throw new IllegalStateException("The events could not be positioned", e);
        }
    }

    @Override
    public List<StoredEvent> after(long position, Collection<String> types, String customerId, int limit) {
        StringBuilder sql = new StringBuilder(COLUMNS).append(" WHERE position > ?");
        if (customerId != null) {
            sql.append(" AND customer_id = ?");
        }
        if (!types.isEmpty()) {
            sql.append(" AND type IN (").append("?,".repeat(types.size() - 1)).append("?)");
        }
        sql.append(" ORDER BY position LIMIT ?");
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql.toString())) {
            int i = 1;
            q.setLong(i++, position);
            if (customerId != null) {
                q.setString(i++, customerId);
            }
            for (String type : types) {
                q.setString(i++, type);
            }
            q.setInt(i, limit);
            List<StoredEvent> events = new ArrayList<>();
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    events.add(new StoredEvent(r.getLong("position"), r.getString("id"), r.getString("type"),
                            r.getString("subject_type"), r.getString("subject_id"), r.getString("customer_id"),
                            r.getObject("occurred_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                            r.getString("payload")));
                }
            }
            return events;
        } catch (SQLException e) {
            throw new IllegalStateException("The events could not be read", e);
        }
    }

    @Override
    public long lastPosition() {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(LAST);
                ResultSet r = q.executeQuery()) {
            return r.next() ? r.getLong(1) : 0;
        } catch (SQLException e) {
            throw new IllegalStateException("The event sequence could not be read", e);
        }
    }
}
