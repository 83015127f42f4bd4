package com.cagekeeper.access.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import com.cagekeeper.facility.domain.OperatingState;
import com.cagekeeper.order.domain.OrderState;
import com.cagekeeper.personnel.domain.PersonState;
import com.cagekeeper.space.domain.SpaceState;
import com.cagekeeper.visit.domain.VisitPurpose;
import com.cagekeeper.visit.domain.VisitState;

/**
 * The facts of the happy case, changed one fact at a time: an APPROVED person of customer C
 * whose approval covers the space, the space leased by C in a NORMAL facility in New York, an
 * ACTIVE order whose term runs well around {@link #NOW}, no suspension. {@link #visitor()}
 * starts instead from a visitor named on C's scheduled visit, escorted and covering the space.
 */
public final class AccessFactsBuilder {

    /** The instant the tests stand at: Wednesday 11 June 2025, 10:00 in New York (EDT, UTC-4). */
    public static final Instant NOW = Instant.parse("2025-06-11T14:00:00Z");
    public static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    public static final String CUSTOMER = "customer-C";
    public static final String OTHER_CUSTOMER = "customer-D";
    public static final String VISIT_ID = "visit-1";

    private AccessFacts.Kind kind = AccessFacts.Kind.PERSON;
    private String personCustomerId = CUSTOMER;
    private String personState = "APPROVED";
    private Instant approvedAt = NOW.minus(Duration.ofDays(100));
    private Instant validFrom = approvedAt;
    private Instant validUntil = NOW.plus(Duration.ofDays(200));
    private boolean approvalCoversSpace = true;
    private boolean mayRemoveEquipment = false;
    private Instant lastEntryAt = NOW.minus(Duration.ofDays(7));
    private String revocationReason = null;

    private boolean spaceFound = true;
    private String spaceCustomerId = CUSTOMER;
    private String facilityId = "facility-NYC1";
    private String spaceState = "LEASED";
    private String facilityState = "NORMAL";
    private ZoneId facilityZone = NEW_YORK;
    private String backupFacilityCode = null;
    private String suspensionReason = null;
    private boolean lienRestricted = false;

    private String orderState = "ACTIVE";
    private LocalDate termStart = LocalDate.of(2025, 1, 1);
    private int termMonths = 24;
    private LocalDate terminatedOn = null;

    private boolean hasVisit = false;
    private String visitId = VISIT_ID;
    private boolean visitMatchesRequested = true;
    private String visitCustomerId = CUSTOMER;
    private String visitState = "SCHEDULED";
    private String visitPurpose = "WORK";
    private Instant visitStartsAt = NOW.minus(Duration.ofHours(1));
    private Instant visitEndsAt = NOW.plus(Duration.ofHours(4));
    private boolean visitCoversSpace = true;
    private boolean escortWaived = false;
    private boolean escortEligible = true;
    private Instant escortValidUntil;

    private AccessFactsBuilder() {
    }

    /** An approved person of C, covering the space, inside validity, last entry a week ago. */
    public static AccessFactsBuilder approvedPerson() {
        return new AccessFactsBuilder();
    }

    /**
     * A visitor (not on the access list) named on C's scheduled WORK visit that covers the space
     * and {@link #NOW}, with an eligible escort. The person's own facts are absent, as read for a visitor.
     */
    public static AccessFactsBuilder visitor() {
        AccessFactsBuilder b = new AccessFactsBuilder();
        b.kind = AccessFacts.Kind.VISITOR;
        b.personCustomerId = null;
        b.personState = null;
        b.approvedAt = null;
        b.validFrom = null;
        b.validUntil = null;
        b.approvalCoversSpace = false;
        b.lastEntryAt = null;
        b.hasVisit = true;
        return b;
    }

    /** An id that names nobody: no person, no visit. */
    public static AccessFactsBuilder unknownPerson() {
        AccessFactsBuilder b = visitor();
        b.kind = AccessFacts.Kind.UNKNOWN;
        b.hasVisit = false;
        return b;
    }

    public AccessFactsBuilder withKind(AccessFacts.Kind kind) {
        this.kind = kind;
        return this;
    }

    public AccessFactsBuilder withPersonCustomer(String customerId) {
        this.personCustomerId = customerId;
        return this;
    }

    public AccessFactsBuilder withPersonState(String state) {
        this.personState = state;
        return this;
    }

    public AccessFactsBuilder withValidity(Instant from, Instant until) {
        this.validFrom = from;
        this.validUntil = until;
        return this;
    }

    public AccessFactsBuilder withApprovalCoveringSpace(boolean covers) {
        this.approvalCoversSpace = covers;
        return this;
    }

    public AccessFactsBuilder withMayRemoveEquipment(boolean may) {
        this.mayRemoveEquipment = may;
        return this;
    }

    public AccessFactsBuilder withApprovedAt(Instant at) {
        this.approvedAt = at;
        return this;
    }

