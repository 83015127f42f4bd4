package com.cagekeeper.shared.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * The remembered results of creation POSTs, by actor, endpoint and Idempotency-Key.
 * The claim is an insert on the primary key, so two concurrent requests with one key
 * serialize on the database: the second waits and then sees the first one's result.
 * Nothing takes a lock before that insert: deleting an expired key first would take gap
 * locks on which concurrent inserts of the same key deadlock.
 */
@ApplicationScoped
public class IdempotencyStore {

    /** A stored result: the response to replay. */
    public record Stored(String requestHash, Integer status, String location, String etag, String body) {
    }

    /** Claims the key for this request; false when it is already taken (by a live earlier request). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean claim(String actor, String scope, String key, String requestHash, Instant now,
            Instant expiredBefore) {
        EntityManager em = Panache.getEntityManager();
        int inserted = em.createNativeQuery("INSERT IGNORE INTO idempotency_keys"
                + " (actor_subject, scope, idem_key, request_hash, created_at) VALUES (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, actor).setParameter(2, scope).setParameter(3, key).setParameter(4, requestHash)
                .setParameter(5, now).executeUpdate();
        if (inserted == 1) {
            return true;
        }
        // Taken. A plain read first: only a key whose window has passed is locked and claimed again.
        boolean expired = !em.createNativeQuery("SELECT 1 FROM idempotency_keys WHERE actor_subject = ?1"
                + " AND scope = ?2 AND idem_key = ?3 AND created_at < ?4")
                .setParameter(1, actor).setParameter(2, scope).setParameter(3, key).setParameter(4, expiredBefore)
                .getResultList().isEmpty();
        return expired && em.createNativeQuery("UPDATE idempotency_keys SET request_hash = ?1, created_at = ?2,"
                + " status = NULL, location = NULL, etag = NULL, response_body = NULL"
                + " WHERE actor_subject = ?3 AND scope = ?4 AND idem_key = ?5 AND created_at < ?6")
                .setParameter(1, requestHash).setParameter(2, now).setParameter(3, actor).setParameter(4, scope)
                .setParameter(5, key).setParameter(6, expiredBefore).executeUpdate() == 1;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Stored> find(String actor, String scope, String key) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery(
                "SELECT request_hash, status, location, etag, response_body FROM idempotency_keys"
                        + " WHERE actor_subject = ?1 AND scope = ?2 AND idem_key = ?3")
                .setParameter(1, actor).setParameter(2, scope).setParameter(3, key).getResultList();
        return rows.stream().findFirst().map(r -> new Stored((String) r[0],
                r[1] == null ? null : ((Number) r[1]).intValue(), (String) r[2], (String) r[3], (String) r[4]));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void complete(String actor, String scope, String key, int status, String location, String etag,
            String body) {
        Panache.getEntityManager().createNativeQuery("UPDATE idempotency_keys SET status = ?1, location = ?2,"
                + " etag = ?3, response_body = ?4 WHERE actor_subject = ?5 AND scope = ?6 AND idem_key = ?7")
                .setParameter(1, status).setParameter(2, location).setParameter(3, etag).setParameter(4, body)
                .setParameter(5, actor).setParameter(6, scope).setParameter(7, key).executeUpdate();
    }

    /** Forgets results older than the window; run by a periodic sweep. */
    @Transactional
    public int purge(Instant expiredBefore) {
        return Panache.getEntityManager().createNativeQuery("DELETE FROM idempotency_keys WHERE created_at < ?1")
                .setParameter(1, expiredBefore).executeUpdate();
    }
}
