package com.cagekeeper.support.fuzz;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;

/**
 * Values for requests, derived from the spec's schemas: well-formed ones (real ids of the
 * fixtures where a field names an object, the spec's examples, codes generated from the
 * declared pattern) and hostile ones for each kind of field. Every choice draws on one
 * seeded {@link Random}, so a run is repeated by its seed.
 */
public final class Values {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final ObjectMapper JSON = new ObjectMapper();
    static final String UUID_PATTERN = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";

    /** Real ids by kind (facility, customer, space, order, person, visit, suspension). */
    public record Pools(Map<String, List<String>> ids) {

        public String any(Random random, String kind) {
            List<String> pool = ids.getOrDefault(kind, List.of());
            return pool.isEmpty() ? uuid(random) : pool.get(random.nextInt(pool.size()));
        }
    }

    /** A value a hostile client might put in a field: a JSON node, or null to drop the field. */
    public record Mutation(String label, JsonNode value) {

        public boolean drops() {
            return value == null;
        }
    }

    private final Spec spec;
    private final Random random;
    private final Pools pools;

    public Values(Spec spec, Random random, Pools pools) {
        this.spec = spec;
        this.random = random;
        this.pools = pools;
    }

    public Spec spec() {
        return spec;
    }

    public Random random() {
        return random;
    }

    public Pools pools() {
        return pools;
    }

    public <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    // --- well-formed values --------------------------------------------------------------------

    /** A well-formed value for the schema; {@code customerId} is the customer the caller acts for. */
    public JsonNode valid(JsonNode schema, String field, String customerId, int depth) {
        String ref = Spec.refName(schema);
        JsonNode s = spec.resolve(schema);
        if ("Money".equals(ref)) {
            ObjectNode money = NODES.objectNode();
            money.put("amount", pick(List.of("1250.00", "4200.00", "0.00", "99.5")));
            money.put("currency", "USD"); // the amounts of one request share a currency
            return money;
        }
        if (s.has("enum")) {
            return s.get("enum").get(random.nextInt(s.get("enum").size()));
        }
        String type = s.path("type").asText("object");
        switch (type) {
            case "object" -> {
                ObjectNode o = NODES.objectNode();
                if (depth > 4) {
                    return o;
                }
                List<String> required = new ArrayList<>();
                s.path("required").forEach(r -> required.add(r.asText()));
                for (Iterator<Map.Entry<String, JsonNode>> it = s.path("properties").fields(); it.hasNext();) {
                    Map.Entry<String, JsonNode> p = it.next();
                    if (p.getKey().equals("allSpaces")) {
                        continue; // spaceIds or allSpaces, not both: the well-formed body names its spaces
                    }
                    // ids are always sent (operations must name the customer a creation is for), and
                    // so is what the spec's description calls required in some case ("Required when
                    // the reason is OTHER"); other optional properties two times in three
                    boolean sometimesRequired = p.getValue().path("description").asText()
                            .toLowerCase(Locale.ROOT).contains("required");
                    if (required.contains(p.getKey()) || p.getKey().endsWith("Id") || p.getKey().endsWith("Ids")
                            || sometimesRequired || random.nextInt(3) > 0) {
                        JsonNode v = valid(p.getValue(), p.getKey(), customerId, depth + 1);
                        if (v != null) {
                            o.set(p.getKey(), v);
                        }
                    }
                }
                return o;
            }
            case "array" -> {
                ArrayNode a = NODES.arrayNode();
                int min = Math.max(1, s.path("minItems").asInt(1));
                String item = field.endsWith("Ids") ? field.substring(0, field.length() - 1) : field;
                for (int i = 0; i < min; i++) {
                    a.add(valid(s.path("items"), item, customerId, depth + 1));
                }
                return a;
            }
            case "integer" -> {
                long min = s.path("minimum").asLong(0);
                long max = s.path("maximum").asLong(min + 100);
                return NODES.numberNode(Math.min(max, min + random.nextInt((int) Math.min(60, max - min + 1))));
            }
            case "number" -> {
                return NODES.numberNode(new java.math.BigDecimal(pick(List.of("8.00", "12.50", "1", "0.01"))));
            }
            case "boolean" -> {
                return NODES.booleanNode(random.nextBoolean());
            }
            default -> {
                return NODES.textNode(validText(s, ref, field, customerId));
            }
        }
    }

