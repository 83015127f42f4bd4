package com.cagekeeper.shared.api;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Locale;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import com.cagekeeper.shared.domain.InvalidInput;

/**
 * Reads integer and boolean query parameters ({@code ?limit=}, {@code ?standing=}) so that a
 * value of the wrong type is a 400 naming the parameter: JAX-RS answers a query parameter it
 * cannot convert with 404, as if the collection did not exist, and reads any word but
 * {@code true} as false. The {@link InvalidInput} travels as the cause of a
 * {@link BadRequestException}, the one kind of exception a converter may throw unchanged.
 */
@Provider
public class QueryParamConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = queryParameter(annotations);
        if (name == null) {
            return null;
        }
        if (rawType == Integer.class) {
            return (ParamConverter<T>) new Converter<>(name, "must be an integer", Integer::valueOf);
        }
        if (rawType == Boolean.class) {
            return (ParamConverter<T>) new Converter<>(name, "must be true or false", QueryParamConverters::bool);
        }
        return null;
    }

    private static String queryParameter(Annotation[] annotations) {
        if (annotations != null) {
            for (Annotation a : annotations) {
                if (a instanceof QueryParam q) {
                    return q.value();
                }
            }
        }
        return null;
    }

    private static Boolean bool(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException(value);
        };
    }

    private record Converter<T>(String name, String message, java.util.function.Function<String, T> parse)
            implements ParamConverter<T> {

        @Override
        public T fromString(String value) {
            if (value == null || value.isBlank()) {
                return null; // blank is the same as absent, as for the other query parameters
            }
            try {
                return parse.apply(value.trim());
            } catch (IllegalArgumentException e) { // NumberFormatException too
                throw new BadRequestException(new InvalidInput(name, message));
            }
        }

        @Override
        public String toString(T value) {
            return value == null ? null : value.toString();
        }
    }
}
