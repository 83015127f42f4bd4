package com.cagekeeper.access.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A recorded check at a door (rule 11), as read back; rows are written by {@link AccessEventWriter} only. */
@Entity
@Immutable
@Table(name = "access_events")
public class AccessEvent extends PanacheEntityBase {

    @Id
    public String id;
    public Instant at;
    public Instant checkedAt;
    public String actorSubject;
    public String personId;
    @Enumerated(EnumType.STRING)
    public AccessFacts.Kind personKind;
    public String visitId;
    public String spaceId;
    public String facilityId;
    public String customerId;
    public String spaceCustomerId;
    @Enumerated(EnumType.STRING)
    public Direction direction;
    @Enumerated(EnumType.STRING)
    public Decision decision;
    public String reasonCodes;
    @Column(name = "reasons_json", columnDefinition = "text")
    public String reasonsJson;
    public Instant validUntil;
    public boolean escortRequired;
}
