package com.cagekeeper.personnel.domain;

/** Where an authorized person is on the customer's access list. */
public enum PersonState {
    /** Asked for by the customer; no access until the provider approves in writing (§3.2). */
    REQUESTED,
    /** Identified to and approved by the provider in writing (§3.2). */
    APPROVED,
    /** Access rescinded by the provider for damage or threat of damage (§3.2). */
    REVOKED,
    /** Taken off the list by the customer. */
    REMOVED,
    /** The approval lapsed after a long time without an entry (rule 12). */
    EXPIRED
}