    private String validText(JsonNode s, String ref, String field, String customerId) {
        String pattern = s.path("pattern").asText("");
        if ("Instant".equals(ref) || s.path("format").asText().equals("date-time")) {
            return instantFor(field).toString();
        }
        if ("LocalDate".equals(ref) || s.path("format").asText().equals("date")) {
            return dateFor(field).toString();
        }
        if (pattern.equals(UUID_PATTERN) || field.endsWith("Id")) {
            return idFor(field, customerId);
        }
        if (field.equals("timeZone")) {
            return pick(List.of("America/New_York", "Europe/Berlin", "UTC", "Asia/Kolkata"));
        }
        if (field.equals("code") || field.equals("idDocumentNumber")) {
            String generated = Patterns.generate(pattern, random, s.path("minLength").asInt(0),
                    s.path("maxLength").asInt(40));
            if (generated != null) {
                return generated;
            }
        }
        if (s.path("examples").isArray() && !s.path("examples").isEmpty()) {
            return s.path("examples").get(0).asText();
        }
        String generated = Patterns.generate(pattern, random, s.path("minLength").asInt(0),
                s.path("maxLength").asInt(40));
        return generated != null ? generated : "fuzz " + Integer.toString(random.nextInt(1_000_000), 36);
    }

    /** A real id for a field that names an object, by the field's name. */
    public String idFor(String field, String customerId) {
        String f = field.toLowerCase(Locale.ROOT);
        if (f.contains("customer")) {
            return customerId != null ? customerId : pools.any(random, "customer");
        }
        for (String kind : List.of("facility", "space", "order", "visit", "suspension")) {
            if (f.contains(kind)) {
                return pools.any(random, kind);
            }
        }
        if (f.contains("person") || f.contains("escort")) {
            return pools.any(random, "person");
        }
        return pools.any(random, pick(List.copyOf(pools.ids().keySet())));
    }

