package com.cagekeeper.shared.domain;

/**
 * The object does not exist, or the caller may not know that it does (another
 * customer's object answers exactly like an absent one).
 */
public final class NotFound extends RuntimeException {

    public NotFound(String objectType, String id) {
        super(objectType + " " + id + " was not found", null, false, false);
    }
}
