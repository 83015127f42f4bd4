package com.cagekeeper.access.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Everything an access decision reads, loaded in one query: the person (an approved person
 * or a named visitor), the space, its facility, the order that leases it, a standing
 * suspension, and for a visitor the visit and its escort. Absent parts are null or false.
 */
public record AccessFacts(
        // the person asking to enter
        Kind kind,
        String personCustomerId,
        String personState,
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
        String facilityId,
        String facilityState,
        ZoneId facilityZone,
        String backupFacilityCode,
        String suspensionReason,
        // the order that leases the space
        String orderState,
        LocalDate termStart,
        int termMonths,
        LocalDate terminatedOn,
        // a visitor's visit and escort
        Visit visit) {

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
            String state,
            String purpose,
            Instant startsAt,
            Instant endsAt,
            boolean coversSpace,
            boolean escortWaived,
            boolean escortEligible,
            Instant escortValidUntil) {
    }

    /**
     * The facts as a customer may see them: another customer's person or visitor is unknown,
     * and another customer's space does not exist, exactly as for an absent id.
     */
    public AccessFacts seenBy(String customerId) {
        boolean ownPerson = customerId.equals(actingCustomerId());
        boolean ownSpace = customerId.equals(spaceCustomerId);
        if (ownPerson && ownSpace) {
            return this;
        }
        return new AccessFacts(ownPerson ? kind : Kind.UNKNOWN, ownPerson ? personCustomerId : null,
                ownPerson ? personState : null, validFrom, validUntil, approvalCoversSpace, mayRemoveEquipment,
                approvedAt, lastEntryAt, revocationReason, ownSpace && spaceFound, spaceCustomerId,
                facilityId, facilityState, facilityZone, backupFacilityCode, suspensionReason, orderState,
                termStart, termMonths, terminatedOn, ownPerson ? visit : null);
    }

    /** The customer on whose behalf the person enters: the person's, or the visit's. */
    public String actingCustomerId() {
        return kind == Kind.VISITOR && visit != null ? visit.customerId() : personCustomerId;
    }
}
