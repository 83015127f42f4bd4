package com.cagekeeper.shared.api;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import com.cagekeeper.shared.domain.DateBounds;
import com.cagekeeper.shared.domain.IsoCodes;
import com.cagekeeper.shared.domain.PageRequest;

/**
 * The conventions every operation and schema of the contract shares, written once here
 * instead of on each resource and record:
 * <ul>
 * <li>the shared error responses, as problem+json;</li>
 * <li>the shared parameters ({@code limit}, {@code cursor}, {@code If-Match},
 * {@code Idempotency-Key}) with the constraints their parsers enforce;</li>
 * <li>dates and instants as {@code type: string} with their format (never a schema named after
 * a Java class), free-form JSON for {@code JsonNode}, and in request bodies the years
 * {@link DateBounds} accepts;</li>
 * <li>the ISO code lists {@link IsoCodes} accepts, as the schemas CurrencyCode and CountryCode;</li>
 * <li>names a client developer would choose: {@code SpacePage} rather than {@code PageSpaceView};</li>
 * <li>in schemas only responses use, every property required: the service always sends it,
 * as null when it has no value, except those of {@link #OMITTED_PROPERTIES}, which are left
 * out instead ({@code @JsonInclude(NON_NULL)}) and marked {@value #OMITTED};</li>
 * <li>no numeric keyword on a string.</li>
 * </ul>
 */
public class OpenApiConventions implements OASFilter {

