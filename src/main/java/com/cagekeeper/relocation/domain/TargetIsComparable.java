package com.cagekeeper.relocation.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.cagekeeper.shared.domain.Rejection;

/**
 * §3.2 (rule 18): the space the provider requires the customer to move to "shall afford
 * reasonably comparable access, environmental conditions and facilities". The target is
 * comparable when it is in the same facility (or another, with a reason operations records),
 * of the same kind, with rack units and power at least what the customer's registered
 * equipment uses now, an environmental class no worse, AVAILABLE (and not the target of
 * another open relocation), and neither suspended nor restricted under a lien. A refusal
 * names every shortfall, not only the first.
 */
public final class TargetIsComparable {

    public static final String CLAUSE = "§3.2";

    /**
     * ASHRAE classes on one scale, strictest first: a target may offer the same or a stricter
     * class. H1 (high density) is its own envelope: comparable only to H1.
     */
    private static final Map<String, Integer> A_SCALE = Map.of("A1", 1, "A2", 2, "A3", 3, "A4", 4);

    private TargetIsComparable() {
    }

    /** A space as the rule reads it; kind, class and state by name, so unknown values compare as different. */
    public record Space(String id, String code, String facilityId, String kind, int rackUnits, BigDecimal powerKw,
            String environmentalClass, String state) {
    }

    /**
     * What the rule reads: both spaces, what the equipment in the old one uses now (rack units
     * occupied and power drawn), the target's standing suspension, lien restriction and
     * reservation by another open relocation, and whether operations gave a reason for
     * another facility.
     */
    public record Facts(Space from, Space to, int rackUnitsInUse, BigDecimal powerInUseKw, boolean targetSuspended,
            boolean targetLienRestricted, boolean targetReservedByAnotherRelocation, boolean otherFacilityReasonGiven) {
    }

    /** One way the target falls short, with a stable code. */
    public record Shortfall(String code, String message) {

        @Override
        public String toString() {
            return code + ": " + message;
        }
    }

    /** Every shortfall of the target, in a fixed order; empty when it is comparable. */
    public static List<Shortfall> shortfalls(Facts f) {
        Space from = f.from();
        Space to = f.to();
        List<Shortfall> out = new ArrayList<>();
        if (from.id().equals(to.id())) {
            out.add(new Shortfall("SAME_SPACE", "the equipment is already in " + to.code()));
        }
        if (!from.facilityId().equals(to.facilityId()) && !f.otherFacilityReasonGiven()) {
            out.add(new Shortfall("OTHER_FACILITY", to.code() + " is in another facility; record the reason"
                    + " (otherFacilityReason) why a space there is comparable"));
        }
        if (!from.kind().equals(to.kind())) {
            out.add(new Shortfall("OTHER_KIND", to.code() + " is a " + to.kind() + ", not a " + from.kind()));
        }
        if (to.rackUnits() < f.rackUnitsInUse()) {
            out.add(new Shortfall("TOO_FEW_RACK_UNITS", to.code() + " has " + to.rackUnits()
                    + " rack units; the equipment uses " + f.rackUnitsInUse()));
        }
        if (to.powerKw() == null || to.powerKw().compareTo(f.powerInUseKw()) < 0) {
            out.add(new Shortfall("TOO_LITTLE_POWER", to.code() + " offers " + to.powerKw()
                    + " kW; the equipment draws " + f.powerInUseKw().stripTrailingZeros().toPlainString() + " kW"));
        }
        if (!environmentNoWorse(from.environmentalClass(), to.environmentalClass())) {
            out.add(new Shortfall("WORSE_ENVIRONMENTAL_CLASS", to.code() + " is kept in class "
                    + to.environmentalClass() + ", not as strict as " + from.environmentalClass()));
        }
        if (!"AVAILABLE".equals(to.state())) {
            out.add(new Shortfall("NOT_AVAILABLE", to.code() + " is " + to.state() + ", not AVAILABLE"));
        } else if (f.targetReservedByAnotherRelocation()) {
            out.add(new Shortfall("NOT_AVAILABLE", to.code() + " is the target of another open relocation"));
        }
        if (f.targetSuspended() || "SUSPENDED".equals(to.state())) {
            out.add(new Shortfall("SUSPENDED", "operations in " + to.code() + " are suspended"));
        }
        if (f.targetLienRestricted()) {
            out.add(new Shortfall("LIEN_RESTRICTED", "access to " + to.code() + " is restricted under a lien"));
        }
        return List.copyOf(out);
    }

    /** Whether the target's class is the same as the old space's or stricter; unknown classes are not. */
    static boolean environmentNoWorse(String from, String to) {
        if (from == null || to == null) {
            return false;
        }
        if (from.equals(to)) {
            return true;
        }
        Integer f = A_SCALE.get(from);
        Integer t = A_SCALE.get(to);
        return f != null && t != null && t <= f;
    }

    /** Empty when the target is comparable; otherwise one refusal naming every shortfall, about {@code toSpaceId}. */
    public static Optional<Rejection> refusal(Facts f) {
        List<Shortfall> s = shortfalls(f);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Rejection("RELOCATION_TARGET_NOT_COMPARABLE", CLAUSE, "Space " + f.to().code()
                + " does not afford reasonably comparable access, environmental conditions and facilities: "
                + String.join("; ", s.stream().map(Shortfall::toString).toList()) + ".").at("toSpaceId"));
    }
}
