package com.cagekeeper.alteration.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("§3.3 alterations: no work without prior written consent")
class AlterationRulesTest {

    final Instant now = Instant.parse("2026-03-01T10:00:00Z");

    Alteration submitted() {
        return Alteration.submit("a-1", now, "c-1", "s-1", "Cable tray", Set.of("DWG-1"), "someone");
    }

    @Test
    @DisplayName("§3.3 rule 21: submitted or refused plans cannot be started or completed")
    void consentFirst() {
        Alteration a = submitted();
        assertEquals("ALTERATION_CONSENT_REQUIRED", a.startRefusal().orElseThrow().code());
        assertEquals("ALTERATION_CONSENT_REQUIRED", a.completionRefusal().orElseThrow().code());
        a.refuse("ops", "No", now);
        assertEquals("ALTERATION_CONSENT_REQUIRED", a.startRefusal().orElseThrow().code());
        assertEquals("ALTERATION_NOT_SUBMITTED", a.decisionRefusal().orElseThrow().code());
    }

    @Test
    @DisplayName("§3.3 rule 22: consented work starts, completes and is then a fixture that cannot be withdrawn")
    void consentedWork() {
        Alteration a = submitted();
        a.consent("ops", "ALT-1", null, now);
        assertTrue(a.startRefusal().isEmpty());
        a.start(now);
        assertEquals("ALTERATION_NOT_STARTABLE", a.startRefusal().orElseThrow().code());
        // work in progress is closed by operations only
        assertEquals("ALTERATION_NOT_WITHDRAWABLE", a.withdrawalRefusal(false).orElseThrow().code());
        assertTrue(a.withdrawalRefusal(true).isEmpty());
        assertTrue(a.completionRefusal().isEmpty());
        a.complete(now);
        assertEquals(AlterationState.COMPLETED, a.state);
        assertEquals("ALTERATION_NOT_WITHDRAWABLE", a.withdrawalRefusal(false).orElseThrow().code());
        assertEquals("ALTERATION_NOT_WITHDRAWABLE", a.withdrawalRefusal(true).orElseThrow().code());
    }
}
