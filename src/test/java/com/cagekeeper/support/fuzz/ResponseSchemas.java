package com.cagekeeper.support.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * Validates response bodies against the schemas the served spec declares, as JSON Schema
 * 2020-12 (what an OpenAPI 3.1 schema is), with formats asserted (date-time, date).
 */
public final class ResponseSchemas {

    private static final Pattern PROPERTY = Pattern.compile(".*components/schemas/([^/]+)/properties/([^/]+)");

    /** One way a body differs from its schema. */
    public record Violation(String instancePath, String schemaProperty, String keyword, boolean valueIsNull,
            String message) {

        @Override
        public String toString() {
            return message + " [" + keyword + " at " + (schemaProperty == null ? "?" : schemaProperty) + "]";
        }
    }

    private final Spec spec;
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true)
            .build();
    private final Map<String, JsonSchema> compiled = new ConcurrentHashMap<>();

    public ResponseSchemas(Spec spec) {
        this.spec = spec;
    }

    /** Every violation of the schema by the body; the schema's references point into the spec's components. */
    public List<Violation> validate(JsonNode schema, JsonNode body) {
        JsonSchema s = compiled.computeIfAbsent(schema.toString(), key -> {
            ObjectNode root = Values.NODES.objectNode();
            root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            root.set("components", spec.root().path("components"));
            root.set("allOf", Values.NODES.arrayNode().add(schema));
            return factory.getSchema(root, config);
        });
        List<Violation> found = new ArrayList<>();
        for (ValidationMessage m : s.validate(body)) {
            String property = owner(schema, m.getInstanceLocation());
            if (property == null && m.getSchemaLocation() != null) {
                Matcher matcher = PROPERTY.matcher(m.getSchemaLocation().toString());
                property = matcher.find() ? matcher.group(1) + "." + matcher.group(2) : null;
            }
            JsonNode instance = m.getInstanceNode();
            found.add(new Violation(String.valueOf(m.getInstanceLocation()), property, m.getType(),
                    instance != null && instance.isNull(), m.getMessage()));
        }
        return found;
    }

    /**
     * The property an instance location names, as {@code Schema.property} of the component that
     * declares it ({@code /items/3/validUntil} in a page of people is {@code Person.validUntil}).
     */
    String owner(JsonNode schema, JsonNodePath location) {
        if (location == null || location.getNameCount() == 0) {
            return null;
        }
        JsonNode current = schema;
        String component = null;
        String property = null;
        for (int i = 0; i < location.getNameCount(); i++) {
            while (current.has("$ref")) {
                component = Spec.refName(current);
                current = spec.component(component);
            }
            Object element = location.getElement(i);
            if (element instanceof Integer) {
                current = current.path("items");
                continue;
            }
            property = component + "." + element;
            current = current.path("properties").path(String.valueOf(element));
            if (current.isMissingNode()) {
                return null;
            }
        }
        return property;
    }
}
