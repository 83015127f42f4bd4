package com.cagekeeper.facility.domain;

/** A facility's operating state under the Business Continuity Plan. */
public enum OperatingState {
    /** Business as usual. */
    NORMAL,
    /** A disruption: access is decided as usual and the backup facility is named. */
    DISRUPTED,
    /** No customer may enter. */
    LOCKDOWN
}
