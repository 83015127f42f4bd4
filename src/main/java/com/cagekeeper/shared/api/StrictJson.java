package com.cagekeeper.shared.api;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import java.util.function.Predicate;

import jakarta.inject.Singleton;

import com.cagekeeper.shared.domain.DateBounds;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.util.AccessPattern;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * JSON bodies are read as the contract types them, with no coercion: a number is not a
 * text, a text is not a number or a boolean, an enum is named (never its index), a decimal
 * is not an integer, null is not a boolean (an absent one is false), and a date is an ISO text within
 * {@link DateBounds}. Each mismatch fails the read, and {@code ProblemMappers} answers a
 * 400 naming the field. Writing JSON is unchanged.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /** Last, after Quarkus registers its modules, so that these deserializers of dates win. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.getFactory().configure(JsonParser.Feature.STRICT_DUPLICATE_DETECTION, true);

        fail(mapper, LogicalType.Textual, CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean);
        fail(mapper, LogicalType.Integer, CoercionInputShape.String, CoercionInputShape.Float,
                CoercionInputShape.Boolean, CoercionInputShape.EmptyString);
        fail(mapper, LogicalType.Float, CoercionInputShape.String, CoercionInputShape.Boolean,
                CoercionInputShape.EmptyString);
        fail(mapper, LogicalType.Boolean, CoercionInputShape.String, CoercionInputShape.Integer,
                CoercionInputShape.Float, CoercionInputShape.EmptyString);
        fail(mapper, LogicalType.Enum, CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.EmptyString);
        fail(mapper, LogicalType.Collection, CoercionInputShape.EmptyString, CoercionInputShape.String);
        fail(mapper, LogicalType.POJO, CoercionInputShape.EmptyString, CoercionInputShape.String,
                CoercionInputShape.EmptyArray);

        SimpleModule dates = new SimpleModule("bounded-dates");
        dates.addDeserializer(LocalDate.class, new Bounded<>(LocalDate.class, LocalDate::parse, DateBounds::contains));
        dates.addDeserializer(Instant.class, new Bounded<>(Instant.class, Instant::parse, DateBounds::contains));
        dates.addDeserializer(boolean.class, new StrictBoolean());
        mapper.registerModule(dates);
    }

    private static void fail(ObjectMapper mapper, LogicalType target, CoercionInputShape... shapes) {
        for (CoercionInputShape shape : shapes) {
            mapper.coercionConfigFor(target).setCoercion(shape, CoercionAction.Fail);
        }
    }

    /** {@code true} or {@code false}; an absent flag is false, an explicit null is refused. */
    static final class StrictBoolean extends StdScalarDeserializer<Boolean> {

        StrictBoolean() {
            super(Boolean.TYPE);
        }

        @Override
        public Boolean deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.hasToken(JsonToken.VALUE_TRUE)) {
                return Boolean.TRUE;
            }
            if (p.hasToken(JsonToken.VALUE_FALSE)) {
                return Boolean.FALSE;
            }
            return (Boolean) ctxt.handleUnexpectedToken(Boolean.TYPE, p);
        }

        @Override
        public Boolean getNullValue(DeserializationContext ctxt) throws JsonMappingException {
            return ctxt.reportInputMismatch(this, "null is not true or false");
        }

        @Override
        public AccessPattern getNullAccessPattern() {
            return AccessPattern.DYNAMIC;
        }

        @Override
        public Object getAbsentValue(DeserializationContext ctxt) {
            return Boolean.FALSE;
        }
    }

    /** An ISO-8601 text (never an epoch number) within {@link DateBounds}. */
    static final class Bounded<T> extends StdScalarDeserializer<T> {

        private final Function<String, T> parse;
        private final Predicate<T> inBounds;

        Bounded(Class<T> type, Function<String, T> parse, Predicate<T> inBounds) {
            super(type);
            this.parse = parse;
            this.inBounds = inBounds;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (T) ctxt.handleUnexpectedToken(handledType(), p);
            }
            String text = p.getText();
            T value;
            try {
                value = parse.apply(text);
            } catch (DateTimeParseException e) {
                return (T) ctxt.handleWeirdStringValue(handledType(), text, "not an ISO-8601 value");
            }
            if (!inBounds.test(value)) {
                return (T) ctxt.handleWeirdStringValue(handledType(), text, DateBounds.MESSAGE);
            }
            return value;
        }
    }
}
