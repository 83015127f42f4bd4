package com.cagekeeper.space.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import com.cagekeeper.shared.domain.Rejection;
import com.cagekeeper.shared.persistence.BaseEntity;

/** A cage, cabinet, suite or room in a facility, and who subleases it now. */
@Entity
@Table(name = "spaces")
public class Space extends BaseEntity {

    public String facilityId;
    public String code;
    @Enumerated(EnumType.STRING)
    public SpaceKind kind;
    public int rackUnits;
    public BigDecimal powerKw;
    public BigDecimal areaSqm;
    @Enumerated(EnumType.STRING)
    public EnvironmentalClass environmentalClass;
    /** The provider's own lease of the space, if it holds the space under one (§3.4). */
    public String underlyingLeaseRef;
    public LocalDate underlyingLeaseEndedOn;
    @Enumerated(EnumType.STRING)
    public SpaceState state;
    /** The customer that subleases the space now, through {@link #orderId}. */
    public String customerId;
    public String orderId;

    /** The capacity and environment a space offers. */
    public record Capacity(SpaceKind kind, int rackUnits, BigDecimal powerKw, BigDecimal areaSqm,
            EnvironmentalClass environmentalClass, String underlyingLeaseRef) {
    }

    public static Space create(String id, Instant now, String facilityId, String code, Capacity capacity) {
        Space s = new Space();
        s.stampCreated(id, now);
        s.facilityId = facilityId;
        s.code = code;
        s.state = SpaceState.AVAILABLE;
        s.describe(capacity);
        return s;
    }

    public void describe(Capacity c) {
        this.kind = c.kind();
        this.rackUnits = c.rackUnits();
        this.powerKw = c.powerKw();
        this.areaSqm = c.areaSqm();
        this.environmentalClass = c.environmentalClass();
        this.underlyingLeaseRef = c.underlyingLeaseRef();
    }

    /** §3.1: one active order at a time leases a space, and only an available one. */
    public Optional<Rejection> leaseRefusal() {
        if (customerId != null || state == SpaceState.LEASED || state == SpaceState.SUSPENDED) {
            return Optional.of(new Rejection("SPACE_ALREADY_LEASED", "§3.1",
                    "Space " + code + " is already subleased by an active order."));
        }
        if (state != SpaceState.AVAILABLE) {
            return Optional.of(new Rejection("SPACE_NOT_AVAILABLE", "§3.1",
                    "Space " + code + " is " + state + " and cannot be leased."));
        }
        return Optional.empty();
    }

    public void leaseTo(String customerId, String orderId, Instant now) {
        this.customerId = customerId;
        this.orderId = orderId;
        this.state = SpaceState.LEASED;
        touch(now);
    }

    /** §7.6(iv), §3.3: the order ended; the customer removes its equipment and restores the space. */
    public void awaitRestoration(Instant now) {
        this.state = SpaceState.RESTORATION_DUE;
        touch(now);
    }

    /** The space is restored: it is offered again, unless its underlying lease has ended (§3.4). */
    public void restored(Instant now) {
        this.customerId = null;
        this.orderId = null;
        this.state = underlyingLeaseEndedOn != null ? SpaceState.OUT_OF_SERVICE : SpaceState.AVAILABLE;
        touch(now);
    }

    /**
     * Rule 20: the lease moved to another space with the equipment. The space is no longer the
     * customer's; it awaits restoration, or is offered again (unless its underlying lease has
     * ended, §3.4).
     */
    public void releasedByRelocation(boolean awaitsRestoration, Instant now) {
        this.customerId = null;
        this.orderId = null;
        this.state = awaitsRestoration ? SpaceState.RESTORATION_DUE
                : underlyingLeaseEndedOn != null ? SpaceState.OUT_OF_SERVICE : SpaceState.AVAILABLE;
        touch(now);
    }

    /**
     * §3.4: the end of the underlying lease is recorded once, on or after the day it ends, and
     * it cannot end before the space existed. Both days are counted in the facility's time zone.
     */
    public Optional<Rejection> underlyingLeaseEndDateRefusal(LocalDate on, ZoneId facilityZone, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, facilityZone);
        if (on.isAfter(today)) {
            return Optional.of(new Rejection("EFFECTIVE_DATE_IN_FUTURE", "§3.4",
                    "Record the end of an underlying lease on or after the day it ends (today is " + today
                            + " at the facility)."));
        }
        LocalDate created = LocalDate.ofInstant(createdAt, facilityZone);
        if (on.isBefore(created)) {
            return Optional.of(new Rejection("EFFECTIVE_DATE_BEFORE_SPACE", "§3.4",
                    "Space " + code + " exists since " + created + "; its underlying lease cannot have ended before."));
        }
        return Optional.empty();
    }

    public Optional<Rejection> underlyingLeaseEndRefusal() {
        if (underlyingLeaseEndedOn != null) {
            return Optional.of(new Rejection("UNDERLYING_LEASE_ALREADY_ENDED", "§3.4",
                    "The underlying lease of space " + code + " already ended on " + underlyingLeaseEndedOn + "."));
        }
        return Optional.empty();
    }

    /** §7.6(iv), §3.3: only a space awaiting restoration can be recorded as restored. */
    public Optional<Rejection> restorationRefusal() {
        if (state != SpaceState.RESTORATION_DUE) {
            return Optional.of(new Rejection("SPACE_NOT_AWAITING_RESTORATION", "§7.6",
                    "Space " + code + " is " + state + "; only a space awaiting restoration can be restored."));
        }
        return Optional.empty();
    }

    /** §3.4: the provider's lease of the space has ended. */
    public void underlyingLeaseEnded(LocalDate on, Instant now) {
        this.underlyingLeaseEndedOn = on;
        if (state == SpaceState.AVAILABLE) {
            state = SpaceState.OUT_OF_SERVICE;
        }
        touch(now);
    }

    /** §3.2: only a customer's operations can be suspended, and one suspension stands at a time. */
    public Optional<Rejection> suspensionRefusal(boolean alreadySuspended) {
        if (customerId == null) {
            return Optional.of(new Rejection("SPACE_NOT_LEASED", "§3.2",
                    "Space " + code + " is " + state + "; there are no customer operations to suspend."));
        }
        if (alreadySuspended) {
            return Optional.of(new Rejection("SPACE_ALREADY_SUSPENDED", "§3.2",
                    "Operations in space " + code + " are already suspended."));
        }
        return Optional.empty();
    }

    /** §3.2: operations of the customer in the space stop; the state shows it. */
    public void suspend(Instant now) {
        this.state = SpaceState.SUSPENDED;
        touch(now);
    }

    /** The suspension is lifted: the space returns to what it was, unless it has moved on since. */
    public void resume(SpaceState before, Instant now) {
        if (state == SpaceState.SUSPENDED) {
            this.state = before;
        }
        touch(now);
    }

    public static Space byCode(String code) {
        return find("code", code).firstResult();
    }
}
