package com.cagekeeper.lien.domain;

import java.time.Instant;
import java.time.LocalDate;
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
 * §3.5: the provider's enforcement of its lien on nonpayment: (a) restriction of the
 * customer's physical access to some of its spaces and/or (b) possession of equipment,
 * stored at the customer's expense. It stands until operations releases it.
 */
@Entity
@Table(name = "lien_actions")
public class LienAction extends BaseEntity {

    public String customerId;
    /** The DELINQUENCY notice whose cure period elapsed (§12.7). */
    public String noticeId;
    @Enumerated(EnumType.STRING)
    public LienActionState state;
    public boolean restrictsAccess;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "lien_action_spaces", joinColumns = @JoinColumn(name = "lien_action_id"))
    @Column(name = "space_id")
    public Set<String> spaceIds = new HashSet<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "lien_action_items", joinColumns = @JoinColumn(name = "lien_action_id"))
    @Column(name = "equipment_id")
    public Set<String> itemIds = new HashSet<>();
    public String storageLocation;
    /** The customer's date possession began: storage accrues by the day from it (§3.5(b)). */
    public LocalDate possessedOn;
    public String reason;
    public String enforcedBy;
    public Instant enforcedAt;
    public String releasedBy;
    public Instant releasedAt;
    public String releaseNote;

    public static LienAction enforce(String id, Instant now, String customerId, String noticeId,
            Set<String> restrictedSpaceIds, Set<String> itemIds, String storageLocation, LocalDate today,
            String reason, String by) {
        LienAction a = new LienAction();
        a.stampCreated(id, now);
        a.customerId = customerId;
        a.noticeId = noticeId;
        a.state = LienActionState.STANDING;
        a.restrictsAccess = !restrictedSpaceIds.isEmpty();
        a.spaceIds.addAll(restrictedSpaceIds);
        a.itemIds.addAll(itemIds);
        a.storageLocation = itemIds.isEmpty() ? null : storageLocation;
        a.possessedOn = itemIds.isEmpty() ? null : today;
        a.reason = reason;
        a.enforcedBy = by;
        a.enforcedAt = now;
        return a;
    }

    /** §3.5: an action restricts access, takes possession, or both; never neither. */
    public static Optional<Rejection> shapeRefusal(Set<String> spaceIds, Set<String> itemIds, String storageLocation) {
        if (spaceIds.isEmpty() && itemIds.isEmpty()) {
            return Optional.of(new Rejection("LIEN_ACTION_EMPTY", "§3.5",
                    "Name spaces to restrict (§3.5(a)), equipment to take into possession (§3.5(b)), or both.")
                    .at("restrictSpaceIds"));
        }
        if (!itemIds.isEmpty() && (storageLocation == null || storageLocation.isBlank())) {
            return Optional.of(new Rejection("STORAGE_LOCATION_REQUIRED", "§3.5(b)",
                    "Equipment taken into possession is stored: name where.").at("storageLocation"));
        }
        return Optional.empty();
    }

    /** §3.5, rule 16: only a standing action is released. */
    public Optional<Rejection> releaseRefusal() {
        return state == LienActionState.STANDING ? Optional.empty()
                : Optional.of(new Rejection("LIEN_ACTION_ALREADY_RELEASED", "§3.5",
                        "The lien action was already released."));
    }

    public void release(String by, String note, Instant now) {
        this.state = LienActionState.RELEASED;
        this.releasedBy = by;
        this.releasedAt = now;
        this.releaseNote = note;
        touch(now);
    }
}
