package com.cagekeeper.desk;

import static com.cagekeeper.support.Api.OPERATIONS;
import static com.cagekeeper.support.Api.SECURITY;
import static com.cagekeeper.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.cagekeeper.support.Fixtures;
import com.cagekeeper.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Cookie;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
@DisplayName("The security desk page (/desk): sign-in by token, lookups, checks and recorded entries through the access check, the facility's state")
class DeskPageTest {

    /** A signed-in desk session: its two cookies. */
    record Session(String token, String csrf) {
        RequestSpecification given() {
            return io.restassured.RestAssured.given().redirects().follow(false).cookie("desk_token", token)
                    .cookie("desk_csrf", csrf);
        }

        Response post(String path, Map<String, String> form) {
            RequestSpecification r = given().formParam("csrf", csrf);
            form.forEach(r::formParam);
            return r.post(path);
        }
    }

    static Session signIn(String token) {
        Response r = given().redirects().follow(false).formParam("token", token).post("/desk/sign-in");
        assertEquals(303, r.statusCode(), r.asString());
        return new Session(r.getCookie("desk_token"), r.getCookie("desk_csrf"));
    }

    /** A tenancy with a person approved for its space, named and documented as given. */
    record Scene(Fixtures.Tenancy tenancy, String personId) {
    }

    static Scene scene(String name, String documentNumber) {
        Fixtures.Tenancy t = Fixtures.tenancy();
        Map<String, Object> body = new java.util.HashMap<>(Fixtures.personBody(t.customerId(), List.of(t.spaceId())));
        body.put("name", name);
        body.put("idDocumentNumber", documentNumber);
        String person = Fixtures.create("/api/v1/people", body);
        Fixtures.approve(person);
        return new Scene(t, person);
    }

    @Test
    @DisplayName("a security token signs in once: kept in an HttpOnly, SameSite=Strict cookie on /desk with an anti-forgery token; the page names the guard")
    void signInKeepsTheTokenInAStrictCookie() {
        Response r = given().redirects().follow(false).formParam("token", Tokens.of(SECURITY)).post("/desk/sign-in");
        assertEquals(303, r.statusCode());
        assertTrue(r.getHeader("Location").endsWith("/desk"));
        io.restassured.http.Cookie token = r.getDetailedCookie("desk_token");
        assertTrue(token.isHttpOnly());
        assertEquals("Strict", token.getSameSite());
        assertEquals("/desk", token.getPath());
        assertTrue(token.getMaxAge() > 0 && token.getMaxAge() <= 3600);
        assertNotNull(r.getDetailedCookie("desk_csrf").getValue());
        assertTrue(r.getDetailedCookie("desk_csrf").isHttpOnly());

        Session s = new Session(token.getValue(), r.getCookie("desk_csrf"));
        s.given().get("/desk").then().statusCode(200).contentType(containsString("text/html"))
                .body(allOf(containsString("Signed in as test.security (security)"), containsString("lang=\"en\""),
                        containsString("name=\"csrf\" value=\"" + s.csrf() + "\""), containsString("autofocus")));
    }

    @Test
    @DisplayName("customer and billing tokens are refused with a page that says why, and get no cookie; a token that does not verify is refused")
    void otherRolesAreRefused() {
        String customer = Fixtures.customer();
        for (String token : List.of(Tokens.customer(customer), Tokens.of("billing"), Tokens.of("auditor"))) {
            Response r = given().redirects().follow(false).formParam("token", token).post("/desk/sign-in");
            assertEquals(403, r.statusCode());
            assertTrue(r.asString().contains("The security desk is for security and operations staff"), r.asString());
            assertFalse(r.getCookies().containsKey("desk_token"));
        }
        given().redirects().follow(false).formParam("token", "not-a-token").post("/desk/sign-in").then()
                .statusCode(401).body(containsString("That token is not valid here"));
        // a cookie smuggling in a customer token still gets the refusal, never the desk
        Session smuggled = new Session(Tokens.customer(customer), "x");
        smuggled.given().get("/desk").then().statusCode(403)
                .body(containsString("The security desk is for security and operations staff"));
    }

    @Test
    @DisplayName("without a session, or with a forged or expired token in the cookie, the desk sends the guard to sign in")
    void withoutASessionTheDeskAsksToSignIn() {
        given().redirects().follow(false).get("/desk").then().statusCode(303)
                .header("Location", containsString("/desk/sign-in"));
        new Session("eyJhbGciOiJSUzI1NiJ9.e30.c2ln", "x").given().get("/desk").then().statusCode(303)
                .header("Location", containsString("/desk/sign-in"));
        new Session(Tokens.mint("test.security", SECURITY, null, -60), "x").given().get("/desk").then().statusCode(303);
        given().get("/desk/sign-in").then().statusCode(200).body(containsString("<label for=\"token\">"));
    }

