package com.cagekeeper.space.domain;

/** What kind of space is subleased. */
public enum SpaceKind {
    CAGE, CABINET, SUITE, ROOM
}
