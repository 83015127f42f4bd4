package com.cagekeeper.alteration.domain;

import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import com.cagekeeper.shared.domain.Rejection;
import com.cagekeeper.shared.persistence.BaseEntity;

/**
 * §3.3 (rules 21-22): a customer's plans to alter or improve a space it leases, and the
 * provider's prior written consent (or refusal). No work is recorded before consent; once
 * completed, the alteration is built into the space and stays with it at the end of the term.
 */
@Entity
@Table(name = "alterations")
public class Alteration extends BaseEntity {

    /** The clause every rule of an alteration is enforced under. */
    public static final String CLAUSE = "§3.3";

    public String customerId;
    public String spaceId;
    @Enumerated(EnumType.STRING)
    public AlterationState state;
    public String description;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "alteration_documents", joinColumns = @JoinColumn(name = "alteration_id"))
    @Column(name = "document_reference")
    public Set<String> documentReferences = new HashSet<>();
    public String submittedBy;
    public String consentedBy;
    public String consentReference;
    public String consentConditions;
    public Instant consentedAt;
    public String refusedBy;
    public String refusalReasons;
    public Instant refusedAt;
    public Instant startedAt;
    public Instant completedAt;
    public Instant withdrawnAt;
    public String withdrawalReason;

    public static Alteration submit(String id, Instant now, String customerId, String spaceId, String description,
            Set<String> documentReferences, String by) {
        Alteration a = new Alteration();
        a.stampCreated(id, now);
        a.customerId = customerId;
        a.spaceId = spaceId;
        a.state = AlterationState.SUBMITTED;
        a.description = description;
        a.documentReferences.addAll(documentReferences);
        a.submittedBy = by;
        return a;
    }

    /** Rule 21: the provider consents to, or refuses, plans submitted and not yet decided. */
    public Optional<Rejection> decisionRefusal() {
        if (state != AlterationState.SUBMITTED) {
            return Optional.of(new Rejection("ALTERATION_NOT_SUBMITTED", CLAUSE,
                    "The alteration is " + state + "; only submitted plans are consented to or refused."));
        }
        return Optional.empty();
    }

    /** Rule 21: consent in writing, recording who consented, its reference and its conditions. */
    public void consent(String by, String reference, String conditions, Instant now) {
        this.state = AlterationState.CONSENTED;
        this.consentedBy = by;
        this.consentReference = reference;
        this.consentConditions = conditions;
        this.consentedAt = now;
        touch(now);
    }

    public void refuse(String by, String reasons, Instant now) {
        this.state = AlterationState.REFUSED;
        this.refusedBy = by;
        this.refusalReasons = reasons;
        this.refusedAt = now;
        touch(now);
    }

    /** Rule 21: no work without the provider's prior written consent; work starts once. */
    public Optional<Rejection> startRefusal() {
        if (state == AlterationState.CONSENTED) {
            return Optional.empty();
        }
        return Optional.of(consentMissing("started").orElseGet(() -> new Rejection("ALTERATION_NOT_STARTABLE",
                CLAUSE, "The alteration is " + state + "; work starts only once, on consented plans.")));
    }

    public void start(Instant now) {
        this.state = AlterationState.IN_PROGRESS;
        this.startedAt = now;
        touch(now);
    }

    /** Rule 21: work is done only under consent: after it started, or at once on consented plans. */
    public Optional<Rejection> completionRefusal() {
        if (state == AlterationState.CONSENTED || state == AlterationState.IN_PROGRESS) {
            return Optional.empty();
        }
        return Optional.of(consentMissing("completed").orElseGet(() -> new Rejection("ALTERATION_NOT_IN_PROGRESS",
                CLAUSE, "The alteration is " + state + "; only consented work in progress is completed.")));
    }

    /** Rule 22: built into the space; it stays with it as a fixture. */
    public void complete(Instant now) {
        if (startedAt == null) {
            this.startedAt = now;
        }
        this.state = AlterationState.COMPLETED;
        this.completedAt = now;
        touch(now);
    }

    /**
     * Plans are withdrawn before work starts; work in progress is closed only by operations (so it
     * cannot strand a relocation or the end of term); completed work is in the space.
     */
    public Optional<Rejection> withdrawalRefusal(boolean byOperations) {
        if (state == AlterationState.SUBMITTED || state == AlterationState.CONSENTED
                || (byOperations && state == AlterationState.IN_PROGRESS)) {
            return Optional.empty();
        }
        return Optional.of(new Rejection("ALTERATION_NOT_WITHDRAWABLE", CLAUSE, "The alteration is " + state
                + (state == AlterationState.IN_PROGRESS ? "; work in progress is closed by operations only."
                        : "; only plans on which no work has started can be withdrawn.")));
    }

    public void withdraw(String reason, Instant now) {
        this.state = AlterationState.WITHDRAWN;
        this.withdrawnAt = now;
        this.withdrawalReason = reason;
        touch(now);
    }

    private Optional<Rejection> consentMissing(String what) {
        if (state == AlterationState.SUBMITTED || state == AlterationState.REFUSED) {
            return Optional.of(new Rejection("ALTERATION_CONSENT_REQUIRED", CLAUSE, "Work on an alteration cannot be "
                    + what + " without the provider's prior written consent; the plans are " + state + "."));
        }
        return Optional.empty();
    }
}
