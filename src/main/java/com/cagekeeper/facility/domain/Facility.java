package com.cagekeeper.facility.domain;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import com.cagekeeper.shared.domain.Address;
import com.cagekeeper.shared.domain.Rejection;
import com.cagekeeper.shared.persistence.BaseEntity;

/** A data center, with its time zone and its operating state under the BCP. */
@Entity
@Table(name = "facilities")
public class Facility extends BaseEntity {

    public String code;
    public String name;
    @Embedded
    public Address address;
    @Column(name = "time_zone")
    public String timeZone;
    @Enumerated(EnumType.STRING)
    public OperatingState operatingState;
    public String stateReason;
    public String backupFacilityId;

    public static Facility open(String id, Instant now, String code, String name, Address address, String timeZone,
            String backupFacilityId) {
        Facility f = new Facility();
        f.stampCreated(id, now);
        f.code = code;
        f.operatingState = OperatingState.NORMAL;
        f.describe(name, address, timeZone, backupFacilityId);
        return f;
    }

    public void describe(String name, Address address, String timeZone, String backupFacilityId) {
        this.name = name;
        this.address = address;
        this.timeZone = timeZone;
        this.backupFacilityId = backupFacilityId;
    }

    /** BCP: a change of operating state changes something. */
    public Optional<Rejection> operatingStateRefusal(OperatingState to) {
        if (operatingState != to) {
            return Optional.empty();
        }
        return Optional.of(new Rejection("FACILITY_ALREADY_IN_STATE", "BCP",
                "Facility " + code + " is already " + to + "."));
    }

    /** BCP: a disruption sets the facility DISRUPTED or LOCKDOWN with its reason; NORMAL clears it. */
    public void changeOperatingState(OperatingState to, String reason, Instant now) {
        this.operatingState = to;
        this.stateReason = to == OperatingState.NORMAL ? null : reason;
        touch(now);
    }

    public static Facility byCode(String code) {
        return find("code", code).firstResult();
    }
}
