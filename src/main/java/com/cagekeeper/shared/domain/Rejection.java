package com.cagekeeper.shared.domain;

/**
 * A business rule's refusal, as an outcome: a stable code, the agreement clause it
 * enforces (for example {@code §3.2}), a sentence for people and, when the rule refuses
 * one field of the request (a date in the future, an amount above what is open), its name.
 */
public record Rejection(String code, String clause, String message, String field) {

    public Rejection(String code, String clause, String message) {
        this(code, clause, message, null);
    }

    /** The same refusal, naming the request field it is about. */
    public Rejection at(String requestField) {
        return new Rejection(code, clause, message, requestField);
    }
}
