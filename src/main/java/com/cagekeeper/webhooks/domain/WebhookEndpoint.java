package com.cagekeeper.webhooks.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import com.cagekeeper.shared.domain.Rejection;
import com.cagekeeper.shared.persistence.BaseEntity;

/**
 * Where a customer's (or, without a customer, all) domain events are delivered. Events go out
 * one at a time in outbox order: the next waits until the one at the head is delivered, and a
 * failing head is retried on the {@link RetrySchedule} until {@code give-up-after} has passed
 * since its first failure; then the endpoint is DISABLED with the reason. Enabling it again
 * resumes at the same event. A replica delivers to it only while it holds the claim (a lease).
 */
@Entity
@Table(name = "webhook_endpoints")
public class WebhookEndpoint extends BaseEntity {

    /** The customer whose events it receives; null: provider-wide, every event. */
    public String customerId;
    public String url;
    /** Comma-separated event types; empty: every type. */
    public String eventTypes;
    public String secret;
    public String description;
    @Enumerated(EnumType.STRING)
    public WebhookEndpointState state;
    public String disabledReason;
    public Instant disabledAt;
    public String createdBy;
    /** The outbox position delivered last, or where it started; the head event comes after it. */
    public long deliveredPosition;
    /** Failed attempts of the head event so far. */
    public int headAttempts;
    /** When the head event first failed; the give-up time counts from it. */
    public Instant headFailingSince;
    /** When the head event is tried again; null: as soon as there is one. */
    public Instant nextAttemptAt;
    public String claimedBy;
    public Instant claimedUntil;

    public static WebhookEndpoint register(String id, Instant now, String customerId, String url,
            Collection<String> eventTypes, String secret, String description, long startAfter, String by) {
        WebhookEndpoint e = new WebhookEndpoint();
        e.stampCreated(id, now);
        e.customerId = customerId;
        e.url = url;
        e.eventTypes = String.join(",", eventTypes.stream().distinct().sorted().toList());
        e.secret = secret;
        e.description = description;
        e.state = WebhookEndpointState.ENABLED;
        e.createdBy = by;
        e.deliveredPosition = startAfter;
        return e;
    }

    public List<String> types() {
        return eventTypes == null || eventTypes.isEmpty() ? List.of() : Arrays.asList(eventTypes.split(","));
    }

    public Optional<Rejection> disableRefusal() {
        return state == WebhookEndpointState.DISABLED ? Optional.of(new Rejection("WEBHOOK_ENDPOINT_DISABLED", null,
                "The endpoint is already disabled: " + disabledReason)) : Optional.empty();
    }

    public Optional<Rejection> enableRefusal() {
        return state == WebhookEndpointState.ENABLED ? Optional.of(new Rejection("WEBHOOK_ENDPOINT_ENABLED", null,
                "The endpoint is already enabled.")) : Optional.empty();
    }

    /** A redelivery goes to an enabled endpoint only: a disabled one is enabled first, and resumes. */
    public Optional<Rejection> redeliveryRefusal() {
        return state == WebhookEndpointState.DISABLED ? Optional.of(new Rejection("WEBHOOK_ENDPOINT_DISABLED", null,
                "The endpoint is disabled (" + disabledReason + "); enable it and it resumes at the event it stopped at."))
                : Optional.empty();
    }

    public void disable(String reason, Instant now) {
        state = WebhookEndpointState.DISABLED;
        disabledReason = reason;
        disabledAt = now;
        nextAttemptAt = null;
        touch(now);
    }

    /** Enabled again: the head event is due at once, with a fresh retry schedule. */
    public void enable(Instant now) {
        state = WebhookEndpointState.ENABLED;
        disabledReason = null;
        disabledAt = null;
        headAttempts = 0;
        headFailingSince = null;
        nextAttemptAt = null;
        touch(now);
    }

    /** The event at {@code position} was delivered: the next one is due. */
    public void delivered(long position, Instant now) {
        if (position > deliveredPosition) {
            deliveredPosition = position;
            headAttempts = 0;
            headFailingSince = null;
            nextAttemptAt = null;
            touch(now);
        }
    }

    /**
     * The head event failed: tried again after the schedule's delay, or, once {@code giveUpAfter}
     * has passed since its first failure, the endpoint is disabled with the reason. Answers
     * whether it was disabled.
     */
    public boolean failed(String eventId, String eventType, String error, Instant now, Duration giveUpAfter,
            Duration delay) {
        headAttempts++;
        if (headFailingSince == null) {
            headFailingSince = now;
        }
        touch(now);
        if (!now.isBefore(headFailingSince.plus(giveUpAfter))) {
            disable("Gave up on event " + eventId + " (" + eventType + ") after " + headAttempts
                    + " attempts since " + headFailingSince + "; last error: " + error, now);
            return true;
        }
        nextAttemptAt = now.plus(delay);
        return false;
    }

    /** Takes the claim if it is free: answers whether this replica now holds it. */
    public static boolean claim(String id, String by, Instant now, Instant until) {
        return update("claimedBy = ?1, claimedUntil = ?2 where id = ?3 and state = ?4"
                + " and (claimedUntil is null or claimedUntil < ?5)", by, until, id, WebhookEndpointState.ENABLED,
                now) == 1;
    }

    /** Gives the claim back, if this replica still holds it. */
    public static void release(String id, String by) {
        update("claimedBy = null, claimedUntil = null where id = ?1 and claimedBy = ?2", id, by);
    }

    /** An endpoint a round may deliver to, and the position it delivered last. */
    public record Due(String id, long deliveredPosition) {
    }

    /**
     * Enabled endpoints whose head may be due and that no replica holds, by id after
     * {@code afterId} (null: from the first), so a round reaches every endpoint in turn.
     */
    public static List<Due> due(Instant now, String afterId, int limit) {
        return getEntityManager().createQuery("select e.id, e.deliveredPosition from WebhookEndpoint e"
                + " where e.state = :enabled and (e.nextAttemptAt is null or e.nextAttemptAt <= :now)"
                + " and (e.claimedUntil is null or e.claimedUntil < :now) and e.id > :after order by e.id",
                Object[].class).setParameter("enabled", WebhookEndpointState.ENABLED).setParameter("now", now)
                .setParameter("after", afterId == null ? "" : afterId).setMaxResults(limit).getResultList().stream()
                .map(row -> new Due((String) row[0], (Long) row[1])).toList();
    }
}
