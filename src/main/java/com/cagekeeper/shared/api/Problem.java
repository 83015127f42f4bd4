package com.cagekeeper.shared.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The one error body of the API (RFC 9457, {@code application/problem+json}).
 * {@code code} and {@code clause} name the broken rule; {@code errors} lists every invalid field.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "An error, as application/problem+json (RFC 9457)")
public record Problem(
        @Schema(description = "A URI naming the kind of problem; stable per rule", example = "urn:cagekeeper:problem:space-already-leased") String type,
        @Schema(example = "Conflict") String title,
        @Schema(example = "409") int status,
        @Schema(example = "Space ATL1-C042 is already leased by an active order (§3.1).") String detail,
        @Schema(example = "/api/v1/orders/0190c7a4-6f3e-7b8a-9c1d-2e3f4a5b6c7d/activation") String instance,
        @Schema(description = "Stable code of the rule or error", example = "SPACE_ALREADY_LEASED") String code,
        @Schema(description = "The agreement clause the rule comes from", example = "§3.1") String clause,
        @Schema(description = "Every invalid field, for a 400; for a 422 about one field of the request (a date in the future, an amount above what is open), that field") List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field of the request and why. */
    public record FieldError(@Schema(example = "code") String field,
            @Schema(example = "must not be blank") String message) {
    }
}
