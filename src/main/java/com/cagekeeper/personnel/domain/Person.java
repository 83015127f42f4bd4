package com.cagekeeper.personnel.domain;

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

import com.cagekeeper.shared.domain.IdentityDocument;
import com.cagekeeper.shared.domain.Rejection;
import com.cagekeeper.shared.persistence.BaseEntity;

/** An employee or agent of a customer on its access list (§3.2). */
@Entity
@Table(name = "people")
public class Person extends BaseEntity {

    public String customerId;
    public String name;
    public String email;
    public String employer;
    @Enumerated(EnumType.STRING)
    public IdentityDocument.Type idDocumentType;
    public String idDocumentHash;
    @Column(name = "id_document_last4")
    public String idDocumentLast4;
    /** The approval covers every space the customer leases, now and later. */
    public boolean allSpaces;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "person_spaces", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "space_id")
    public Set<String> spaceIds = new HashSet<>();
    public boolean mayEscort;
    public boolean mayRemoveEquipment;
    public Instant validFrom;
    public Instant validUntil;
    @Enumerated(EnumType.STRING)
    public PersonState state;
    public String requestedBy;
    public String approvedBy;
    public Instant approvedAt;
    public String approvalReference;
    public String revokedBy;
    public Instant revokedAt;
    @Enumerated(EnumType.STRING)
    public RevocationReason revocationReason;
    public String revocationText;
    public String removedBy;
    public Instant removedAt;
    public Instant expiredAt;
    public Instant lastEntryAt;

    /** Who the person is and what the customer asks for. */
    public record Request(String name, String email, String employer, IdentityDocument document, boolean allSpaces,
            Set<String> spaceIds, boolean mayEscort, boolean mayRemoveEquipment, Instant validFrom,
            Instant validUntil) {
    }

    public static Person request(String id, Instant now, String customerId, Request r, String requestedBy) {
        Person p = new Person();
        p.stampCreated(id, now);
        p.customerId = customerId;
        p.name = r.name();
        p.email = r.email();
        p.employer = r.employer();
        p.idDocumentType = r.document().type();
        p.idDocumentHash = r.document().hash();
        p.idDocumentLast4 = r.document().last4();
        p.allSpaces = r.allSpaces();
        p.spaceIds.addAll(r.spaceIds());
        p.mayEscort = r.mayEscort();
        p.mayRemoveEquipment = r.mayRemoveEquipment();
        p.validFrom = r.validFrom();
        p.validUntil = r.validUntil();
        p.state = PersonState.REQUESTED;
        p.requestedBy = requestedBy;
        return p;
    }

    /**
     * §3.2: a revocation is not undone by asking again: while the holder of the same document is
     * revoked, the customer cannot ask for the person anew; only the provider reinstates.
     */
    public static Optional<Rejection> requestRefusal(Person revokedHolder) {
        if (revokedHolder == null) {
            return Optional.empty();
        }
        return Optional.of(new Rejection("PERSON_REVOKED", "§3.2", "The provider revoked access for the holder of"
                + " this document (person " + revokedHolder.id + "); only the provider can reinstate it."));
    }

    /**
     * §3.2: only the provider approves, in writing; a person already approved cannot be
     * approved again, and one the customer removed must be asked for anew.
     */
    public Optional<Rejection> approvalRefusal() {
        if (state == PersonState.APPROVED) {
            return Optional.of(new Rejection("PERSON_ALREADY_APPROVED", "§3.2", "The person is already approved."));
        }
        if (state == PersonState.REMOVED) {
            return Optional.of(new Rejection("PERSON_REMOVED", "§3.2",
                    "The customer removed this person from its list; the customer must ask for the person again."));
        }
        return Optional.empty();
    }

    /** §3.2: approval in writing, recorded with who approved, when and the written reference. */
    public void approve(String approver, String reference, Instant now) {
        this.state = PersonState.APPROVED;
        this.approvedBy = approver;
        this.approvedAt = now;
        this.approvalReference = reference;
        this.revokedBy = null;
        this.revokedAt = null;
        this.revocationReason = null;
        this.revocationText = null;
        this.expiredAt = null;
        // A fresh approval starts a fresh inactivity period (rule 12).
        this.lastEntryAt = null;
        touch(now);
    }

    public Optional<Rejection> revocationRefusal() {
        if (state == PersonState.REVOKED) {
            return Optional.of(new Rejection("PERSON_ALREADY_REVOKED", "§3.2", "The person's access is already revoked."));
        }
        if (state == PersonState.REMOVED) {
            return Optional.of(new Rejection("PERSON_REMOVED", "§3.2", "The customer already removed this person."));
        }
        return Optional.empty();
    }

    /** §3.2: the provider rescinds access at its sole discretion; effective on the next check. */
    public void revoke(String by, RevocationReason reason, String text, Instant now) {
        this.state = PersonState.REVOKED;
        this.revokedBy = by;
        this.revokedAt = now;
        this.revocationReason = reason;
        this.revocationText = text;
        touch(now);
    }

    /** A revocation stands until the provider approves again; the customer cannot clear it by removal. */
    public Optional<Rejection> removalRefusal() {
        if (state == PersonState.REVOKED) {
            return Optional.of(new Rejection("PERSON_REVOKED", "§3.2",
                    "The provider revoked this person's access; only the provider can change that."));
        }
        if (state == PersonState.REMOVED) {
            return Optional.of(new Rejection("PERSON_ALREADY_REMOVED", "§3.2", "The person is already removed."));
        }
        return Optional.empty();
    }

    public void remove(String by, Instant now) {
        this.state = PersonState.REMOVED;
        this.removedBy = by;
        this.removedAt = now;
        touch(now);
    }

    /** Rule 12: the approval lapsed for want of entries; reported, never deleted. */
    public void expire(Instant now) {
        this.state = PersonState.EXPIRED;
        this.expiredAt = now;
        touch(now);
    }

}