    @Test
    @DisplayName("the API never authenticates from the desk's cookie: bearer headers only, so no other page can make a browser call it")
    void theApiIgnoresTheDeskCookie() {
        Session s = signIn(Tokens.of(OPERATIONS));
        s.given().accept("application/json").get("/api/v1/facilities").then().statusCode(401);
    }

    @Test
    @DisplayName("every desk page carries a strict Content-Security-Policy (no script) and is never cached")
    void strictContentSecurityPolicy() {
        Session s = signIn(Tokens.of(SECURITY));
        for (Response r : List.of(s.given().get("/desk"), given().get("/desk/sign-in"))) {
            String csp = r.getHeader("Content-Security-Policy");
            assertNotNull(csp);
            assertTrue(csp.contains("default-src 'none'") && csp.contains("frame-ancestors 'none'")
                    && !csp.contains("script-src") && !csp.contains("unsafe"), csp);
            assertEquals("no-store", r.getHeader("Cache-Control"));
        }
        given().get("/desk-assets/desk.css").then().statusCode(200).header("Content-Security-Policy",
                containsString("default-src 'none'"));
    }

    @Test
    @DisplayName("§3.2 a document number finds the person through its keyed hash; the page shows only its last four characters, never the number")
    void lookupByDocumentNumberIsMasked() {
        String number = Fixtures.code("DK", 10);
        Scene sc = scene("Dana Kowalczyk", number);
        Session s = signIn(Tokens.of(SECURITY));
        String page = s.post("/desk/lookup", Map.of("facilityId", sc.tenancy().facilityId(), "q",
                number.substring(0, 4) + " " + number.substring(4), "documentType", "PASSPORT"))
                .then().statusCode(200).extract().asString();
        assertTrue(page.contains("Dana Kowalczyk"), page);
        assertTrue(page.contains("value=\"" + sc.personId() + "\""), "the one person found is chosen for the check");
        assertTrue(page.contains("****" + number.substring(number.length() - 4)));
        assertFalse(page.contains(number), "the full document number never appears");
        assertFalse(page.contains(number.substring(0, 6)), "nor its beginning");

        s.post("/desk/lookup", Map.of("q", "NO-SUCH-DOC-1", "documentType", "PASSPORT")).then().statusCode(200)
                .body(allOf(containsString("Nobody matches ****OC-1"), not(containsString("NO-SUCH-DOC-1"))));
    }

    @Test
    @DisplayName("by part of the name (any case) the desk lists the matches; by id it chooses the person; a short fragment is refused with a sentence")
    void lookupByNameAndId() {
        String surname = "Zyx" + Fixtures.code("", 6).toLowerCase();
        Scene a = scene("Ana " + surname, Fixtures.code("P", 10));
        Scene b = scene("Ben " + surname, Fixtures.code("P", 10));
        Session s = signIn(Tokens.of(SECURITY));
        String page = s.post("/desk/lookup", Map.of("q", surname.toUpperCase(), "documentType", "")).then()
                .statusCode(200).extract().asString();
        assertTrue(page.contains("Ana " + surname) && page.contains("Ben " + surname), page);
        assertTrue(page.contains("personId=" + a.personId()) && page.contains("personId=" + b.personId()));

        s.post("/desk/lookup", Map.of("q", b.personId())).then().statusCode(200)
                .body(containsString("id=\"personId\" name=\"personId\" value=\"" + b.personId() + "\""));
        s.post("/desk/lookup", Map.of("q", "Z")).then().statusCode(200)
                .body(containsString("Type at least 2 characters of the name."));
        // LIKE wildcards match themselves, not everyone
        s.post("/desk/lookup", Map.of("q", "%%")).then().statusCode(200).body(containsString("Nobody matches %%."));
    }

    @Test
    @DisplayName("§3.2 Record entry is the recorded access check: GRANTED in large text with its validity, and the entry is in /access-events; Check alone records nothing")
    void recordEntryIsTheAccessCheck() {
        Scene sc = scene("Gus Granted", Fixtures.code("P", 10));
        Session s = signIn(Tokens.of(SECURITY));
        Map<String, String> form = Map.of("facilityId", sc.tenancy().facilityId(), "personId", sc.personId(),
                "spaceId", sc.tenancy().spaceId(), "action", "CHECK");
        s.post("/desk/checks", form).then().statusCode(200).body(allOf(containsString("class=\"decision granted\""),
                containsString("role=\"status\""), containsString("GRANTED"), containsString("Valid until"),
                containsString("Checked only: nothing recorded.")));
        as(SECURITY).get("/api/v1/access-events?personId=" + sc.personId()).then().body("items", hasSize(0));

        Map<String, String> entry = new java.util.HashMap<>(form);
        entry.put("action", "ENTRY");
        String page = s.post("/desk/checks", entry).then().statusCode(200).extract().asString();
        assertTrue(page.contains("Recorded as an entry"), page);
        as(SECURITY).get("/api/v1/access-events?personId=" + sc.personId()).then().body("items", hasSize(1))
                .body("items[0].direction", equalTo("IN")).body("items[0].decision", equalTo("GRANTED"))
                .body("items[0].actorSubject", equalTo("test.security"));
        assertTrue(page.contains("Gus Granted"), "the last events list the entry");

        entry.put("action", "EXIT");
        s.post("/desk/checks", entry).then().statusCode(200).body(containsString("Recorded as an exit"));
        as(SECURITY).get("/api/v1/access-events?personId=" + sc.personId()).then().body("items", hasSize(2));
    }

