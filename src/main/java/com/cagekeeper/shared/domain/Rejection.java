package com.cagekeeper.shared.domain;

/**
 * A business rule's refusal, as an outcome: a stable code, the agreement clause it
 * enforces (for example {@code §3.2}) and a sentence for people.
 */
public record Rejection(String code, String clause, String message) {
}
