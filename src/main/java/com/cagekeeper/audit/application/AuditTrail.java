package com.cagekeeper.audit.application;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.cagekeeper.audit.domain.AuditRecord;
import com.cagekeeper.shared.domain.Actor;
import com.cagekeeper.shared.domain.Ids;
import com.cagekeeper.shared.domain.Page;
import com.cagekeeper.shared.domain.PageRequest;
import com.cagekeeper.shared.persistence.Where;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Writes audit records inside the caller's transaction, so a change and its record commit
 * or roll back together, and reads them back for auditors. There is no update or delete.
 */
@ApplicationScoped
public class AuditTrail {

    @Inject
    Clock clock;
    @Inject
    ObjectMapper json;
    @Inject
    Event<Audited> audited;

    /** Records one change: {@code before} and {@code after} are representations, null where absent. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Actor actor, String objectType, String objectId, String action, String reason,
            Object before, Object after) {
        AuditRecord r = new AuditRecord();
        r.id = Ids.newId(clock);
        r.at = clock.instant();
        r.actorSubject = actor.subject();
        r.actorRoles = actor.rolesText();
        r.objectType = objectType;
        r.objectId = objectId;
        r.action = action;
        r.reason = reason;
        r.beforeJson = write(before);
        r.afterJson = write(after);
        r.persist();
        // observers run now, in this transaction: what they write commits or rolls back with the record
        audited.fire(new Audited(objectType, objectId, action, reason, tree(before), tree(after)));
    }

    private JsonNode tree(Object value) {
        return value == null ? null : json.valueToTree(value);
    }

    /**
     * Records a change to an object that is already modified in this transaction: flushes first,
     * so the after-image carries the version and timestamps that are stored, and returns it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <V> V change(Actor actor, String objectType, String objectId, String action, String reason, Object before,
            Supplier<V> after) {
        Panache.getEntityManager().flush();
        V view = after.get();
        record(actor, objectType, objectId, action, reason, before, view);
        return view;
    }

    /** Audit records, oldest first, filtered by object, actor and time. */
    @Transactional
    public Page<AuditRecordView> list(String objectType, String objectId, String actorSubject, Instant from,
            Instant to, PageRequest page) {
        return new Where().eq("e.objectType", objectType).eq("e.objectId", objectId)
                .eq("e.actorSubject", actorSubject).cmp("e.at", ">=", from).cmp("e.at", "<", to)
                .page(AuditRecord.class, page, this::view);
    }

    private AuditRecordView view(AuditRecord r) {
        return new AuditRecordView(r.id, r.at, r.actorSubject, r.actorRoles, r.objectType, r.objectId, r.action,
                r.reason, read(r.beforeJson), read(r.afterJson));
    }

    private String write(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode read(String text) {
        if (text == null) {
            return null;
        }
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
