package com.cagekeeper.access.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.cagekeeper.facility.domain.OperatingState;
import com.cagekeeper.order.domain.OrderState;
import com.cagekeeper.personnel.domain.PersonState;
import com.cagekeeper.space.domain.SpaceState;
import com.cagekeeper.visit.domain.VisitPurpose;
import com.cagekeeper.visit.domain.VisitState;

/**
 * Everything an access decision reads, loaded in one query: the person (an approved person
 * or a named visitor), the space, its facility, the order that leases it, a standing
 * suspension, and for a visitor the visit and its escort. Absent parts are null or false.
 * States are the enums the rules know; a stored state this version does not know is null
 * and listed in {@code unrecognizedPerson} or {@code unrecognizedSpace}, and denies.
 */
public record AccessFacts(
        // the person asking to enter
        Kind kind,
        String personCustomerId,
        PersonState personState,
        Instant validFrom,
        Instant validUntil,
        boolean approvalCoversSpace,
        boolean mayRemoveEquipment,
        Instant approvedAt,
        Instant lastEntryAt,
        String revocationReason,
        // the space and where it is
        boolean spaceFound,
        String spaceCustomerId,
        SpaceState spaceState,
        String facilityId,
        OperatingState facilityState,
        ZoneId facilityZone,
        String backupFacilityCode,
        String suspensionReason,
        /** §3.5(a): a standing lien action restricts access to the space. */
        boolean lienRestricted,
        // the order that leases the space
        OrderState orderState,
        LocalDate termStart,
        int termMonths,
        LocalDate terminatedOn,
        // a visitor's visit and escort
        Visit visit,
        // stored states this version does not know (fail closed)
        List<String> unrecognizedPerson,
        List<String> unrecognizedSpace) {

    /** Who the person id names. */
    public enum Kind {
        /** An authorized person on a customer's access list. */
        PERSON,
        /** A visitor named on a visit. */
        VISITOR,
        /** Nobody this service knows. */
        UNKNOWN
    }

    /**
     * A visitor's visit, with what its escort's own access allows; {@code escortValidUntil}
     * is when the escort's approval ends (validity or inactivity lapse), null when unbounded.
     */
    public record Visit(
            String id,
            boolean matchesRequestedVisit,
            String customerId,
            VisitState state,
            VisitPurpose purpose,
            Instant startsAt,
            Instant endsAt,
            boolean coversSpace,
            boolean escortWaived,
            boolean escortEligible,
            Instant escortValidUntil) {
    }

    /** The customer on whose behalf the person enters: the person's, or the visit's. */
    public String actingCustomerId() {
        return kind == Kind.VISITOR && visit != null ? visit.customerId() : personCustomerId;
    }

    /** Whether the space is subleased to the customer the person enters for (§3.1, §3.2). */
    public boolean spaceLeasedToActingCustomer() {
        return spaceFound && spaceCustomerId != null && spaceCustomerId.equals(actingCustomerId());
    }
}
