package com.cagekeeper.shared.api;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import java.util.function.Predicate;

import jakarta.inject.Singleton;

import com.cagekeeper.shared.domain.Representable;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Instants and dates in request bodies are what the contract says they are: ISO-8601 strings
 * ({@code 2026-11-23T14:05:00Z}, {@code 2026-11-23}), in the years 1000 to 9999. Jackson would
 * also read numbers (epoch milliseconds, a day count) and arrays, and any year up to a billion;
 * such values cannot be stored (MariaDB's DATE and DATETIME end in 9999) or written back as
 * RFC 3339, and reached the database as a 500. Now they are a 400 naming the field.
 */
@Singleton
public class IsoTimes implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("cagekeeper-iso-times");
        // a modifier, not an added deserializer: it wins whatever order the time module is registered in
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                    JsonDeserializer<?> deserializer) {
                if (description.getBeanClass() == Instant.class) {
                    return new Strict<>(Instant.class, Instant::parse, Representable::instant);
                }
                if (description.getBeanClass() == LocalDate.class) {
                    return new Strict<>(LocalDate.class, LocalDate::parse, Representable::date);
                }
                return deserializer;
            }
        });
        mapper.registerModule(module);
    }

    /** Reads an ISO-8601 string in range; anything else is an input mismatch naming the field. */
    static final class Strict<T> extends StdScalarDeserializer<T> {

        private final transient Function<String, T> parse;
        private final transient Predicate<T> inRange;

        Strict(Class<T> type, Function<String, T> parse, Predicate<T> inRange) {
            super(type);
            this.parse = parse;
            this.inRange = inRange;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (T) ctxt.handleUnexpectedToken(handledType(), p);
            }
            String text = p.getText().trim();
            if (text.isEmpty()) {
                return null; // as Jackson reads it: an empty string is an absent value
            }
            T value;
            try {
                value = parse.apply(text);
            } catch (DateTimeParseException e) {
                return (T) ctxt.handleWeirdStringValue(handledType(), text, "not ISO-8601");
            }
            if (!inRange.test(value)) {
                return (T) ctxt.handleWeirdStringValue(handledType(), text, "not " + Representable.YEARS);
            }
            return value;
        }
    }
}
