package com.cagekeeper.equipment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.cagekeeper.equipment.domain.RackPositionIsFree.Occupant;
import com.cagekeeper.shared.domain.Rejection;

@DisplayName("§3.1 two items in a space never share a rack unit")
class RackPositionIsFreeTest {

    /** An item at U10-U12. */
    static final List<Occupant> ONE = List.of(new Occupant("item-a", new RackPosition(10, 3)));

    @ParameterizedTest(name = "§3.1 U{0} of height {1} overlaps U10-U12: RACK_POSITION_TAKEN naming the item")
    @CsvSource({ "10,3", "9,2", "12,1", "11,1", "8,10", "12,5" })
    void overlap(int from, int units) {
        Rejection r = RackPositionIsFree.refusal(new RackPosition(from, units), "ATL1-K101", ONE).orElseThrow();
        assertEquals("RACK_POSITION_TAKEN", r.code());
        assertEquals("§3.1", r.clause());
        assertTrue(r.message().contains("item-a"), r.message());
        assertTrue(r.message().contains("U10-U12"), r.message());
    }

    @ParameterizedTest(name = "§3.1 U{0} of height {1} touches U10-U12 without overlapping: free")
    @CsvSource({ "9,1", "13,1", "1,9", "13,30" })
    void adjacent(int from, int units) {
        assertTrue(RackPositionIsFree.refusal(new RackPosition(from, units), "ATL1-K101", ONE).isEmpty());
    }

    @Test
    @DisplayName("§3.1 the refusal names the first item overlapped; items without a position and an empty space hold nothing")
    void firstOverlapped() {
        List<Occupant> several = List.of(new Occupant("no-position", null), new Occupant("item-b", new RackPosition(20, 1)),
                new Occupant("item-c", new RackPosition(21, 2)));
        assertTrue(RackPositionIsFree.refusal(new RackPosition(20, 3), "K", several).orElseThrow().message()
                .contains("item-b"));
        assertTrue(RackPositionIsFree.refusal(new RackPosition(1, 1), "K", List.of()).isEmpty());
        assertTrue(RackPositionIsFree.refusal(null, "K", several).isEmpty());
    }
}