    /** Marks a response property that is left out, rather than sent as null, when it has no value. */
    static final String OMITTED = "x-omitted-when-null";
    static final String REF = "#/components/schemas/";
    /** Schemas that SmallRye names after a Java type, replaced by what the JSON really is. */
    static final Set<String> INLINED = Set.of("Instant", "LocalDate", "JsonNode", "JsonNodeType");
    /**
     * The response properties written with {@code @JsonInclude(NON_NULL)}, by schema: left out
     * when they have no value, so not required. (SmallRye drops an extension set by annotation
     * beside a reference on one of its passes, so the list is kept here; a test compares it
     * with the annotations.)
     */
    static final Map<String, Set<String>> OMITTED_PROPERTIES = Map.of(
            "AccessCheckResult", Set.of("eventId"),
            "Order", Set.of("cancellation", "termination"),
            "Person", Set.of("approval", "revocation"),
            "Problem", Set.of("instance", "clause", "errors"));
    /** Enums whose Java name says nothing on its own (the access domain's person kind). */
    static final Map<String, String> RENAMED = Map.of("Kind", "PersonKind");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getInfo() != null && openAPI.getInfo().getLicense() != null
                && openAPI.getInfo().getLicense().getIdentifier() == null) {
            // an SPDX expression for a licence of one's own; the configuration names only the licence
            openAPI.getInfo().getLicense().setIdentifier("LicenseRef-Proprietary");
        }
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = new TreeMap<>(openAPI.getComponents().getSchemas());
        Map<String, String> renames = new LinkedHashMap<>(RENAMED);
        schemas.forEach((name, schema) -> {
            if (name.startsWith("Page") && schema.getProperties() != null
                    && schema.getProperties().get("items") != null
                    && schema.getProperties().get("items").getItems() != null
                    && schema.getProperties().get("items").getItems().getRef() != null) {
                renames.put(name, simpleName(schema.getProperties().get("items").getItems().getRef()) + "Page");
            }
        });
        List<Schema> all = allSchemas(openAPI);
        for (Schema s : all) {
            rewrite(s, renames);
        }
        for (Schema s : all) {
            collapseNullable(s);
        }
        Map<String, Schema> renamed = new TreeMap<>();
        schemas.forEach((name, schema) -> {
            if (!INLINED.contains(name)) {
                renamed.put(renames.getOrDefault(name, name), schema);
            }
        });
        renamed.put("CurrencyCode", codes("An ISO 4217 currency code", IsoCodes.CURRENCIES));
        renamed.put("CountryCode", codes("An ISO 3166-1 alpha-2 country code", IsoCodes.COUNTRIES));
        renamed.forEach((name, schema) -> {
            if (schema.getProperties() != null && schema.getProperties().containsKey("items")
                    && name.endsWith("Page")) {
                schema.setDescription("One page of a list; next is the cursor of the following page, null on the last");
            }
        });
        openAPI.getComponents().setSchemas(renamed);

        Set<String> requests = new TreeSet<>();
        Set<String> responses = new TreeSet<>();
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().forEach((path, item) -> {
                if (!path.startsWith("/api/")) {
                    return;
                }
                item.getOperations().forEach((method, op) -> {
                    addErrors(path, method, op);
                    describeParameters(op);
                    if (op.getRequestBody() != null) {
                        eachSchema(op.getRequestBody().getContent(), s -> reach(s, renamed, requests));
                    }
                    if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
                        op.getResponses().getAPIResponses().values()
                                .forEach(r -> eachSchema(r.getContent(), s -> reach(s, renamed, responses)));
                    }
                });
            });
        }
        for (String name : requests) {
            boundDates(renamed.get(name));
        }
        renamed.forEach((name, schema) -> {
            if (responses.contains(name) && !requests.contains(name) && schema.getProperties() != null) {
                Set<String> omitted = OMITTED_PROPERTIES.getOrDefault(name, Set.of());
                schema.getProperties().forEach((property, s) -> {
                    if (omitted.contains(property)) {
                        s.addExtension(OMITTED, Boolean.TRUE);
                    } else {
                        schema.addRequired(property);
                    }
                });
                if (schema.getRequired() != null) {
                    schema.setRequired(new ArrayList<>(new TreeSet<>(schema.getRequired())));
                }
            }
        });
        for (Schema s : allSchemas(openAPI)) {
            if (s.getType() != null && s.getType().contains(SchemaType.STRING)) {
                s.setMinimum(null);
                s.setMaximum(null);
                s.setExclusiveMinimum(null);
                s.setExclusiveMaximum(null);
            }
        }
    }


    /**
     * Replaces references to the inlined Java types by what they are in JSON, follows renames,
     * and writes a nullable reference as anyOf the reference and null.
     */
    private static void rewrite(Schema s, Map<String, String> renames) {
        String ref = s.getRef();
        boolean nullable = s.getType() != null && s.getType().contains(SchemaType.NULL);
        if (ref == null) {
            return;
        }
        String name = simpleName(ref);
        switch (name) {
            case "Instant" -> inline(s, SchemaType.STRING, "date-time", nullable);
            case "LocalDate" -> inline(s, SchemaType.STRING, "date", nullable);
            case "JsonNode" -> {
                inline(s, SchemaType.OBJECT, null, nullable);
                s.setAdditionalPropertiesBoolean(Boolean.TRUE);
            }
            default -> {
                String target = REF + renames.getOrDefault(name, name);
                if (nullable) {
                    s.setRef(null);
                    s.setType(null);
                    s.setAnyOf(List.of(OASFactory.createSchema().ref(target),
                            OASFactory.createSchema().addType(SchemaType.NULL)));
                } else {
                    s.setRef(target);
                    s.setType(null);
                }
            }
        }
    }

    /**
     * A nullable property comes as anyOf its schema and null: when that schema is inline (a
     * date, free-form JSON), it becomes one schema whose type includes null, which generators
     * read best; a reference keeps the anyOf, without a type beside it.
     */
    private static void collapseNullable(Schema s) {
        List<Schema> any = s.getAnyOf();
        if (any == null || any.size() != 2) {
            return;
        }
        Schema none = any.stream().filter(OpenApiConventions::isNull).findFirst().orElse(null);
        if (none == null) {
            return;
        }
        Schema other = any.get(0) == none ? any.get(1) : any.get(0);
        if (other.getRef() != null) {
            s.setType(null);
            return;
        }
        List<SchemaType> types = new ArrayList<>(other.getType() == null ? List.of() : other.getType());
        if (!types.contains(SchemaType.NULL)) {
            types.add(SchemaType.NULL);
        }
        s.setAnyOf(null);
        s.setType(types);
        if (other.getFormat() != null) {
            s.setFormat(other.getFormat());
        }
        if (other.getAdditionalPropertiesBoolean() != null) {
            s.setAdditionalPropertiesBoolean(other.getAdditionalPropertiesBoolean());
        }
    }

    private static boolean isNull(Schema s) {
        return s.getRef() == null && s.getType() != null && s.getType().equals(List.of(SchemaType.NULL));
    }

    private static void inline(Schema s, SchemaType type, String format, boolean nullable) {
        s.setRef(null);
        List<SchemaType> types = new ArrayList<>(List.of(type));
        if (nullable) {
            types.add(SchemaType.NULL);
        }
        s.setType(types);
        s.setFormat(format);
        s.setProperties(null);
        s.setItems(null);
        s.setEnumeration(null);
    }

    private static Schema codes(String description, Set<String> codes) {
        Schema s = OASFactory.createSchema().addType(SchemaType.STRING).description(description);
        s.setEnumeration(new ArrayList<>(new TreeSet<>(codes)));
        return s;
    }

    /** In a request, a date or instant is accepted only within {@link DateBounds}: so says a pattern on its text. */
    private static void boundDates(Schema schema) {
        if (schema == null || schema.getProperties() == null) {
            return;
        }
        for (Schema p : schema.getProperties().values()) {
            if (("date".equals(p.getFormat()) || "date-time".equals(p.getFormat())) && p.getPattern() == null) {
                p.setPattern(DateBounds.PATTERN);
                String bound = "From " + DateBounds.FIRST_DAY + " to " + DateBounds.LAST_DAY + ".";
                p.setDescription(p.getDescription() == null ? bound : p.getDescription() + ". " + bound);
            }
        }
    }

    /** The component schemas a schema refers to, directly or through others. */
    private static void reach(Schema start, Map<String, Schema> components, Set<String> found) {
        Deque<Schema> todo = new ArrayDeque<>(List.of(start));
        Set<Schema> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            Schema s = todo.pop();
            if (!seen.add(s)) {
                continue;
            }
            if (s.getRef() != null) {
                String name = simpleName(s.getRef());
                if (found.add(name) && components.containsKey(name)) {
                    todo.push(components.get(name));
                }
            }
            children(s).forEach(todo::push);
        }
    }

    private static List<Schema> children(Schema s) {
        List<Schema> c = new ArrayList<>();
        if (s.getProperties() != null) {
            c.addAll(s.getProperties().values());
        }
        if (s.getItems() != null) {
            c.add(s.getItems());
        }
        if (s.getAdditionalPropertiesSchema() != null) {
            c.add(s.getAdditionalPropertiesSchema());
        }
        for (List<Schema> l : List.of(nullToEmpty(s.getAllOf()), nullToEmpty(s.getAnyOf()),
                nullToEmpty(s.getOneOf()))) {
            c.addAll(l);
        }
        return c;
    }

    private static List<Schema> nullToEmpty(List<Schema> l) {
        return l == null ? List.of() : l;
    }

    /** Every schema object of the document: components, parameters, bodies and responses, and all they contain. */
    private static List<Schema> allSchemas(OpenAPI openAPI) {
        List<Schema> roots = new ArrayList<>(openAPI.getComponents().getSchemas().values());
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> {
                if (op.getParameters() != null) {
                    op.getParameters().stream().filter(p -> p.getSchema() != null).forEach(p -> roots.add(p.getSchema()));
                }
                if (op.getRequestBody() != null) {
                    eachSchema(op.getRequestBody().getContent(), roots::add);
                }
                if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
                    op.getResponses().getAPIResponses().values().forEach(r -> eachSchema(r.getContent(), roots::add));
                }
            }));
        }
        List<Schema> all = new ArrayList<>();
        Set<Schema> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        Deque<Schema> todo = new ArrayDeque<>(roots);
        while (!todo.isEmpty()) {
            Schema s = todo.pop();
            if (seen.add(s)) {
                all.add(s);
                children(s).forEach(todo::push);
            }
        }
        return all;
    }

    private static void eachSchema(Content content, Consumer<Schema> action) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        content.getMediaTypes().values().stream().filter(m -> m.getSchema() != null)
                .forEach(m -> action.accept(m.getSchema()));
    }

    private static String simpleName(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    /** The parameters every list or write shares, with the constraints their parsers enforce. */
    private static void describeParameters(Operation op) {
        if (op.getParameters() == null) {
            return;
        }
        for (Parameter p : op.getParameters()) {
            switch (p.getName()) {
                case "limit" -> p.description("How many items a page holds, 1 to " + PageRequest.MAX_LIMIT
                        + "; " + PageRequest.DEFAULT_LIMIT + " when absent")
                        .schema(OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32")
                                .minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(PageRequest.MAX_LIMIT))
                                .defaultValue(PageRequest.DEFAULT_LIMIT));
                case "cursor" -> p.description("Where the page starts: the next value of the page before; "
                        + "a value this API did not return is refused (400)")
                        .schema(OASFactory.createSchema().addType(SchemaType.STRING)
                                .pattern(PageRequest.CURSOR_PATTERN));
                case "If-Match" -> p.description("The ETag read (\"3\"), so that a write on a version that is no "
                        + "longer current answers 412; * or no header writes unconditionally")
                        .schema(OASFactory.createSchema().addType(SchemaType.STRING).pattern(ETags.PATTERN));
                case Creations.HEADER -> p.description("The same key and body within 24 hours return the first "
                        + "result; the same key with another body answers 422")
                        .schema(OASFactory.createSchema().addType(SchemaType.STRING).minLength(1)
                                .maxLength(Creations.MAX_KEY_LENGTH).pattern("\\S"));
                default -> {
                }
            }
        }
    }

    private static void addErrors(String path, PathItem.HttpMethod method, Operation op) {
        APIResponses responses = op.getResponses();
        Map<String, String> errors = new TreeMap<>();
        errors.put("400", "Invalid input: every invalid field is listed in errors");
        errors.put("401", "No token, or a token that is not valid");
        errors.put("403", "The token's role may not call this operation");
        errors.put("503", "The database cannot be reached; nothing was decided or changed");
        if (path.contains("{")) {
            errors.put("404", "No such object, or it belongs to another customer");
        }
        if (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT) {
            errors.put("409", "The object's state forbids the action, or a concurrent change won; detail names the clause");
            errors.put("413", "The request body is larger than 256 KiB");
            errors.put("422", "Well-formed input that breaks a contract rule; code and clause name it");
        }
        boolean conditional = op.getParameters() != null
                && op.getParameters().stream().anyMatch(p -> "If-Match".equals(p.getName()));
        if (conditional) {
            errors.put("412", "If-Match names a version that is no longer current");
        }
        errors.forEach((status, description) -> {
            APIResponse existing = responses.getAPIResponse(status);
            if (existing == null || existing.getContent() == null) {
                responses.addAPIResponse(status, problem(description));
            }
        });
    }

    private static APIResponse problem(String description) {
        MediaType media = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(REF + "Problem"));
        Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, media);
        return OASFactory.createAPIResponse().description(description).content(content);
    }
}
