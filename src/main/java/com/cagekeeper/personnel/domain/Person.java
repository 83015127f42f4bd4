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
    /**
     * Written only by the access check (rule 12), with a statement of its own: entity updates
     * never write it, so an approval or revocation saved from an entity read earlier cannot
     * overwrite an entry, and an entry cannot overwrite them.
     */
    @Column(insertable = false, updatable = false)
    public Instant lastEntryAt;
    /** TRUE while REQUESTED or APPROVED, else null: the database keeps one listing per document and customer. */
    Boolean listed;

    @jakarta.persistence.PrePersist
    @jakarta.persistence.PreUpdate
    void markListing() {
        listed = state == PersonState.REQUESTED || state == PersonState.APPROVED ? Boolean.TRUE : null;
    }

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
     * revoked, the customer cannot ask for the person anew; only the provider reinstates. And a
     * document already requested or approved for the customer is not listed twice (409 naming it).
     */
    public static Optional<Rejection> requestRefusal(java.util.Collection<Person> holders) {
        for (Person holder : holders) {
            if (holder.state == PersonState.REVOKED) {
                return Optional.of(new Rejection("PERSON_REVOKED", "§3.2", "The provider revoked access for the"
                        + " holder of this document (person " + holder.id + "); only the provider can reinstate it."));
            }
        }
        // One human, one record at the door: a second request for the same document is refused.
        for (Person holder : holders) {
            if (holder.state == PersonState.REQUESTED || holder.state == PersonState.APPROVED) {
                return Optional.of(new Rejection("PERSON_ALREADY_LISTED", "§3.2", "The holder of this document is"
                        + " already on the customer's list as person " + holder.id + " (" + holder.state + ")."));
            }
        }
        return Optional.empty();
    }

    /**
     * §3.2: one human, one record. Approving (or reinstating) this person is refused while
     * another person of the customer with the same document is requested or approved.
     */
    public Optional<Rejection> listingRefusal(java.util.Collection<Person> holders) {
        for (Person holder : holders) {
            if (!holder.id.equals(id) && (holder.state == PersonState.REQUESTED || holder.state == PersonState.APPROVED)) {
                return Optional.of(new Rejection("PERSON_ALREADY_LISTED", "§3.2", "The holder of this document is"
                        + " already on the customer's list as person " + holder.id + " (" + holder.state
                        + "); approve or remove that record instead."));
            }
        }
        return Optional.empty();
    }

    /** §3.2: an approval must cover some time still to come; a validity window that already ended grants nothing. */
    public static Optional<Rejection> validityRefusal(Instant validUntil, Instant now) {
        if (validUntil == null || validUntil.isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(new Rejection("VALIDITY_ENDED", "§3.2",
                "The validity window ended at " + validUntil + ", before now (" + now + "); it would grant nothing."));
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
        // A fresh approval starts a fresh inactivity period (rule 12): the lapse counts from
        // the later of the approval and the last entry, so an older entry no longer counts.
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
