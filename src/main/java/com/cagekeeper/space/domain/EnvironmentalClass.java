package com.cagekeeper.space.domain;

/**
 * The environmental envelope a space is kept in (ASHRAE thermal classes). Relocation
 * compares it: a target must offer the same class or a stricter one (§3.2).
 */
public enum EnvironmentalClass {
    /** Tightest control, enterprise servers and storage. */
    A1,
    A2,
    A3,
    /** Widest allowable range. */
    A4,
    /** High-density air-cooled equipment. */
    H1
}