    public AccessFactsBuilder withLastEntryAt(Instant at) {
        this.lastEntryAt = at;
        return this;
    }

    public AccessFactsBuilder withRevocationReason(String reason) {
        this.revocationReason = reason;
        return this;
    }

    /** The space id matches nothing, so nothing about a space, facility or order is read. */
    public AccessFactsBuilder withUnknownSpace() {
        this.spaceFound = false;
        this.spaceCustomerId = null;
        this.facilityId = null;
        this.facilityState = null;
        this.facilityZone = ZoneOffset.UTC;
        this.orderState = null;
        this.termStart = null;
        this.termMonths = 0;
        return this;
    }

    /** The customer the space is subleased to; null when it is leased to nobody. */
    public AccessFactsBuilder withSpaceLeasedBy(String customerId) {
        this.spaceCustomerId = customerId;
        return this;
    }

    /** The space's stored state, as text: a value the service does not know must deny. */
    public AccessFactsBuilder withSpaceState(String state) {
        this.spaceState = state;
        return this;
    }

    public AccessFactsBuilder withFacilityState(String state) {
        this.facilityState = state;
        return this;
    }

    public AccessFactsBuilder withBackupFacility(String code) {
        this.backupFacilityCode = code;
        return this;
    }

    public AccessFactsBuilder withFacilityZone(ZoneId zone) {
        this.facilityZone = zone;
        return this;
    }

    /** A standing suspension of the customer's operations in the space, for this reason. */
    public AccessFactsBuilder withSuspension(String reason) {
        this.suspensionReason = reason;
        return this;
    }

    /** A standing lien action restricts access to the space (§3.5(a)). */
    public AccessFactsBuilder withLienRestriction() {
        this.lienRestricted = true;
        return this;
    }

    public AccessFactsBuilder withOrder(String state, LocalDate termStart, int termMonths) {
        this.orderState = state;
        this.termStart = termStart;
        this.termMonths = termMonths;
        return this;
    }

    /** The space has no order, so nothing about a term is read. */
    public AccessFactsBuilder withoutOrder() {
        return withOrder(null, null, 0);
    }

    /** The order ended by termination effective on this date (state TERMINATED). */
    public AccessFactsBuilder terminatedOn(LocalDate date) {
        this.orderState = "TERMINATED";
        this.terminatedOn = date;
        return this;
    }

    public AccessFactsBuilder withoutVisit() {
        this.hasVisit = false;
        return this;
    }

    /** The visitor presents a visit id other than the visit that names them. */
    public AccessFactsBuilder presentingAnotherVisit() {
        this.visitMatchesRequested = false;
        return this;
    }

    public AccessFactsBuilder withVisitCustomer(String customerId) {
        this.visitCustomerId = customerId;
        return this;
    }

    public AccessFactsBuilder withVisitState(String state) {
        this.visitState = state;
        return this;
    }

    public AccessFactsBuilder withVisitPurpose(String purpose) {
        this.visitPurpose = purpose;
        return this;
    }

    public AccessFactsBuilder withVisitWindow(Instant startsAt, Instant endsAt) {
        this.visitStartsAt = startsAt;
        this.visitEndsAt = endsAt;
        return this;
    }

    public AccessFactsBuilder withVisitCoveringSpace(boolean covers) {
        this.visitCoversSpace = covers;
        return this;
    }

    public AccessFactsBuilder withEscortWaived(boolean waived) {
        this.escortWaived = waived;
        return this;
    }

    public AccessFactsBuilder withEscortValidUntil(Instant until) {
        this.escortValidUntil = until;
        return this;
    }

    public AccessFactsBuilder withEscortEligible(boolean eligible) {
        this.escortEligible = eligible;
        return this;
    }

    public AccessFacts build() {
        RecordedStates states = new RecordedStates();
        AccessFacts.Visit visit = hasVisit
                ? new AccessFacts.Visit(visitId, visitMatchesRequested, visitCustomerId,
                        states.person(VisitState.class, "visit state", visitState),
                        states.person(VisitPurpose.class, "visit purpose", visitPurpose), visitStartsAt, visitEndsAt,
                        visitCoversSpace, escortWaived, escortEligible, escortValidUntil)
                : null;
        return new AccessFacts(kind, personCustomerId, states.person(PersonState.class, "person state", personState),
                validFrom, validUntil, approvalCoversSpace, mayRemoveEquipment, approvedAt, lastEntryAt,
                revocationReason, spaceFound, spaceCustomerId,
                states.space(SpaceState.class, "space state", spaceFound ? spaceState : null), facilityId,
                states.space(OperatingState.class, "facility operating state", facilityState), facilityZone,
                backupFacilityCode, suspensionReason, lienRestricted, states.space(OrderState.class, "order state", orderState),
                termStart, termMonths, terminatedOn, visit, states.unrecognizedPerson(), states.unrecognizedSpace());
    }
}
