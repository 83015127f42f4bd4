package com.cagekeeper.access.domain;

/**
 * One reason of an access decision: a stable code, the clause it comes from and a sentence.
 * A denying reason refuses entry; a notice only informs (a disrupted facility, removal-only entry).
 */
public record Reason(String code, String clause, String message, boolean denies) {

    public static Reason deny(ReasonCode code, String message) {
        return new Reason(code.name(), code.clause(), message, true);
    }

    public static Reason notice(ReasonCode code, String message) {
        return new Reason(code.name(), code.clause(), message, false);
    }
}
