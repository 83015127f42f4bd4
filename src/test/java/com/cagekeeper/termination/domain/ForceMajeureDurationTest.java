package com.cagekeeper.termination.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ForceMajeureDuration and BusinessDays (§12.4, rule 29: more than 15 business days)")
class ForceMajeureDurationTest {

    /** A Monday. */
    private static final LocalDate START = LocalDate.of(2027, 1, 4);

    @Test
    @DisplayName("§12.4 business days are Monday to Friday, both ends counted; a weekend adds none")
    void businessDays() {
        assertEquals(5, BusinessDays.count(START, START.plusDays(4)));
        assertEquals(5, BusinessDays.count(START, START.plusDays(6)));
        assertEquals(6, BusinessDays.count(START, START.plusDays(7)));
        assertEquals(0, BusinessDays.count(LocalDate.of(2027, 1, 9), LocalDate.of(2027, 1, 10)));
        assertEquals(LocalDate.of(2027, 1, 25), BusinessDays.nth(START, 16));
    }

    @Test
    @DisplayName("§12.4 on its 15th business day (a Friday) and over the weekend: refused with the date; on the 16th (Monday): allowed")
    void fifteenAndSixteen() {
        var friday = ForceMajeureDuration.refusal(START, null, LocalDate.of(2027, 1, 22)).orElseThrow();
        assertEquals("FORCE_MAJEURE_NOT_LONG_ENOUGH", friday.code());
        assertEquals("§12.4", friday.clause());
        assertTrue(friday.message().contains("has lasted 15 business days"), friday.message());
        assertTrue(friday.message().contains("2027-01-25"), friday.message());
        assertTrue(ForceMajeureDuration.refusal(START, null, LocalDate.of(2027, 1, 24)).isPresent());
        assertTrue(ForceMajeureDuration.refusal(START, null, LocalDate.of(2027, 1, 25)).isEmpty());
    }

    @Test
    @DisplayName("§12.4 an event that ended after 15 business days never allows cancellation; one that lasted 16 still does after its end")
    void ended() {
        assertEquals("FORCE_MAJEURE_TOO_SHORT", ForceMajeureDuration
                .refusal(START, LocalDate.of(2027, 1, 22), LocalDate.of(2027, 3, 1)).orElseThrow().code());
        assertTrue(ForceMajeureDuration.refusal(START, LocalDate.of(2027, 1, 25), LocalDate.of(2027, 3, 1)).isEmpty());
    }
}
