package com.cagekeeper.equipment.domain;

import java.util.Optional;

import com.cagekeeper.shared.domain.Rejection;

/**
 * §3.1: equipment is located in the Space: in a racked space (a cabinet or a cage) an item
 * has a rack position, and that position lies within the space's rack units; in a suite or a
 * room, which the service does not divide into rack units, it has none.
 */
public final class RackPositionFitsSpace {

    public static final String CLAUSE = "§3.1";

    private RackPositionFitsSpace() {
    }

    /** Why the position does not suit the space, if it does not; {@code position} may be null. */
    public static Optional<Rejection> refusal(RackPosition position, String spaceCode, boolean racked,
            int spaceRackUnits) {
        if (racked && position == null) {
            return Optional.of(new Rejection("RACK_POSITION_REQUIRED", CLAUSE, "Space " + spaceCode
                    + " is a cabinet or cage: give the item's rack position (rackUnitFrom and rackUnits)."));
        }
        if (!racked && position != null) {
            return Optional.of(new Rejection("RACK_POSITION_NOT_APPLICABLE", CLAUSE, "Space " + spaceCode
                    + " is a suite or room without rack units: an item there has no rack position."));
        }
        if (position != null && position.to() > spaceRackUnits) {
            return Optional.of(new Rejection("RACK_POSITION_OUTSIDE_SPACE", CLAUSE, "Rack position " + position
                    + " does not fit space " + spaceCode + ", which has " + spaceRackUnits + " rack units."));
        }
        return Optional.empty();
    }
}
