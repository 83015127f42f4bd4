package com.cagekeeper.equipment.domain;

import java.util.Collection;
import java.util.Optional;

import com.cagekeeper.shared.domain.Rejection;

/**
 * §3.1: two items in the same space never share a rack unit. The refusal names the item that
 * holds the position, so the caller can find it.
 */
public final class RackPositionIsFree {

    public static final String CLAUSE = "§3.1";

    /** An item that holds a position in the space. */
    public record Occupant(String itemId, RackPosition position) {
    }

    private RackPositionIsFree() {
    }

    /** Why the position is not free, if it is not: the first occupant (in the order given) it overlaps. */
    public static Optional<Rejection> refusal(RackPosition wanted, String spaceCode, Collection<Occupant> occupants) {
        if (wanted == null) {
            return Optional.empty();
        }
        return occupants.stream().filter(o -> o.position() != null && o.position().overlaps(wanted)).findFirst()
                .map(o -> new Rejection("RACK_POSITION_TAKEN", CLAUSE, "Rack position " + wanted + " in space "
                        + spaceCode + " overlaps item " + o.itemId() + " at " + o.position() + "."));
    }
}