    @Test
    @DisplayName("§3.2 a revoked person is DENIED on the page with REVOKED, its clause and sentence; the denial is recorded too (rule 11)")
    void revokedIsDenied() {
        Scene sc = scene("Rory Revoked", Fixtures.code("P", 10));
        as(OPERATIONS).body(Map.of("reason", "DAMAGE")).post("/api/v1/people/{id}/revocation", sc.personId()).then()
                .statusCode(200);
        Session s = signIn(Tokens.of(SECURITY));
        s.post("/desk/checks", Map.of("facilityId", sc.tenancy().facilityId(), "personId", sc.personId(), "spaceId",
                sc.tenancy().spaceId(), "action", "ENTRY")).then().statusCode(200)
                .body(allOf(containsString("class=\"decision denied\""), containsString("DENIED"),
                        containsString("REVOKED"), containsString("§3.2"), containsString("Recorded as an entry")));
        as(SECURITY).get("/api/v1/access-events?personId=" + sc.personId()).then().body("items", hasSize(1))
                .body("items[0].decision", equalTo("DENIED"));
    }

    @Test
    @DisplayName("BCP rule 8: a facility in LOCKDOWN shows the banner at the top and a customer's person is DENIED with FACILITY_LOCKDOWN")
    void lockdownBanner() {
        Scene sc = scene("Lou Locked", Fixtures.code("P", 10));
        as(OPERATIONS).body(Map.of("state", "LOCKDOWN", "reason", "Fire alarm in hall B"))
                .post("/api/v1/facilities/{id}/operating-state", sc.tenancy().facilityId()).then().statusCode(200);
        Session s = signIn(Tokens.of(SECURITY));
        s.given().get("/desk?facilityId=" + sc.tenancy().facilityId()).then().statusCode(200)
                .body(allOf(containsString("class=\"banner alert\" role=\"alert\""), containsString("LOCKDOWN"),
                        containsString("Reason: Fire alarm in hall B.")));
        s.post("/desk/checks", Map.of("facilityId", sc.tenancy().facilityId(), "personId", sc.personId(), "spaceId",
                sc.tenancy().spaceId(), "action", "CHECK")).then().statusCode(200)
                .body(allOf(containsString("DENIED"), containsString("FACILITY_LOCKDOWN")));
    }

    @Test
    @DisplayName("a form post without the session's anti-forgery token is refused and records nothing")
    void formsNeedTheAntiForgeryToken() {
        Scene sc = scene("Cass Csrf", Fixtures.code("P", 10));
        Session s = signIn(Tokens.of(SECURITY));
        Map<String, String> form = Map.of("personId", sc.personId(), "spaceId", sc.tenancy().spaceId(), "action",
                "ENTRY");
        RequestSpecification forged = s.given();
        form.forEach(forged::formParam);
        forged.post("/desk/checks").then().statusCode(403).body(containsString("This form is out of date"));
        RequestSpecification wrong = s.given().formParam("csrf", s.csrf() + "x");
        form.forEach(wrong::formParam);
        wrong.post("/desk/checks").then().statusCode(403);
        as(SECURITY).get("/api/v1/access-events?personId=" + sc.personId()).then().body("items", hasSize(0));
    }

    @Test
    @DisplayName("malformed ids are a 400 page naming what to fix; names are escaped, never markup")
    void badInputAndEscaping() {
        Scene sc = scene("<script>alert(1)</script> Mallory", Fixtures.code("P", 10));
        Session s = signIn(Tokens.of(SECURITY));
        s.post("/desk/checks", Map.of("personId", "nobody", "spaceId", sc.tenancy().spaceId())).then().statusCode(400)
                .body(containsString("Enter the person&#39;s or visitor&#39;s id"));
        s.post("/desk/checks", Map.of("personId", sc.personId(), "spaceId", "x")).then().statusCode(400)
                .body(containsString("Choose the space."));
        s.post("/desk/lookup", Map.of("q", "Mallory")).then().statusCode(200)
                .body(allOf(containsString("&lt;script&gt;alert(1)&lt;/script&gt; Mallory"),
                        not(containsString("<script>"))));
    }

    @Test
    @DisplayName("signing out clears both cookies")
    void signOut() {
        Session s = signIn(Tokens.of(SECURITY));
        Response r = s.post("/desk/sign-out", Map.of());
        assertEquals(303, r.statusCode());
        Cookie cleared = r.getDetailedCookie("desk_token");
        assertEquals(0, cleared.getMaxAge());
        assertEquals("", cleared.getValue());
    }
}
