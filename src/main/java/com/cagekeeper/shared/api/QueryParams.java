package com.cagekeeper.shared.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

import com.cagekeeper.shared.domain.DateBounds;
import com.cagekeeper.shared.domain.InvalidInput;
import com.cagekeeper.shared.domain.PageRequest;

/**
 * Parses typed query parameters, which resources read as strings, so that a bad value is a
 * 400 naming the parameter (JAX-RS would otherwise answer 404 for a value it cannot
 * convert, and read any boolean other than "true" as false). Blank is the same as absent.
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

    /** {@code ?limit=} (decimal digits, 1 to {@value PageRequest#MAX_LIMIT}) and the opaque {@code ?cursor=}. */
    public static PageRequest page(String limit, String cursor) {
        if (limit == null || limit.isBlank()) {
            return PageRequest.of(null, cursor);
        }
        // digits only: no sign, decimals, exponent or spaces; more than 9 digits cannot be in range
        if (!limit.matches("[0-9]{1,9}")) {
            throw new InvalidInput("limit", "must be an integer between 1 and " + PageRequest.MAX_LIMIT);
        }
        return PageRequest.of(Integer.parseInt(limit), cursor);
    }

    /** {@code true} or {@code false}, exactly. */
    public static Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new InvalidInput(name, "must be true or false");
        };
    }

    /** A text parameter; blank is the same as absent. */
    public static String text(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** An ISO date such as 2026-03-02, within {@link DateBounds}; blank is absent. */
    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value);
            if (DateBounds.contains(date)) {
                return date;
            }
        } catch (DateTimeParseException e) {
            // falls through to the 400 below
        }
        throw new InvalidInput(name, "must be an ISO date such as 2026-03-02, " + DateBounds.MESSAGE);
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
