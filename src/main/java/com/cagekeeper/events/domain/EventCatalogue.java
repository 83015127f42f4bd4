package com.cagekeeper.events.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which audited business actions are domain events (issue 12): (object type, audit action) to
 * event type. Every business action writes its audit record in its transaction, so events are
 * written where the record is, and no call site can forget one. Actions not listed (an update of
 * a description, a charge, a move within a space) are not events.
 */
public final class EventCatalogue {

    private static final Map<String, Map<String, DomainEventType>> BY_OBJECT = Map.of(
            "Person", Map.of(
                    "PERSON_REQUESTED", DomainEventType.PERSON_REQUESTED,
                    "PERSON_APPROVED", DomainEventType.PERSON_APPROVED,
                    "PERSON_REINSTATED", DomainEventType.PERSON_REINSTATED,
                    "PERSON_REVOKED", DomainEventType.PERSON_REVOKED,
                    "PERSON_REMOVED", DomainEventType.PERSON_REMOVED,
                    "PERSON_EXPIRED", DomainEventType.PERSON_EXPIRED),
            "Visit", Map.of(
                    "VISIT_SCHEDULED", DomainEventType.VISIT_SCHEDULED,
                    "VISIT_CANCELLED", DomainEventType.VISIT_CANCELLED),
            // the suspension, not the space's own record of it, so one action is one event
            "Suspension", Map.of(
                    "OPERATIONS_SUSPENDED", DomainEventType.SUSPENSION_STARTED,
                    "SUSPENSION_LIFTED", DomainEventType.SUSPENSION_LIFTED),
            "Facility", Map.of(
                    "FACILITY_NORMAL", DomainEventType.FACILITY_STATE_CHANGED,
                    "FACILITY_DISRUPTED", DomainEventType.FACILITY_STATE_CHANGED,
                    "FACILITY_LOCKDOWN", DomainEventType.FACILITY_STATE_CHANGED),
            "Notice", Map.of(
                    "NOTICE_RECORDED", DomainEventType.NOTICE_RECORDED,
                    "NOTICE_DELIVERED", DomainEventType.NOTICE_DEEMED_GIVEN,
                    "NOTICE_RECEIVED", DomainEventType.NOTICE_DEEMED_GIVEN),
            "LienAction", Map.of(
                    "LIEN_ENFORCED", DomainEventType.LIEN_ENFORCED,
                    "LIEN_RELEASED", DomainEventType.LIEN_RELEASED),
            "Equipment", Map.of(
                    "EQUIPMENT_TAKEN_INTO_POSSESSION", DomainEventType.EQUIPMENT_CUSTODY_CHANGED,
                    "EQUIPMENT_RETURNED", DomainEventType.EQUIPMENT_CUSTODY_CHANGED,
                    "EQUIPMENT_REMOVED", DomainEventType.EQUIPMENT_CUSTODY_CHANGED,
                    "EQUIPMENT_SURRENDERED", DomainEventType.EQUIPMENT_CUSTODY_CHANGED,
                    "EQUIPMENT_DISPOSED", DomainEventType.EQUIPMENT_CUSTODY_CHANGED),
            "Relocation", Map.of(
                    "RELOCATION_REQUIRED", DomainEventType.RELOCATION_PROPOSED,
                    "RELOCATION_REQUESTED", DomainEventType.RELOCATION_PROPOSED,
                    "RELOCATION_SCHEDULED", DomainEventType.RELOCATION_SCHEDULED,
                    "RELOCATION_ACCEPTED", DomainEventType.RELOCATION_SCHEDULED,
                    "RELOCATION_COMPLETED", DomainEventType.RELOCATION_COMPLETED,
                    "RELOCATION_CANCELLED", DomainEventType.RELOCATION_CANCELLED,
                    "RELOCATION_DECLINED", DomainEventType.RELOCATION_CANCELLED),
            "Order", Map.of(
                    "ORDER_ACTIVATED", DomainEventType.ORDER_ACTIVATED,
                    "ORDER_TERMINATION_NOTICED", DomainEventType.ORDER_TERMINATION_NOTICED,
                    "ORDER_TERMINATED", DomainEventType.ORDER_TERMINATED));

    /**
     * The fields of an object's representation a payload may carry: ids, states, dates. Nothing
     * else is copied, so a name, an e-mail or an identity document number never is.
     */
    public static final List<String> PAYLOAD_FIELDS = List.of("state", "operatingState", "stateReason",
            "backupFacilityId", "facilityId", "spaceId", "spaceIds", "allSpaces", "orderId", "noticeId", "subject",
            "direction", "deliveryMethod", "deemedGivenOn", "initiator", "fromSpaceId", "toSpaceId", "moveOn",
            "noticePeriodEndsOn", "validFrom", "validUntil", "purpose", "startsAt", "endsAt", "escortPersonId",
            "restrictedSpaceIds", "possessedItemIds", "possessedOn", "activationDate", "termEnd", "termination",
            "standing", "owner", "underLien");

    /** The object type of a facility: its state change concerns every customer leasing space there. */
    public static final String FACILITY = "Facility";

    private EventCatalogue() {
    }

    /** Every event type some audited action is (ACCESS_DENIED is written by the access event's own insert, trigger access_events_denied, V16). */
    public static java.util.Set<DomainEventType> audited() {
        java.util.Set<DomainEventType> all = java.util.EnumSet.noneOf(DomainEventType.class);
        BY_OBJECT.values().forEach(m -> all.addAll(m.values()));
        return all;
    }

    /** The event an audited action is, if it is one. */
    public static Optional<DomainEventType> eventOf(String objectType, String action) {
        return Optional.ofNullable(BY_OBJECT.getOrDefault(objectType, Map.of()).get(action));
    }
}
