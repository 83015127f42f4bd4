package com.cagekeeper.space.domain;

/** Where a space is in its life. */
public enum SpaceState {
    /** Free to be leased by an order. */
    AVAILABLE,
    /** Subleased to a customer by an active order (§3.1). */
    LEASED,
    /** The customer's operations in it are suspended (§3.2). */
    SUSPENDED,
    /** The order ended; the customer removes its equipment and restores the space (§3.3, §7.6(iv)). */
    RESTORATION_DUE,
    /** Not offered: withdrawn, or its underlying lease has ended (§3.4). */
    OUT_OF_SERVICE
}
