package com.cagekeeper.personnel.domain;

/** Why the provider rescinded a person's access (§3.2). */
public enum RevocationReason {
    /** The person caused damage to equipment, individuals or the Space. */
    DAMAGE,
    /** The person caused a threat of damage. */
    THREAT_OF_DAMAGE,
    /** Another reason, stated in text. */
    OTHER
}
