package com.cagekeeper.shared.domain;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/**
 * Time-ordered UUIDs (version 7, RFC 9562): opaque to clients, unique across replicas,
 * and increasing with creation time so that keyset pages follow creation order and
 * inserts append to the primary-key index.
 */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final java.util.concurrent.atomic.AtomicLong LAST = new java.util.concurrent.atomic.AtomicLong();

    /** What an id in a request must look like: a UUID, as this API issues them. */
    public static final String PATTERN = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";
    public static final String PATTERN_MESSAGE = "must be an id as this API issues them (a UUID)";

    private Ids() {
    }

    public static String newId(Clock clock) {
        // The 12 bits after the millisecond count up within a millisecond, so ids made by
        // one process never go backwards, even when the clock does (RFC 9562, method 1).
        long stamp = LAST.updateAndGet(prev -> Math.max(prev + 1, clock.millis() << 12));
        long millis = stamp >>> 12;
        long sequence = stamp & 0xFFF;
        long msb = (millis << 16) | (0x7L << 12) | sequence;
        long lsb = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb).toString();
    }

    /**
     * The lower-case form this API issues an id in. The database compares ids without case and
     * Java with it: an object looked up by an upper-case id carries that id, so a service that
     * compares or stores ids looks them up in this form.
     */
    public static String canonical(String id) {
        return id == null ? null : id.toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether a string is a UUID in its canonical form; anything else can match no object. */
    public static boolean isWellFormed(String id) {
        if (id == null || id.length() != 36) {
            return false;
        }
        try {
            return UUID.fromString(id).toString().equals(id.toLowerCase());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
