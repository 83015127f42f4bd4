package com.cagekeeper.personnel.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("EscortEligibility (rule 9: the escort is an approved person of the visit's customer who may escort)")
class EscortEligibilityTest {

    private static final Instant AT = Instant.parse("2025-06-11T14:00:00Z");
    private static final int LAPSE_DAYS = 365;
    private static final String C = "customer-C";

    /** The escort's facts as read for a visit of customer C; {@link #eligible()} meets every condition. */
    private record Escort(String escortCustomer, String state, boolean mayEscort, Instant validFrom,
            Instant validUntil, Instant approvedAt, Instant lastEntryAt, boolean coversSpace) {

        static Escort eligible() {
            return new Escort(C, "APPROVED", true, AT.minus(Duration.ofDays(60)), AT.plus(Duration.ofDays(60)),
                    AT.minus(Duration.ofDays(60)), AT.minus(Duration.ofDays(3)), true);
        }

        /** The visit names no escort: every escort column reads null or false. */
        static Escort none() {
            return new Escort(null, null, false, null, null, null, null, false);
        }

        Escort ofCustomer(String customer) {
            return new Escort(customer, state, mayEscort, validFrom, validUntil, approvedAt, lastEntryAt, coversSpace);
        }

        Escort inState(String s) {
            return new Escort(escortCustomer, s, mayEscort, validFrom, validUntil, approvedAt, lastEntryAt, coversSpace);
        }

        Escort mayEscort(boolean may) {
            return new Escort(escortCustomer, state, may, validFrom, validUntil, approvedAt, lastEntryAt, coversSpace);
        }

        Escort validity(Instant from, Instant until) {
            return new Escort(escortCustomer, state, mayEscort, from, until, approvedAt, lastEntryAt, coversSpace);
        }

        Escort entries(Instant approved, Instant lastEntry) {
            return new Escort(escortCustomer, state, mayEscort, validFrom, validUntil, approved, lastEntry, coversSpace);
        }

        Escort coveringSpace(boolean covers) {
            return new Escort(escortCustomer, state, mayEscort, validFrom, validUntil, approvedAt, lastEntryAt, covers);
        }

        boolean eligibleAt(Instant at) {
            EscortEligibility.Escort escort = escortCustomer == null ? null
                    : new EscortEligibility.Escort(escortCustomer, state == null ? null : PersonState.valueOf(state),
                            mayEscort, coversSpace, validFrom, validUntil, approvedAt, lastEntryAt);
            return EscortEligibility.refusal(C, escort, at, LAPSE_DAYS).isEmpty();
        }
    }

    @Test
    @DisplayName("rule 9 an approved person of the visit's customer, allowed to escort, covering the space, in validity, not lapsed, is eligible")
    void eligibleEscort() {
        assertTrue(Escort.eligible().eligibleAt(AT));
    }

    @Test
    @DisplayName("rule 9 a visit that names no escort has no eligible escort")
    void noEscort() {
        assertFalse(Escort.none().eligibleAt(AT));
    }

    @Test
    @DisplayName("rule 9 an escort of another customer is not eligible")
    void anotherCustomersEscort() {
        assertFalse(Escort.eligible().ofCustomer("customer-D").eligibleAt(AT));
    }

    @ParameterizedTest(name = "state {0}")
    @ValueSource(strings = { "REQUESTED", "REVOKED", "REMOVED", "EXPIRED" })
    @DisplayName("rule 9 an escort who is not APPROVED is not eligible")
    void escortNotApproved(String state) {
        assertFalse(Escort.eligible().inState(state).eligibleAt(AT));
    }

    @Test
    @DisplayName("rule 9 an approved person without the escort flag is not eligible")
    void escortWithoutFlag() {
        assertFalse(Escort.eligible().mayEscort(false).eligibleAt(AT));
    }

    @Test
    @DisplayName("rule 9 an escort whose approval does not cover the space is not eligible")
    void escortNotCoveringSpace() {
        assertFalse(Escort.eligible().coveringSpace(false).eligibleAt(AT));
    }

    @Test
    @DisplayName("rule 1 an escort is eligible from the first instant of their validity (inclusive), not a second before")
    void escortValidityStart() {
        Escort e = Escort.eligible();
        assertTrue(e.eligibleAt(e.validFrom()));
        assertFalse(e.eligibleAt(e.validFrom().minusSeconds(1)));
    }

    @Test
    @DisplayName("rule 1 an escort is no longer eligible at the end of their validity (exclusive)")
    void escortValidityEnd() {
        Escort e = Escort.eligible();
        assertTrue(e.eligibleAt(e.validUntil().minusSeconds(1)));
        assertFalse(e.eligibleAt(e.validUntil()));
    }

    @Test
    @DisplayName("rule 1 an escort with an open-ended validity is eligible")
    void escortOpenValidity() {
        assertTrue(Escort.eligible().validity(null, null).eligibleAt(AT));
    }

    @Test
    @DisplayName("rule 12 an escort is no longer eligible exactly 365 days after their last entry, and still is a second before")
    void escortLapsed() {
        Instant lastEntry = AT.minus(Duration.ofDays(LAPSE_DAYS));
        Escort e = Escort.eligible().validity(null, null).entries(lastEntry.minus(Duration.ofDays(10)), lastEntry);
        assertFalse(e.eligibleAt(AT));
        assertTrue(e.eligibleAt(AT.minusSeconds(1)));
    }
}
