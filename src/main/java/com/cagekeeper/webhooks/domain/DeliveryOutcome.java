package com.cagekeeper.webhooks.domain;

/** How one delivery attempt ended. */
public enum DeliveryOutcome {
    /** The receiver answered 2xx. */
    DELIVERED,
    /** Any other status, a timeout, a connection error or a target refused at delivery time. */
    FAILED
}
