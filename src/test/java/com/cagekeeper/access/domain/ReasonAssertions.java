package com.cagekeeper.access.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

/** What a policy says: a denial or a notice with its code and clause, or nothing at all. */
public final class ReasonAssertions {

    private ReasonAssertions() {
    }

    /** The policy denies with this code under this clause; returns the reason for further checks. */
    public static Reason assertDenies(Optional<Reason> said, String code, String clause) {
        Reason reason = assertSpeaks(said, code, clause);
        assertTrue(reason.denies(), () -> code + " should deny: " + reason);
        return reason;
    }

    /** The policy gives a notice (it informs, it does not deny) with this code under this clause. */
    public static Reason assertNotice(Optional<Reason> said, String code, String clause) {
        Reason reason = assertSpeaks(said, code, clause);
        assertFalse(reason.denies(), () -> code + " should be a notice, not a denial: " + reason);
        return reason;
    }

    public static void assertSilent(Optional<Reason> said) {
        assertTrue(said.isEmpty(), () -> "expected no reason, got " + said.orElse(null));
    }

    private static Reason assertSpeaks(Optional<Reason> said, String code, String clause) {
        assertTrue(said.isPresent(), () -> "expected " + code + ", got no reason");
        Reason reason = said.get();
        assertEquals(code, reason.code());
        assertEquals(clause, reason.clause());
        assertFalse(reason.message() == null || reason.message().isBlank(), "a reason carries a sentence");
        return reason;
    }
}
