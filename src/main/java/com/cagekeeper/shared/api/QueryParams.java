package com.cagekeeper.shared.api;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

import com.cagekeeper.shared.domain.InvalidInput;

/**
 * Parses typed query parameters so that a bad value is a 400 naming the parameter
 * (JAX-RS would otherwise answer 404 for a query parameter it cannot convert).
 */
public final class QueryParams {

    private QueryParams() {
    }

    public static <E extends Enum<E>> E enumValue(Class<E> type, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    /** A text parameter; blank is the same as absent. */
    public static String text(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInput(name, "must be an ISO-8601 UTC instant such as 2026-11-23T14:05:00Z");
        }
    }
}
