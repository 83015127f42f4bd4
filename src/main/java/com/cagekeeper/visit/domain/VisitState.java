package com.cagekeeper.visit.domain;

/** A visit is scheduled until it is cancelled; its window says when it is usable. */
public enum VisitState {
    SCHEDULED, CANCELLED
}
