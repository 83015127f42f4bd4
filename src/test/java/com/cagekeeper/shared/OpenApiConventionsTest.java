package com.cagekeeper.shared;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The served contract serves client generators and says what the service enforces: names a
 * client developer would choose, every response property required (null where the service
 * sends null), and the constraints of the shared parameters.
 */
@QuarkusTest
@DisplayName("OpenAPI conventions")
class OpenApiConventionsTest {

    JsonNode spec;

    @BeforeEach
    void read() throws Exception {
        spec = new ObjectMapper().readTree(given().queryParam("format", "json").get("/q/openapi").then()
                .statusCode(200).extract().asString());
    }

    JsonNode schema(String name) {
        JsonNode s = spec.at("/components/schemas/" + name);
        assertFalse(s.isMissingNode(), name + " is a schema");
        return s;
    }

    List<JsonNode> operations() {
        List<JsonNode> ops = new ArrayList<>();
        spec.get("paths").fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(m -> ops.add(m.getValue())));
        return ops;
    }

    @Test
    @DisplayName("a relative server, a license and a contact, and a description on every tag")
    void documentLevel() {
        assertEquals("/", spec.at("/servers/0/url").asText());
        assertNotNull(spec.at("/info/license/identifier").textValue());
        assertNotNull(spec.at("/info/contact/name").textValue());
        for (JsonNode tag : spec.get("tags")) {
            assertFalse(tag.path("description").asText().isBlank(), tag.get("name") + " has a description");
        }
    }

    @Test
    @DisplayName("operation ids are unique verbs such as listSpaces and checkAccess")
    void operationIds() {
        Set<String> ids = new HashSet<>();
        for (JsonNode op : operations()) {
            String id = op.path("operationId").asText();
            assertTrue(id.matches("[a-z]+[A-Z][A-Za-z]*"), id);
            assertTrue(ids.add(id), "unique: " + id);
        }
        assertTrue(ids.containsAll(Set.of("listSpaces", "getSpace", "checkAccess", "previewAccess")), ids.toString());
    }

    @Test
    @DisplayName("schemas have client names; dates are strings with a format; audit before/after are nullable JSON objects")
    void names() {
        JsonNode schemas = spec.at("/components/schemas");
        for (String javaName : List.of("Type", "Kind", "LocalDate", "Instant", "JsonNode", "JsonNodeType",
                "AccessDecision")) {
            assertTrue(schemas.path(javaName).isMissingNode(), javaName + " is no schema");
        }
        schemas.fieldNames().forEachRemaining(n -> assertFalse(n.startsWith("Page"), n));
        for (String name : List.of("AccessCheckResult", "IdentityDocumentType", "PersonKind", "SpacePage",
                "PersonPage", "AuditRecordPage", "CurrencyCode", "CountryCode")) {
            schema(name);
        }
        assertFalse(spec.toString().contains("#/components/schemas/Instant"));
        assertEquals("date", schema("Order").at("/properties/termStart/format").asText());
        for (String side : List.of("before", "after")) {
            JsonNode p = schema("AuditRecord").at("/properties/" + side);
            assertEquals("[\"object\",\"null\"]", p.get("type").toString(), side);
            assertTrue(p.path("$ref").isMissingNode() && p.path("items").isMissingNode(), side);
        }
    }

    @Test
    @DisplayName("response schemas require every property the service always sends, null where it may be null, and not those it leaves out")
    void requiredAndNullable() {
        for (String name : List.of("Space", "Order", "Person", "Visit", "Facility", "Customer", "Suspension",
                "AuditRecord", "AccessEvent", "AccessCheckResult", "Problem", "SpacePage", "Equipment", "CustodyEntry",
                "EquipmentPage", "CustodyEntryPage", "Notice", "Invoice", "Payment", "Dispute", "Charge",
                "CustomerStanding", "LateChargePosting", "ChargePage")) {
            JsonNode s = schema(name);
            Set<String> required = new HashSet<>();
            s.path("required").forEach(r -> required.add(r.asText()));
            s.get("properties").fields().forEachRemaining(p -> assertEquals(
                    !p.getValue().has("x-omitted-when-null"), required.contains(p.getKey()), name + "." + p.getKey()));
        }
        assertTrue(schema("Space").at("/properties/customerId/type").toString().contains("null"));
        assertTrue(schema("Order").at("/properties/activationDate/type").toString().contains("null"));
        assertTrue(schema("SpacePage").at("/properties/next/type").toString().contains("null"));
        assertEquals("string", schema("Space").at("/properties/id/type").asText());
        assertFalse(schema("Order").path("required").toString().contains("cancellation"));
        assertFalse(schema("AccessCheckResult").path("required").toString().contains("eventId"));
        assertFalse(schema("Problem").path("required").toString().contains("errors"));
    }

    @Test
    @DisplayName("the properties a view leaves out when null (@JsonInclude NON_NULL) are those the contract marks omitted")
    void omittedMatchesTheViews() {
        for (Class<?> view : List.of(com.cagekeeper.access.application.AccessCheckView.class,
                com.cagekeeper.access.application.AccessEventView.class,
                com.cagekeeper.audit.application.AuditRecordView.class,
                com.cagekeeper.customer.application.CustomerView.class,
                com.cagekeeper.equipment.application.CustodyEntryView.class,
                com.cagekeeper.equipment.application.EquipmentView.class,
                com.cagekeeper.facility.application.FacilityView.class,
                com.cagekeeper.order.application.OrderView.class,
                com.cagekeeper.personnel.application.PersonView.class,
                com.cagekeeper.space.application.SpaceView.class,
                com.cagekeeper.space.application.SuspensionView.class,
                com.cagekeeper.visit.application.VisitView.class,
                com.cagekeeper.notice.application.NoticeView.class,
                com.cagekeeper.billing.application.InvoiceView.class,
                com.cagekeeper.billing.application.PaymentView.class,
                com.cagekeeper.billing.application.DisputeView.class,
                com.cagekeeper.billing.application.ChargeView.class,
                com.cagekeeper.billing.application.StandingView.class,
                com.cagekeeper.billing.application.LateChargePostingView.class)) {
            String name = view.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class).name();
            Set<String> nonNull = new HashSet<>();
            for (var c : view.getRecordComponents()) {
                var include = fieldAnnotation(view, c.getName());
                if (include != null && include.value() == com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL) {
                    nonNull.add(c.getName());
                }
            }
            Set<String> omitted = new HashSet<>();
            schema(name).get("properties").fields().forEachRemaining(p -> {
                if (p.getValue().has("x-omitted-when-null")) {
                    omitted.add(p.getKey());
                }
            });
            assertEquals(nonNull, omitted, name);
        }
    }

    static com.fasterxml.jackson.annotation.JsonInclude fieldAnnotation(Class<?> type, String field) {
        try {
            return type.getDeclaredField(field).getAnnotation(com.fasterxml.jackson.annotation.JsonInclude.class);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @DisplayName("constraints: money as a decimal pattern, ISO codes, anchored code patterns, bounded request dates")
    void bodyConstraints() {
        JsonNode amount = schema("Money").at("/properties/amount");
        assertEquals("string", amount.get("type").asText());
        assertNotNull(amount.get("pattern"));
        assertNull(amount.get("minimum"));
        assertEquals("[\"amount\",\"currency\"]", schema("Money").get("required").toString());
        assertTrue(schema("CurrencyCode").get("enum").toString().contains("\"USD\""));
        assertFalse(schema("CurrencyCode").get("enum").toString().contains("\"QQQ\""));
        assertTrue(schema("CountryCode").get("enum").toString().contains("\"US\""));
        assertEquals("^[A-Z0-9]{2,10}$", schema("CreateFacility").at("/properties/code/pattern").asText());
        assertEquals("^20[0-9]{2}-", schema("CreateOrder").at("/properties/termStart/pattern").asText());
        assertEquals("^20[0-9]{2}-", schema("AccessCheck").at("/properties/at/pattern").asText());
    }

    @Test
    @DisplayName("limit, cursor, from, to, If-Match and Idempotency-Key declare what the service accepts; no list answers 404")
    void parameters() {
        int lists = 0;
        for (JsonNode op : operations()) {
            for (JsonNode p : op.path("parameters")) {
                JsonNode s = p.get("schema");
                switch (p.get("name").asText()) {
                    case "limit" -> {
                        lists++;
                        assertEquals("integer", s.get("type").asText());
                        assertEquals(1, s.get("minimum").asInt());
                        assertEquals(500, s.get("maximum").asInt());
                    }
                    case "cursor" -> assertNotNull(s.get("pattern"));
                    case "from", "to" -> assertEquals("date-time", s.get("format").asText());
                    case "If-Match" -> assertNotNull(s.get("pattern"));
                    case "Idempotency-Key" -> assertEquals(Map.of("min", 1, "max", 200),
                            Map.of("min", s.get("minLength").asInt(), "max", s.get("maxLength").asInt()));
                    case "standing" -> assertEquals("boolean", s.get("type").asText());
                    default -> {
                    }
                }
            }
            if (op.path("operationId").asText().startsWith("list")) {
                assertTrue(op.at("/responses/404").isMissingNode(), op.get("operationId") + " never answers 404");
            }
        }
        assertEquals(26, lists); // with listEvents, listWebhookEndpoints and getWebhookDeliveryAttempts (issue 12)
    }
}
