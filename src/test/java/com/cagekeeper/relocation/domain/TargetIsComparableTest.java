package com.cagekeeper.relocation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.cagekeeper.relocation.domain.TargetIsComparable.Facts;
import com.cagekeeper.relocation.domain.TargetIsComparable.Shortfall;
import com.cagekeeper.relocation.domain.TargetIsComparable.Space;

@DisplayName("TargetIsComparable (§3.2, rule 18: reasonably comparable access, environmental conditions and facilities)")
class TargetIsComparableTest {

    private static final Space FROM = new Space("s-from", "ATL1-K101", "atl1", "CABINET", 42, new BigDecimal("8.00"),
            "A2", "LEASED");
    private static final Space TARGET = new Space("s-to", "ATL1-K102", "atl1", "CABINET", 42, new BigDecimal("8.00"),
            "A2", "AVAILABLE");

    private static Facts facts(Space to) {
        return new Facts(FROM, to, 10, new BigDecimal("3.500"), false, false, false, false);
    }

    private static List<String> codes(Facts f) {
        return TargetIsComparable.shortfalls(f).stream().map(Shortfall::code).toList();
    }

    private static Space with(String facility, String kind, int units, String kw, String env, String state) {
        return new Space("s-to", "ATL1-K102", facility, kind, units, new BigDecimal(kw), env, state);
    }

    @Test
    @DisplayName("§3.2 an AVAILABLE space of the same kind, facility and class with room for the equipment is comparable")
    void comparable() {
        assertTrue(TargetIsComparable.refusal(facts(TARGET)).isEmpty());
    }

    @Test
    @DisplayName("§3.2 capacity is measured against the registered equipment, not the old space: a smaller space that holds it is comparable")
    void smallerSpaceThatHoldsTheEquipment() {
        assertTrue(codes(facts(with("atl1", "CABINET", 10, "3.50", "A2", "AVAILABLE"))).isEmpty());
        assertEquals(List.of("TOO_FEW_RACK_UNITS", "TOO_LITTLE_POWER"),
                codes(facts(with("atl1", "CABINET", 9, "3.49", "A2", "AVAILABLE"))));
    }

    @Test
    @DisplayName("§3.2 another facility is comparable only with a reason operations records")
    void otherFacility() {
        Space elsewhere = with("atl2", "CABINET", 42, "8.00", "A2", "AVAILABLE");
        assertEquals(List.of("OTHER_FACILITY"), codes(facts(elsewhere)));
        assertTrue(codes(new Facts(FROM, elsewhere, 10, new BigDecimal("3.5"), false, false, false, true)).isEmpty());
    }

    @Test
    @DisplayName("§3.2 another kind of space is not comparable")
    void otherKind() {
        assertEquals(List.of("OTHER_KIND"), codes(facts(with("atl1", "CAGE", 42, "8.00", "A2", "AVAILABLE"))));
    }

    @Test
    @DisplayName("§3.2 environmental class: the same or stricter on the A scale; H1 only to H1; an unknown class is not comparable")
    void environmentalClass() {
        assertTrue(codes(facts(with("atl1", "CABINET", 42, "8.00", "A1", "AVAILABLE"))).isEmpty());
        assertEquals(List.of("WORSE_ENVIRONMENTAL_CLASS"),
                codes(facts(with("atl1", "CABINET", 42, "8.00", "A3", "AVAILABLE"))));
        assertEquals(List.of("WORSE_ENVIRONMENTAL_CLASS"),
                codes(facts(with("atl1", "CABINET", 42, "8.00", "H1", "AVAILABLE"))));
        assertTrue(TargetIsComparable.environmentNoWorse("H1", "H1"));
        assertTrue(!TargetIsComparable.environmentNoWorse("H1", "A1"));
        assertTrue(!TargetIsComparable.environmentNoWorse("A2", "B9"));
    }

    @Test
    @DisplayName("§3.2 the target must be AVAILABLE, not reserved by another relocation, not suspended, not restricted under a lien")
    void availability() {
        assertEquals(List.of("NOT_AVAILABLE"), codes(facts(with("atl1", "CABINET", 42, "8.00", "A2", "LEASED"))));
        assertEquals(List.of("NOT_AVAILABLE", "SUSPENDED"),
                codes(facts(with("atl1", "CABINET", 42, "8.00", "A2", "SUSPENDED"))));
        assertEquals(List.of("NOT_AVAILABLE"),
                codes(new Facts(FROM, TARGET, 10, new BigDecimal("3.5"), false, false, true, false)));
        assertEquals(List.of("SUSPENDED", "LIEN_RESTRICTED"),
                codes(new Facts(FROM, TARGET, 10, new BigDecimal("3.5"), true, true, false, false)));
    }

    @Test
    @DisplayName("§3.2 the refusal is one 422 about toSpaceId naming every shortfall, with the clause")
    void refusalNamesEveryShortfall() {
        var r = TargetIsComparable.refusal(facts(with("atl2", "CAGE", 5, "1.00", "A4", "OUT_OF_SERVICE"))).get();
        assertEquals("RELOCATION_TARGET_NOT_COMPARABLE", r.code());
        assertEquals("§3.2", r.clause());
        assertEquals("toSpaceId", r.field());
        for (String code : List.of("OTHER_FACILITY", "OTHER_KIND", "TOO_FEW_RACK_UNITS", "TOO_LITTLE_POWER",
                "WORSE_ENVIRONMENTAL_CLASS", "NOT_AVAILABLE")) {
            assertTrue(r.message().contains(code + ":"), r.message());
        }
    }

    @Test
    @DisplayName("§3.2 the equipment's own space is no target")
    void sameSpace() {
        assertEquals(List.of("SAME_SPACE", "NOT_AVAILABLE"), codes(facts(FROM)));
    }
}
