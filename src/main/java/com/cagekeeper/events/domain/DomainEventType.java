package com.cagekeeper.events.domain;

/**
 * The events a portal or operator may follow (issue 12). The {@code name()} is the wire type,
 * as the feed and webhooks carry it; a type is never renamed, only added.
 */
public enum DomainEventType {
    /** A customer asked for a person's approval (§3.2). */
    PERSON_REQUESTED,
    /** Operations approved a person (§3.2). */
    PERSON_APPROVED,
    /** A revoked or expired person was approved again (§3.2). */
    PERSON_REINSTATED,
    /** A person's approval was revoked (§3.2). */
    PERSON_REVOKED,
    /** A person was removed from the customer's list (§3.2). */
    PERSON_REMOVED,
    /** An approval lapsed without an entry (rule 12, the inactivity sweep). */
    PERSON_EXPIRED,
    /** A visit was scheduled (rule 9). */
    VISIT_SCHEDULED,
    /** A visit was cancelled. */
    VISIT_CANCELLED,
    /** Operations were suspended in a space (§3.6). */
    SUSPENSION_STARTED,
    /** A suspension was lifted (§3.6). */
    SUSPENSION_LIFTED,
    /** A facility became NORMAL, DISRUPTED or LOCKDOWN (BCP). */
    FACILITY_STATE_CHANGED,
    /** A written notice was recorded (§12.7). */
    NOTICE_RECORDED,
    /** A notice's deemed date became known: delivered by courier or received by certified mail (§12.7). */
    NOTICE_DEEMED_GIVEN,
    /** The provider enforced its lien (§3.5). */
    LIEN_ENFORCED,
    /** A lien action was released (rule 16, §4.5). */
    LIEN_RELEASED,
    /** Equipment changed hands: taken into possession, returned, removed, surrendered or disposed of (§3.5(b), §7.6). */
    EQUIPMENT_CUSTODY_CHANGED,
    /** A relocation was required by the provider or asked for by the customer (§3.2, §2.1). */
    RELOCATION_PROPOSED,
    /** A relocation's date was fixed: scheduled or accepted (§3.2). */
    RELOCATION_SCHEDULED,
    /** A relocation was completed (§3.2). */
    RELOCATION_COMPLETED,
    /** A relocation was cancelled or declined (§3.2). */
    RELOCATION_CANCELLED,
    /** An order was activated (§7.1). */
    ORDER_ACTIVATED,
    /** A termination of an order was noticed: its effective date is known (§7.2, §7.3). */
    ORDER_TERMINATION_NOTICED,
    /** An order ended by termination (§7.2, §7.3, §7.6). */
    ORDER_TERMINATED,
    /** A door denied an entry or exit (rules 1-12); granted checks stay in /access-events only. */
    ACCESS_DENIED;

    /** The type named on the wire, or null when this version knows no such type. */
    public static DomainEventType named(String name) {
        for (DomainEventType t : values()) {
            if (t.name().equals(name)) {
                return t;
            }
        }
        return null;
    }
}
