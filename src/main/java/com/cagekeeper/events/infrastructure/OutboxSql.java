package com.cagekeeper.events.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.cagekeeper.events.domain.DomainEventType;
import com.cagekeeper.events.domain.NewEvent;
import com.cagekeeper.shared.domain.Ids;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The outbox's insert in plain JDBC, for code that writes on its own connection rather than
 * through the ORM (the access ledger's denial path, which must stay off the ORM for speed). Call
 * it on the connection and inside the transaction that records the change: the event commits or
 * rolls back with it. The row has no position; the sequencer gives it one after commit.
 */
public final class OutboxSql {

    /** Inserts one unpositioned event; bind it with {@link #bind}. */
    public static final String INSERT = "INSERT INTO domain_events (id, position, type, subject_type, subject_id,"
            + " customer_id, occurred_at, payload) VALUES (?, NULL, ?, ?, ?, ?, ?, ?)";

    /** The subject type of an ACCESS_DENIED event: the recorded access event. */
    public static final String ACCESS_EVENT = "AccessEvent";

    private static final ObjectMapper JSON = new ObjectMapper();

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

    /**
     * Records "access denied at a door" (ACCESS_DENIED) for the access event {@code accessEventId}
     * on {@code c}, in the caller's transaction. A check concerns up to two customers, the
     * person's (or visit's) and the space's lessee; each gets its own row and sees only its own
     * side, as {@code /access-events} shows it to a customer: the other party's id is left out,
     * and the reasons are given only to a customer that is both parties (the others read them,
     * through the customer lens, at {@code /access-events}). When neither is known the one row
     * concerns the provider only (customer null). Returns the number of rows written.
     *
     * @param clock the service's clock, for the event ids
     * @param at when the check was decided (the access event's time)
     * @param direction IN or OUT
     * @param reasonCodes the denial's reason codes, in the order decided
     */
    public static int insertDenial(Connection c, Clock clock, Instant at, String accessEventId, String personId,
            String personCustomerId, String visitId, String spaceId, String spaceCustomerId, String facilityId,
            String direction, List<String> reasonCodes) throws SQLException {
        Objects.requireNonNull(accessEventId, "accessEventId");
        Objects.requireNonNull(at, "at");
        Set<String> customers = new LinkedHashSet<>();
        if (personCustomerId != null) {
            customers.add(personCustomerId);
        }
        if (spaceCustomerId != null) {
            customers.add(spaceCustomerId);
        }
        List<NewEvent> rows = new ArrayList<>();
        if (customers.isEmpty()) {
            rows.add(denial(clock, at, accessEventId, null, personId, visitId, spaceId, facilityId, direction,
                    reasonCodes));
        }
        for (String customer : customers) {
            boolean ownPerson = customer.equals(personCustomerId);
            boolean ownSpace = customer.equals(spaceCustomerId);
            rows.add(denial(clock, at, accessEventId, customer, ownPerson ? personId : null,
                    ownPerson ? visitId : null, ownSpace ? spaceId : null, ownSpace ? facilityId : null, direction,
                    ownPerson && ownSpace ? reasonCodes : null));
        }
        try (PreparedStatement insert = c.prepareStatement(INSERT)) {
            for (NewEvent row : rows) {
                bind(insert, row);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return rows.size();
    }

    private static NewEvent denial(Clock clock, Instant at, String accessEventId, String customerId,
            String personId, String visitId, String spaceId, String facilityId, String direction,
            List<String> reasonCodes) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("accessEventId", accessEventId);
        putIfPresent(payload, "personId", personId);
        putIfPresent(payload, "visitId", visitId);
        putIfPresent(payload, "spaceId", spaceId);
        putIfPresent(payload, "facilityId", facilityId);
        putIfPresent(payload, "direction", direction);
        if (reasonCodes != null) {
            payload.put("reasons", List.copyOf(reasonCodes));
        }
        return new NewEvent(Ids.newId(clock), DomainEventType.ACCESS_DENIED.name(), ACCESS_EVENT, accessEventId,
                customerId, at, write(payload));
    }

    private static void putIfPresent(Map<String, Object> payload, String key, Object value) {
        if (value != null) {
            payload.put(key, value);
        }
    }

    static String write(Map<String, Object> payload) {
        try {
            return JSON.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
