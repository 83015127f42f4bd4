package com.cagekeeper.webhooks.domain;

/** Whether an endpoint receives deliveries. */
public enum WebhookEndpointState {
    /** Deliveries run. */
    ENABLED,
    /** No deliveries until it is enabled again; the events wait, in order. */
    DISABLED
}
