package com.cagekeeper.equipment.domain;

/**
 * The rack units an item occupies in a cabinet or cage: {@code units} units upward from
 * unit {@code from} (the first unit is 1).
 */
public record RackPosition(int from, int units) {

    public RackPosition {
        if (from < 1 || units < 1) {
            throw new IllegalArgumentException("a rack position starts at unit 1 or above and is at least 1 unit high");
        }
    }

    /** The highest unit the item occupies. */
    public long to() {
        return (long) from + units - 1;
    }

    public boolean overlaps(RackPosition other) {
        return from <= other.to() && other.from() <= to();
    }

    /** The same height, starting at another unit. */
    public RackPosition startingAt(int unit) {
        return new RackPosition(unit, units);
    }

    @Override
    public String toString() {
        return units == 1 ? "U" + from : "U" + from + "-U" + to();
    }
}
