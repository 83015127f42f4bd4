package com.cagekeeper.shared.api;

import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** Builds problem responses; the body is written here so every status has the same media type. */
public final class Problems {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private Problems() {
    }

    public static String typeFor(String code) {
        return "urn:cagekeeper:problem:" + code.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Response response(int status, String code, String title, String detail, String clause,
            List<Problem.FieldError> errors, String instance) {
        return Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(body(status, code, title, detail, clause, errors, instance)).build();
    }

    /** The problem as JSON text, for answers written outside JAX-RS. */
    public static String body(int status, String code, String title, String detail, String clause,
            List<Problem.FieldError> errors, String instance) {
        Problem problem = new Problem(typeFor(code), title, status, detail, instance, code, clause,
                errors == null || errors.isEmpty() ? null : errors);
        try {
            return JSON.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
