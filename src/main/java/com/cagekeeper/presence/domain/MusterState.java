package com.cagekeeper.presence.domain;

/** A muster is open from its start until operations or security closes it. */
public enum MusterState {
    OPEN, CLOSED
}
