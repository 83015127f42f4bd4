package com.cagekeeper.termination.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import com.cagekeeper.shared.domain.Rejection;
import com.cagekeeper.shared.persistence.BaseEntity;

/**
 * §7.3(a): a material breach of an order by one party, noticed in writing by the other. The
 * breaching party has thirty days after the notice's deemed date to cure it; while it stays
 * uncured past them, the other party may terminate for cause.
 */
@Entity
@Table(name = "breaches")
public class Breach extends BaseEntity {

    public String customerId;
    public String orderId;
    @Enumerated(EnumType.STRING)
    public Party breachingParty;
    /** The BREACH notice (§12.7) the cure period runs from. */
    public String noticeId;
    /** The notice's deemed date: the cure period's first day. */
    public LocalDate noticedOn;
    public String description;
    @Enumerated(EnumType.STRING)
    public BreachState state;
    public String recordedBy;
    public LocalDate curedOn;
    public String cureNote;
    public String curedBy;

    /** What was breached, by whom, and the notice of it. */
    public record Noticed(String customerId, String orderId, Party breachingParty, String noticeId, LocalDate noticedOn,
            String description) {
    }

    public static Breach record(String id, Instant now, Noticed n, String by) {
        Breach b = new Breach();
        b.stampCreated(id, now);
        b.customerId = n.customerId();
        b.orderId = n.orderId();
        b.breachingParty = n.breachingParty();
        b.noticeId = n.noticeId();
        b.noticedOn = n.noticedOn();
        b.description = n.description();
        b.state = BreachState.OPEN;
        b.recordedBy = by;
        return b;
    }

    /** §7.3(a): a breach is cured once, on a day from its notice up to today. */
    public Optional<Rejection> cureRefusal(LocalDate on, LocalDate today) {
        if (state != BreachState.OPEN) {
            return Optional.of(new Rejection("BREACH_ALREADY_CURED", BreachCurePeriod.CLAUSE,
                    "The breach was cured on " + curedOn + "."));
        }
        if (on.isAfter(today)) {
            return Optional.of(new Rejection("CURE_DATE_IN_FUTURE", BreachCurePeriod.CLAUSE, "curedOn " + on
                    + " is after today (" + today + "); a cure is recorded when it has happened.").at("curedOn"));
        }
        return Optional.empty();
    }

    public void cure(LocalDate on, String note, String by, Instant now) {
        this.state = BreachState.CURED;
        this.curedOn = on;
        this.cureNote = note;
        this.curedBy = by;
        touch(now);
    }

    /**
     * §7.3(a): whether this breach lets the party terminate this order today: the other party's
     * breach of the same order, uncured thirty days after its notice.
     */
    public Optional<Rejection> groundRefusal(String orderId, Party terminatingParty, LocalDate today) {
        if (!this.orderId.equals(orderId)) {
            return Optional.of(new Rejection("BREACH_OF_ANOTHER_ORDER", BreachCurePeriod.CLAUSE,
                    "The breach was noticed for another order.").at("breachId"));
        }
        if (breachingParty == terminatingParty) {
            return Optional.of(new Rejection("BREACH_BY_TERMINATING_PARTY", BreachCurePeriod.CLAUSE,
                    "A party terminates for the other party's breach; this breach is the " + breachingParty
                            + "'s own.").at("breachId"));
        }
        return Optional.empty();
    }
}
