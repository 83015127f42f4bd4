package com.cagekeeper.shared.domain;

/**
 * Raised by an application service when a rule rejects a business action; the API
 * turns it into a 409 (the object's state forbids it) or a 422 (the input breaks a rule).
 */
public final class RuleViolation extends RuntimeException {

    /** Why the action is refused. */
    public enum Kind {
        /** The object's current state forbids the action (409). */
        STATE_CONFLICT,
        /** The input is well formed but breaks a contract rule (422). */
        UNPROCESSABLE
    }

    private final Kind kind;
    private final Rejection rejection;

    private RuleViolation(Kind kind, Rejection rejection) {
        super(rejection.code() + ": " + rejection.message(), null, false, false);
        this.kind = kind;
        this.rejection = rejection;
    }

    public static RuleViolation conflict(String code, String clause, String message) {
        return new RuleViolation(Kind.STATE_CONFLICT, new Rejection(code, clause, message));
    }

    public static RuleViolation unprocessable(String code, String clause, String message) {
        return new RuleViolation(Kind.UNPROCESSABLE, new Rejection(code, clause, message));
    }

    /** A 409 for a rejection of the object's state (one that names its field, for instance). */
    public static RuleViolation conflict(Rejection rejection) {
        return new RuleViolation(Kind.STATE_CONFLICT, rejection);
    }

    /** A 422 for a rejection of the input (one that names its field, for instance). */
    public static RuleViolation unprocessable(Rejection rejection) {
        return new RuleViolation(Kind.UNPROCESSABLE, rejection);
    }

    /** Throws a 409 for a rejection of the object's state, if there is one. */
    public static void conflictIf(java.util.Optional<Rejection> rejection) {
        rejection.ifPresent(r -> {
            throw new RuleViolation(Kind.STATE_CONFLICT, r);
        });
    }

    /** Throws a 422 for a rejection of the input, if there is one. */
    public static void unprocessableIf(java.util.Optional<Rejection> rejection) {
        rejection.ifPresent(r -> {
            throw new RuleViolation(Kind.UNPROCESSABLE, r);
        });
    }

    public Kind kind() {
        return kind;
    }

    public Rejection rejection() {
        return rejection;
    }
}
