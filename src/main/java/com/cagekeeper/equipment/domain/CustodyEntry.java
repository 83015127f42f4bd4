package com.cagekeeper.equipment.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One line of an item's custody ledger: a change of its custody or place, when (the service's
 * clock), by whom, why, and where it is now (a space and rack position, or a storage location).
 * Append-only: written by the equipment use cases, never changed; the database refuses UPDATE
 * and DELETE.
 */
@Entity
@Table(name = "equipment_custody")
@Immutable
public class CustodyEntry extends PanacheEntityBase {

    @Id
    @Column(length = 36)
    public String id;
    public String equipmentId;
    public Instant at;
    @Enumerated(EnumType.STRING)
    public CustodyEvent event;
    public String actorSubject;
    public String reason;
    public String spaceId;
    public Integer rackUnitFrom;
    public Integer rackUnits;
    public String storageLocation;
    public String lienActionId;

    /** An entry whose place is the item's space and rack position as they are now. */
    public static CustodyEntry inSpace(String id, Instant at, Equipment item, CustodyEvent event, String actor,
            String reason) {
        CustodyEntry c = entry(id, at, item, event, actor, reason);
        c.spaceId = item.spaceId;
        c.rackUnitFrom = item.rackUnitFrom;
        c.rackUnits = item.rackUnits;
        return c;
    }

    /** §3.5(b): where the provider stores the item it took into possession. */
    public static CustodyEntry storedAt(String id, Instant at, Equipment item, String storageLocation, String actor,
            String reason) {
        CustodyEntry c = entry(id, at, item, CustodyEvent.STORED_AT, actor, reason);
        c.storageLocation = storageLocation;
        return c;
    }

    private static CustodyEntry entry(String id, Instant at, Equipment item, CustodyEvent event, String actor,
            String reason) {
        CustodyEntry c = new CustodyEntry();
        c.id = id;
        c.equipmentId = item.id;
        c.at = at;
        c.event = event;
        c.actorSubject = actor;
        c.reason = reason;
        c.lienActionId = item.lienActionId;
        return c;
    }
}
