package com.cagekeeper.space.domain;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import com.cagekeeper.shared.domain.Rejection;
import com.cagekeeper.shared.persistence.BaseEntity;

/**
 * §3.2: the provider suspends the customer's operations in and around a space for a
 * hazardous condition, unsafe practice or emergency; every customer person is denied
 * entry until operations lifts it. At most one suspension stands per space.
 */
@Entity
@Table(name = "suspensions")
public class Suspension extends BaseEntity {

    public String spaceId;
    public String customerId;
    @Enumerated(EnumType.STRING)
    public SuspensionReason reason;
    public String description;
    public String suspendedBy;
    public Instant suspendedAt;
    public String liftedBy;
    public Instant liftedAt;
    public String liftNote;
    /** The space's id while the suspension stands, null once lifted: a unique key keeps one standing per space. */
    public String activeSpaceId;
    @Enumerated(EnumType.STRING)
    public SpaceState spaceStateBefore;

    public static Suspension start(String id, Instant now, Space space, SuspensionReason reason, String description,
            String by) {
        Suspension s = new Suspension();
        s.stampCreated(id, now);
        s.spaceId = space.id;
        s.customerId = space.customerId;
        s.reason = reason;
        s.description = description;
        s.suspendedBy = by;
        s.suspendedAt = now;
        s.activeSpaceId = space.id;
        s.spaceStateBefore = space.state;
        return s;
    }

    public boolean isStanding() {
        return liftedAt == null;
    }

    /** §3.2: a suspension is lifted once. */
    public Optional<Rejection> liftRefusal() {
        if (isStanding()) {
            return Optional.empty();
        }
        return Optional.of(new Rejection("SUSPENSION_ALREADY_LIFTED", "§3.2",
                "The suspension was lifted at " + liftedAt + "."));
    }

    public void lift(String by, String note, Instant now) {
        this.liftedBy = by;
        this.liftedAt = now;
        this.liftNote = note;
        this.activeSpaceId = null;
        touch(now);
    }

    public static Suspension standingFor(String spaceId) {
        return find("activeSpaceId", spaceId).firstResult();
    }
}
