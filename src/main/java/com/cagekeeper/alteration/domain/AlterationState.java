package com.cagekeeper.alteration.domain;

/** Where a customer's alteration of a space is (§3.3, rules 21-22). */
public enum AlterationState {
    /** Plans submitted; no work until the provider consents in writing. */
    SUBMITTED,
    /** The provider consented in writing, with its reference and any conditions: work may start. */
    CONSENTED,
    /** The provider refused, with its reasons; no work may be done on these plans. */
    REFUSED,
    /** Work under the consent has started. */
    IN_PROGRESS,
    /** Work is done: the alteration is built into the space and stays with it as a fixture (rule 22). */
    COMPLETED,
    /** The customer (or operations for it) withdrew the plans before work started. */
    WITHDRAWN
}
