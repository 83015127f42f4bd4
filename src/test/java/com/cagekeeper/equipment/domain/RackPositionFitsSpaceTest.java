package com.cagekeeper.equipment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.cagekeeper.shared.domain.Rejection;

@DisplayName("§3.1 a rack position fits its space")
class RackPositionFitsSpaceTest {

    @ParameterizedTest(name = "§3.1 U{0} of height {1} fits a 42-unit cabinet")
    @CsvSource({ "1,1", "1,42", "41,2", "42,1", "20,4" })
    void fits(int from, int units) {
        assertTrue(RackPositionFitsSpace.refusal(new RackPosition(from, units), "ATL1-K101", true, 42).isEmpty());
    }

    @ParameterizedTest(name = "§3.1 U{0} of height {1} does not fit a 42-unit cabinet: RACK_POSITION_OUTSIDE_SPACE")
    @CsvSource({ "42,2", "43,1", "1,43", "2147483647,2" })
    void outside(int from, int units) {
        Rejection r = RackPositionFitsSpace.refusal(new RackPosition(from, units), "ATL1-K101", true, 42).orElseThrow();
        assertEquals("RACK_POSITION_OUTSIDE_SPACE", r.code());
        assertEquals("§3.1", r.clause());
        assertTrue(r.message().contains("42 rack units"), r.message());
    }

    @Test
    @DisplayName("§3.1 in a cabinet or cage an item needs a rack position: RACK_POSITION_REQUIRED")
    void requiredWhenRacked() {
        assertEquals("RACK_POSITION_REQUIRED",
                RackPositionFitsSpace.refusal(null, "ATL1-C001", true, 168).orElseThrow().code());
    }

    @Test
    @DisplayName("§3.1 in a suite or room an item has no rack position: none is fine, one is RACK_POSITION_NOT_APPLICABLE")
    void notApplicableWhenNotRacked() {
        assertTrue(RackPositionFitsSpace.refusal(null, "ATL2-S01", false, 840).isEmpty());
        assertEquals("RACK_POSITION_NOT_APPLICABLE",
                RackPositionFitsSpace.refusal(new RackPosition(1, 1), "ATL2-S01", false, 840).orElseThrow().code());
    }

    @Test
    @DisplayName("§3.1 a space with no rack units fits no position")
    void noUnits() {
        assertEquals("RACK_POSITION_OUTSIDE_SPACE",
                RackPositionFitsSpace.refusal(new RackPosition(1, 1), "ATL1-C009", true, 0).orElseThrow().code());
    }

    @Test
    @DisplayName("a rack position starts at unit 1 and is at least one unit high")
    void wellFormed() {
        assertThrows(IllegalArgumentException.class, () -> new RackPosition(0, 1));
        assertThrows(IllegalArgumentException.class, () -> new RackPosition(1, 0));
        assertEquals(11, new RackPosition(10, 2).to());
        assertEquals("U10-U11", new RackPosition(10, 2).toString());
        assertEquals("U7", new RackPosition(7, 1).toString());
    }
}
