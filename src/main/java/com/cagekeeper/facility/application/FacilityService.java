package com.cagekeeper.facility.application;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.cagekeeper.audit.application.AuditTrail;
import com.cagekeeper.facility.domain.Facility;
import com.cagekeeper.facility.domain.OperatingState;
import com.cagekeeper.shared.domain.Address;
import com.cagekeeper.shared.domain.Ids;
import com.cagekeeper.shared.domain.NotFound;
import com.cagekeeper.shared.domain.Page;
import com.cagekeeper.shared.domain.PageRequest;
import com.cagekeeper.shared.domain.RuleViolation;
import com.cagekeeper.shared.domain.StaleVersion;
import com.cagekeeper.shared.persistence.Where;
import com.cagekeeper.shared.security.CurrentActor;

/** Facilities: opened and described by operations, read by every role. */
@ApplicationScoped
public class FacilityService {

    static final String TYPE = "Facility";

    @Inject
    Clock clock;
    @Inject
    CurrentActor current;
    @Inject
    AuditTrail audit;

    /** What a facility is described with, on creation and on update. */
    public record Description(String name, Address address, String timeZone, String backupFacilityId) {
    }

    @Transactional
    public FacilityView open(String code, Description d) {
        if (Facility.byCode(code) != null) {
            throw RuleViolation.conflict("FACILITY_CODE_TAKEN", null, "A facility with code " + code + " exists.");
        }
        requireBackup(null, d.backupFacilityId());
        Facility f = Facility.open(Ids.newId(clock), clock.instant(), code, d.name(), d.address(), d.timeZone(),
                d.backupFacilityId());
        f.persist();
        FacilityView after = FacilityView.of(f);
        audit.record(current.actor(), TYPE, f.id, "FACILITY_OPENED", null, null, after);
        return after;
    }

    @Transactional
    public FacilityView describe(String id, Long expectedVersion, Description d) {
        Facility f = load(id);
        StaleVersion.check(expectedVersion, f.version);
        requireBackup(id, d.backupFacilityId());
        FacilityView before = FacilityView.of(f);
        f.describe(d.name(), d.address(), d.timeZone(), d.backupFacilityId());
        f.touch(clock.instant());
        return audit.change(current.actor(), TYPE, id, "FACILITY_UPDATED", null, before, () -> FacilityView.of(f));
    }

    /**
     * BCP (rule 8, 31): operations records a disruption. LOCKDOWN denies every customer entry;
     * DISRUPTED decides as usual and names the backup facility; NORMAL ends it.
     */
    @Transactional
    public FacilityView changeOperatingState(String id, Long expectedVersion, OperatingState to, String reason) {
        Facility f = load(id);
        StaleVersion.check(expectedVersion, f.version);
        RuleViolation.conflictIf(f.operatingStateRefusal(to));
        FacilityView before = FacilityView.of(f);
        f.changeOperatingState(to, reason, clock.instant());
        return audit.change(current.actor(), TYPE, id, "FACILITY_" + to, reason, before, () -> FacilityView.of(f));
    }

    @Transactional
    public FacilityView get(String id) {
        return FacilityView.of(load(id));
    }

    @Transactional
    public Page<FacilityView> list(String code, OperatingState state, PageRequest page) {
        return new Where().eq("e.code", code).eq("e.operatingState", state).page(Facility.class, page,
                FacilityView::of);
    }

    /** Whether a facility exists, for other features that reference one. */
    @Transactional
    public boolean exists(String id) {
        return Ids.isWellFormed(id) && Facility.findById(id) != null;
    }

    /**
     * Today at the facility: the contract's dates (activation, term, termination, removal
     * window) are the facility's local dates in its IANA zone, not UTC's.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public java.time.LocalDate today(String facilityId) {
        return java.time.LocalDate.now(clock.withZone(zoneOf(facilityId)));
    }

    /** The facility's time zone, in which its days (and so its spaces' dates) are counted. */
    @Transactional
    public java.time.ZoneId zoneOf(String id) {
        return java.time.ZoneId.of(load(id).timeZone);
    }

    private void requireBackup(String selfId, String backupId) {
        if (backupId == null) {
            return;
        }
        if (backupId.equals(selfId)) {
            throw RuleViolation.unprocessable("BACKUP_FACILITY_INVALID", "BCP",
                    "A facility cannot be its own backup facility.");
        }
        if (!exists(backupId)) {
            throw RuleViolation.unprocessable("BACKUP_FACILITY_UNKNOWN", "BCP",
                    "The backup facility " + backupId + " does not exist.");
        }
    }

    private static Facility load(String id) {
        Facility f = Ids.isWellFormed(id) ? Facility.findById(id) : null;
        if (f == null) {
            throw new NotFound(TYPE, id);
        }
        return f;
    }
}
