package com.cagekeeper.termination.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Termination (§7.3: for cause (b)-(e) upon written notice, recorded by operations)")
class TerminationShapeTest {

    @Test
    @DisplayName("§7.3(b)-(e) a termination for cause other than material breach names the TERMINATION notice")
    void forCauseNeedsANotice() {
        var r = Termination.shapeRefusal(TerminationBasis.FOR_CAUSE, TerminationCause.BANKRUPTCY, null, null, null,
                null).orElseThrow();
        assertEquals("TERMINATION_NOTICE_ID_REQUIRED", r.code());
        assertEquals("§7.3(d)", r.clause());
        assertEquals("noticeId", r.field());
        assertTrue(Termination.shapeRefusal(TerminationBasis.FOR_CAUSE, TerminationCause.BANKRUPTCY, "n", null,
                null, null).isEmpty());
        // §7.3(a) rests on the breach and its own notice
        assertTrue(Termination.shapeRefusal(TerminationBasis.FOR_CAUSE, TerminationCause.MATERIAL_BREACH, null, "b",
                null, null).isEmpty());
    }

    @Test
    @DisplayName("§7.3(b)-(e) a customer token may not record them itself; material breach and the other bases it may")
    void customerMayNotDeclareACause() {
        for (TerminationCause c : TerminationCause.values()) {
            var r = Termination.recorderRefusal(TerminationBasis.FOR_CAUSE, c, true);
            assertEquals(c != TerminationCause.MATERIAL_BREACH, r.isPresent(), c.name());
            r.ifPresent(x -> assertEquals("cause", x.field()));
            assertTrue(Termination.recorderRefusal(TerminationBasis.FOR_CAUSE, c, false).isEmpty());
        }
        assertTrue(Termination.recorderRefusal(TerminationBasis.WITHOUT_CAUSE, null, true).isEmpty());
        assertTrue(Termination.recorderRefusal(TerminationBasis.FORCE_MAJEURE, null, true).isEmpty());
    }
}
