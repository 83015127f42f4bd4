package com.cagekeeper.termination.domain;

/** Whether a noticed material breach stands or was cured (§7.3(a)). */
public enum BreachState {
    /** Noticed and not cured: the cure period runs, then the other party may terminate. */
    OPEN,
    /** Cured: it is no ground for termination. */
    CURED
}
