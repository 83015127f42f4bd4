package com.cagekeeper.access.domain;

/** Whether the person is going in or coming out. */
public enum Direction {
    IN, OUT
}
