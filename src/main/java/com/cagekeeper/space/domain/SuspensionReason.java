package com.cagekeeper.space.domain;

/** Why the provider suspends a customer's operations in a space (§3.2). */
public enum SuspensionReason {
    HAZARDOUS_CONDITION, UNSAFE_PRACTICE, EMERGENCY
}
