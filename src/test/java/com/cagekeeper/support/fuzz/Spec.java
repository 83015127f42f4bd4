package com.cagekeeper.support.fuzz;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The served OpenAPI document, read as JSON: its operations under /api and their schemas. */
public final class Spec {

    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    private final JsonNode root;

    public Spec(String json) throws Exception {
        this.root = new ObjectMapper().readTree(json);
    }

    public JsonNode root() {
        return root;
    }

    /** A component schema by name, e.g. {@code Space}. */
    public JsonNode component(String name) {
        return root.path("components").path("schemas").path(name);
    }

    /** Every operation under /api/, in the spec's order. */
    public List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("paths").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> path = it.next();
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (METHODS.contains(op.getKey())) {
                    operations.add(new Operation(op.getKey().toUpperCase(Locale.ROOT), path.getKey(), op.getValue()));
                }
            }
        }
        return operations;
    }

    /**
     * The schema a {@code $ref} names, with the keywords written beside the reference laid over it
     * (a description, an example, a narrower pattern); a schema without a reference as it is.
     */
    public JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int depth = 0; depth < 10 && current.has("$ref"); depth++) {
            String ref = current.get("$ref").asText();
            JsonNode target = root.at(ref.substring(1));
            ObjectNode merged = target.deepCopy();
            current.fields().forEachRemaining(f -> {
                if (!f.getKey().equals("$ref") && !f.getKey().equals("type")) {
                    merged.set(f.getKey(), f.getValue());
                }
            });
            current = merged;
        }
        return current;
    }

    /** The name of the component a schema refers to, or null. */
    public static String refName(JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        return ref.isEmpty() ? null : ref.substring(ref.lastIndexOf('/') + 1);
    }

    /** One operation of the spec. */
    public record Operation(String method, String path, JsonNode node) {

        public String name() {
            return method + " " + path;
        }

        /** The roles the bearer security requirement names. */
        public Set<String> roles() {
            Set<String> roles = new LinkedHashSet<>();
            for (JsonNode requirement : node.path("security")) {
                requirement.path("bearer").forEach(r -> roles.add(r.asText()));
            }
            return roles;
        }

        public List<JsonNode> parameters(String in) {
            List<JsonNode> found = new ArrayList<>();
            for (JsonNode p : node.path("parameters")) {
                if (p.path("in").asText().equals(in)) {
                    found.add(p);
                }
            }
            return found;
        }

        public boolean hasHeader(String name) {
            return parameters("header").stream().anyMatch(p -> p.path("name").asText().equalsIgnoreCase(name));
        }

        /** The JSON request body's schema, or null when the operation takes none. */
        public JsonNode requestSchema() {
            JsonNode schema = node.path("requestBody").path("content").path("application/json").path("schema");
            return schema.isMissingNode() ? null : schema;
        }

        /** The JSON schema the operation declares for a status, or null. */
        public JsonNode responseSchema(int status) {
            JsonNode schema = node.path("responses").path(Integer.toString(status)).path("content")
                    .path("application/json").path("schema");
            return schema.isMissingNode() ? null : schema;
        }
    }
}
