package com.cagekeeper.shared.domain;

/** The caller's If-Match names a version that is no longer current: a 412. */
public final class StaleVersion extends RuntimeException {

    private final long current;

    public StaleVersion(long current) {
        super("The object has changed; its current version is " + current, null, false, false);
        this.current = current;
    }

    public long current() {
        return current;
    }

    /** Checks an optional expected version (from If-Match) against the current one. */
    public static void check(Long expected, long current) {
        if (expected != null && expected != current) {
            throw new StaleVersion(current);
        }
    }
}
