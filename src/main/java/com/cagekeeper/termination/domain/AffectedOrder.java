package com.cagekeeper.termination.domain;

import jakarta.persistence.Embeddable;

/** An order a force majeure event affects, with its customer (what that customer may see of the event). */
@Embeddable
public class AffectedOrder {

    public String orderId;
    public String customerId;

    public AffectedOrder() {
    }

    public AffectedOrder(String orderId, String customerId) {
        this.orderId = orderId;
        this.customerId = customerId;
    }
}
