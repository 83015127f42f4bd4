package com.cagekeeper.access.domain;

/** The answer at the door. */
public enum Decision {
    GRANTED, DENIED
}