    private Instant instantFor(String field) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return switch (field) {
            case "at" -> now;
            case "startsAt" -> now.plus(1, ChronoUnit.HOURS);
            case "endsAt" -> now.plus(5, ChronoUnit.HOURS);
            case "validFrom" -> now.minus(1, ChronoUnit.HOURS);
            case "validUntil" -> now.plus(200, ChronoUnit.DAYS);
            case "from" -> now.minus(1, ChronoUnit.DAYS);
            case "to" -> now.plus(1, ChronoUnit.DAYS);
            default -> now;
        };
    }

    private LocalDate dateFor(String field) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return field.equals("termStart") ? today.plusDays(7) : today;
    }

    // --- hostile field values --------------------------------------------------------------------

    /** Hostile values for a field of this schema: every JSON type, edge values, junk of its own kind. */
    public List<Mutation> mutations(JsonNode schema, String field) {
        String ref = Spec.refName(schema);
        JsonNode s = spec.resolve(schema);
        List<Mutation> m = new ArrayList<>();
        m.add(new Mutation("dropped", null));
        m.add(raw("null", "null"));
        m.add(raw("true", "true"));
        m.add(raw("0", "0"));
        m.add(raw("-1", "-1"));
        m.add(raw("-0", "-0"));
        m.add(raw("1.5", "1.5"));
        m.add(raw("1e308", "1e308"));
        m.add(raw("2147483648", "2147483648"));
        m.add(raw("a 30-digit integer", "123456789012345678901234567890"));
        m.add(text("empty string", ""));
        m.add(text("blank string", "   "));
        m.add(text("text", "abc"));
        m.add(raw("{}", "{}"));
        m.add(raw("nested junk", "{\"nested\":{\"junk\":[[[]],{\"a\":null}]},\"__proto__\":{}}"));
        m.add(raw("[]", "[]"));
        m.add(raw("[null]", "[null]"));
        m.add(raw("array of a string", "[\"x\"]"));
        m.add(text("NUL character", "a\u0000b"));
        m.add(raw("lone surrogate", "\"\\ud800x\""));
        m.add(text("unicode", "Zürich ☃ 𝄞 مرحبا 😀"));
        m.add(text("5,000 characters", "x".repeat(5_000)));
        m.add(text("100,000 characters", "y".repeat(100_000)));
        String format = s.path("format").asText("");
        if ("Instant".equals(ref) || format.equals("date-time")) {
            for (String v : List.of("+1000000000-12-31T23:59:59.999999999Z", "-1000000000-01-01T00:00:00Z",
                    "9999-12-31T23:59:59.999999Z", "0000-01-01T00:00:00Z", "1970-01-01T00:00:00Z",
                    "1000-01-01T00:00:00Z", "0999-12-31T23:59:59Z", "9999-12-31T23:59:59.999999999Z",
                    "+10000-01-01T00:00:00Z", "2026-11-23", "2026-11-23T14:05:00+05:00", "2026-02-30T00:00:00Z",
                    "2026-11-23T25:61:00Z", "now")) {
                m.add(text("instant " + v, v));
            }
            m.add(raw("epoch seconds", "1700000000"));
            m.add(raw("epoch milliseconds of year 10000", "253402300800000"));
            m.add(raw("Long.MAX_VALUE", "9223372036854775807"));
            m.add(raw("epoch seconds with a fraction", "1e12"));
            m.add(raw("instant as an array", "[2026,11,23,14,5]"));
        } else if ("LocalDate".equals(ref) || format.equals("date")) {
            for (String v : List.of("+999999999-12-31", "-999999999-01-01", "9999-12-31", "0000-01-01",
                    "0001-01-01", "1000-01-01", "0999-12-31", "9979-12-01", "+10000-01-01", "2026-02-30",
                    "2026-11-23T00:00:00Z", "23.11.2026")) {
                m.add(text("date " + v, v));
            }
            m.add(raw("date as number", "20261123"));
            m.add(raw("date as a day count", "2932896"));
            m.add(raw("date as an array", "[2026,11,23]"));
            m.add(raw("impossible date as an array", "[2026,13,45]"));
        } else if (s.has("enum")) {
            String first = s.get("enum").get(0).asText();
            m.add(text("unknown enum value", "NOPE"));
            m.add(text("enum in lower case", first.toLowerCase(Locale.ROOT)));
            m.add(text("enum with a space", " " + first));
            m.add(raw("enum by index 0", "0"));
            m.add(raw("enum by index 1", "1"));
        } else if (s.path("pattern").asText().equals(UUID_PATTERN) || field.endsWith("Id")) {
            m.add(text("random UUID", uuid()));
            m.add(text("nil UUID", "00000000-0000-0000-0000-000000000000"));
            m.add(text("id in upper case", idFor(field, null).toUpperCase(Locale.ROOT)));
            m.add(text("id of another kind", pools.any(random, pick(List.copyOf(pools.ids().keySet())))));
            m.add(text("UUID without dashes", uuid().replace("-", "")));
            m.add(text("UUID in braces", "{" + uuid() + "}"));
        }
        switch (s.path("type").asText("object")) {
            case "integer" -> {
                long min = s.path("minimum").asLong(Integer.MIN_VALUE);
                long max = s.path("maximum").asLong(Integer.MAX_VALUE);
                m.add(raw("minimum - 1", Long.toString(min - 1)));
                m.add(raw("maximum + 1", Long.toString(max + 1)));
                m.add(raw("maximum", Long.toString(max)));
                m.add(raw("2147483647", "2147483647"));
                m.add(raw("-2147483649", "-2147483649"));
                m.add(raw("9223372036854775808", "9223372036854775808"));
                m.add(raw("fraction", "36.6"));
                m.add(text("number as string", "36"));
            }
            case "number" -> {
                m.add(raw("1e-308", "1e-308"));
                m.add(raw("-1e308", "-1e308"));
                m.add(raw("1E+400", "1E+400"));
                m.add(raw("three decimals", "8.125"));
                m.add(raw("maximum", s.path("maximum").asText("100000")));
                m.add(raw("maximum + 0.01", new java.math.BigDecimal(s.path("maximum").asText("100000"))
                        .add(new java.math.BigDecimal("0.01")).toPlainString()));
                m.add(raw("a 400-digit number", "9".repeat(400)));
                m.add(text("number as string", "8.00"));
                m.add(text("NaN as string", "NaN"));
            }
            case "boolean" -> {
                m.add(text("\"true\"", "true"));
                m.add(text("\"yes\"", "yes"));
                m.add(raw("1", "1"));
            }
            case "array" -> {
                JsonNode item = valid(s.path("items"), field.endsWith("Ids") ? field.substring(0, field.length() - 1)
                        : field, null, 2);
                ArrayNode many = NODES.arrayNode();
                for (int i = 0; i < 1_000; i++) {
                    many.add(item);
                }
                m.add(new Mutation("1,000 items", many));
                m.add(new Mutation("the same item twice", NODES.arrayNode().add(item).add(item)));
                m.add(raw("nested arrays", "[[[[[\"x\"]]]]]"));
                m.add(raw("[{}]", "[{}]"));
            }
            case "object" -> {
                m.add(raw("unknown field only", "{\"unknownField\":1}"));
                m.add(raw("array of an object", "[{}]"));
                ObjectNode nulls = NODES.objectNode();
                s.path("properties").fieldNames().forEachRemaining(n -> nulls.putNull(n));
                m.add(new Mutation("every property null", nulls));
            }
            default -> {
                int max = s.path("maxLength").asInt(0);
                if (max > 0) {
                    m.add(text("maxLength + 1 characters", "z".repeat(max + 1)));
                    m.add(text("maxLength characters", "z".repeat(max)));
                    m.add(text("maxLength emoji", "😀".repeat(max)));
                }
                if (field.equals("amount")) {
                    for (String v : List.of("1e5", "-1.00", "99999999999999.99", "1,000.00", "Infinity", "0.001",
                            "1250.")) {
                        m.add(text("amount " + v, v));
                    }
                }
                if (field.equals("currency") || field.equals("country")) {
                    for (String v : List.of("usd", "XXX", "ZZZ", "US", "USDX")) {
                        m.add(text(field + " " + v, v));
                    }
                }
                if (field.equals("timeZone")) {
                    for (String v : List.of("Mars/Olympus_Mons", "GMT+25", "+18:00", "+19:00", "Z", "UTC+01:00",
                            "SystemV/EST5", "EST", "America/New_York\u0000")) {
                        m.add(text("time zone " + v, v));
                    }
                }
            }
        }
        return m;
    }

    private static Mutation raw(String label, String json) {
        return new Mutation(label, NODES.rawValueNode(new RawValue(json)));
    }

    private static Mutation text(String label, String value) {
        return new Mutation(label, NODES.textNode(value));
    }

    // --- hostile whole bodies, paths, queries and headers -------------------------------------------

    /** A whole request body and the content type to send it with (null: none). */
    public record RawBody(String label, byte[] bytes, String contentType) {
    }

    public List<RawBody> rawBodies(String validJson) {
        String json = "application/json";
        List<RawBody> b = new ArrayList<>();
        for (String[] t : new String[][] { { "empty body", "" }, { "null", "null" }, { "top-level []", "[]" },
                { "top-level [{}]", "[{}]" }, { "the valid body in an array", "[" + validJson + "]" },
                { "a JSON string", "\"text\"" }, { "a JSON number", "42" }, { "true", "true" }, { "{", "{" },
                { "}", "}" }, { "unterminated member", "{\"a\":" }, { "truncated body",
                        validJson.substring(0, validJson.length() / 2) },
                { "not JSON", "not json at all" }, { "XML", "<order><id>1</id></order>" },
                { "single quotes", "{'a':'b'}" }, { "trailing comma", "{\"a\":1,}" }, { "NaN", "{\"a\":NaN}" },
                { "comment", "/* c */ {}" }, { "garbage after the body", validJson + " x" },
                { "two documents", validJson + validJson }, { "unknown fields only", "{\"zzz\":1,\"\":null}" },
                { "valid body with unknown fields", validJson.replaceFirst("\\{", "{\"unknownField\":[1,{}],") },
                { "duplicate keys", validJson.replaceFirst("\\{", "{\"zzz\":1,\"zzz\":2,") },
                { "deeply nested arrays", "[".repeat(5_000) + "]".repeat(5_000) },
                { "deeply nested objects", "{\"a\":".repeat(3_000) + "1" + "}".repeat(3_000) },
                { "a 5,000-digit number", "{\"a\":" + "7".repeat(5_000) + "}" },
                { "NUL byte", "{\"a\":\"\u0000\"}\u0000" } }) {
            b.add(new RawBody(t[0], t[1].getBytes(StandardCharsets.UTF_8), json));
        }
        byte[] bom = "\uFEFF".getBytes(StandardCharsets.UTF_8);
        byte[] body = validJson.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(body, 0, withBom, bom.length, body.length);
        b.add(new RawBody("byte-order mark", withBom, json));
        b.add(new RawBody("UTF-16 without charset", validJson.getBytes(StandardCharsets.UTF_16LE), json));
        b.add(new RawBody("invalid UTF-8", new byte[] { '{', '"', 'a', '"', ':', '"', (byte) 0xC3, 0x28,
                (byte) 0xFF, '"', '}' }, json));
        b.add(new RawBody("body over 256 KiB", ("{\"a\":\"" + "q".repeat(300 * 1024) + "\"}")
                .getBytes(StandardCharsets.UTF_8), json));
        return b;
    }

    /** Content types to send a well-formed body with; null sends no Content-Type. */
    public static List<String> contentTypes() {
        return java.util.Arrays.asList(null, "", "text/plain", "application/xml", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=xyz", "application/json; charset=utf-16",
                "application/json; charset=bogus-charset", "application/json; charset=", "application/*", "*/*",
                "garbage", "application/problem+json", "application/merge-patch+json", "application/json;;;",
                "application/json; charset=ISO-8859-1");
    }

    public static List<String> accepts() {
        return List.of("application/xml", "text/html", "*/*", "application/problem+json", "application/json;q=0",
                ";;;", "", "text/*", "image/png", "application/json; charset=utf-16");
    }

    public static List<String> ifMatches() {
        return List.of("", " ", "*", "\"1\"", "W/\"1\"", "\"999999\"", "\"-1\"", "abc", "\"abc\"", "\"1\", \"2\"",
                "99999999999999999999", "\"", "W/", "\"Ã¼\"", "\"" + "9".repeat(5_000) + "\"");
    }

    /** Idempotency keys; non-ASCII ones as their UTF-8 bytes, as they travel in a header. */
    public List<String> idempotencyKeys() {
        return List.of("", " ", "k", "a".repeat(200), "a".repeat(201), "b".repeat(5_000), latin1("schlüssel-☃"),
                "key with spaces", "\t", uuid());
    }

    static String latin1(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    /** Path segments, already percent-encoded as they travel. */
    public List<String> pathJunk(String realId) {
        List<String> p = new ArrayList<>(List.of(uuid(),
                "00000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff",
                realId.toUpperCase(Locale.ROOT), realId + "0", realId.substring(0, realId.length() - 1),
                pools.any(random, pick(List.copyOf(pools.ids().keySet()))), "abc", "0", "-1", "1.5", "null",
                "undefined", "%20", "%20" + realId, realId + "%20", "%00", realId + "%00", "%2F", "..", "%2e%2e",
                "%252e", "%C0%AE", "%FF%FE", "%E2%98%83", "%F0%9F%92%A9", "%27%20OR%20%271%27%3D%271", "a".repeat(1_000),
                "a".repeat(3_000), "%7Bid%7D", uuid().replace("-", ""),
                "%7B" + uuid() + "%7D", realId + ";x=y", "%3B", "%25", "~", "*"));
        return p;
    }

    /** Hostile values for a query parameter, already percent-encoded. */
    public List<String> queryJunk(JsonNode paramSchema) {
        JsonNode s = spec.resolve(paramSchema);
        List<String> q = new ArrayList<>(List.of("", "%20", "abc", "1.5", "2147483648", "-1", "0",
                "99999999999999999999", "a".repeat(2_000), "%E2%98%83", "%00", "%FF", "%27%20OR%201%3D1%20--",
                "true", "%2B1000000000-12-31T23:59:59Z", "-1000000000-01-01T00:00:00Z", "9999-12-31T23:59:59Z",
                "0000-01-01T00:00:00Z", "2026-11-23", "2026-13-01T00:00:00Z",
                Base64.getUrlEncoder().withoutPadding().encodeToString("not an id".getBytes(StandardCharsets.UTF_8)),
                Base64.getUrlEncoder().withoutPadding().encodeToString(uuid()
                        .getBytes(StandardCharsets.UTF_8)), "!!!", "====", "%25"));
        if (s.has("enum")) {
            q.add(s.get("enum").get(0).asText().toLowerCase(Locale.ROOT));
            q.add(s.get("enum").get(0).asText() + "," + s.get("enum").get(s.get("enum").size() - 1).asText());
        }
        return q;
    }

    /** A well-formed value for a query parameter, percent-encoded, or null to leave it out. */
    public String validQuery(String name, JsonNode paramSchema, String customerId) {
        JsonNode s = spec.resolve(paramSchema);
        if (s.has("enum")) {
            return s.get("enum").get(random.nextInt(s.get("enum").size())).asText();
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return switch (name) {
            case "limit" -> Integer.toString(pick(List.of(1, 2, 50, 500)));
            case "cursor" -> Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(idFor("facilityId", null).getBytes(StandardCharsets.UTF_8));
            case "from" -> now.minus(1, ChronoUnit.DAYS).toString();
            case "to" -> now.plus(1, ChronoUnit.DAYS).toString();
            case "standing" -> Boolean.toString(random.nextBoolean());
            case "code" -> "ATL1";
            case "idDocumentNumber" -> "P12345678";
            case "actor" -> "test.operations";
            case "objectType" -> pick(List.of("Space", "Order", "Person", "Facility"));
            case "objectId" -> idFor(pick(List.of("spaceId", "orderId", "personId")), null);
            default -> name.endsWith("Id") ? idFor(name, customerId) : "abc";
        };
    }

    /** A random version-4 UUID drawn from the seeded random, so a run repeats. */
    public String uuid() {
        return uuid(random);
    }

    static String uuid(Random random) {
        long msb = (random.nextLong() & ~0xF000L) | 0x4000L;
        long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb).toString();
    }

    public static String json(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
