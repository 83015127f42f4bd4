package com.cagekeeper.visit.domain;

/** Why visitors come. */
public enum VisitPurpose {
    /** Vendors or contractors working on the customer's equipment. */
    WORK,
    /** Delivery of equipment or parts. */
    DELIVERY,
    /** Removal of equipment and restoration of the space after the order ends (§7.6(iv)). */
    EQUIPMENT_REMOVAL
}
