package com.cagekeeper.termination.domain;

/** A party to the agreement: the one that terminates, or the one in breach (§7.2, §7.3). */
public enum Party {
    /** The provider. */
    PROVIDER,
    /** The customer. */
    CUSTOMER
}
