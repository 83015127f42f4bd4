package com.cagekeeper.shared.domain;

import java.util.List;

/** Input that is malformed for reasons Bean Validation cannot see (a bad cursor, time zone, ...): a 400. */
public final class InvalidInput extends RuntimeException {

    /** One invalid field and why. */
    public record FieldError(String field, String message) {
    }

    private final List<FieldError> errors;

    public InvalidInput(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public InvalidInput(List<FieldError> errors) {
        super(errors.toString(), null, false, false);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
