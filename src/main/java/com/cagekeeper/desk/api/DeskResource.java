package com.cagekeeper.desk.api;

import java.net.URI;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.RestForm;

import com.cagekeeper.desk.application.DeskService;
import com.cagekeeper.desk.application.DeskSettings;
import com.cagekeeper.desk.domain.Lookup;
import com.cagekeeper.shared.domain.Actor;
import com.cagekeeper.shared.domain.IdentityDocument;
import com.cagekeeper.shared.domain.Ids;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.AuthenticationException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * The security desk page ({@code /desk}): a guard signs in once with a security (or operations)
 * token, looks people up, checks them at a space and records entries and exits. Server-rendered
 * HTML forms, no script; every decision is the access check's. Not part of the API contract (it
 * is left out of the OpenAPI document): it answers HTML, and authenticates from its own cookie.
 */
@Path("/desk")
@PermitAll
@Blocking
@Produces(MediaType.TEXT_HTML)
public class DeskResource {

    /** The roles the desk serves: the door's and the provider's operations. */
    static final Set<String> DESK_ROLES = Set.of(Actor.SECURITY, Actor.OPERATIONS);

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    DeskService desk;
    @Inject
    DeskSettings settings;
    @Inject
    CurrentIdentityAssociation identities;
    @Inject
    JWTParser tokens;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(DeskPage page);

        static native TemplateInstance signIn(String message);

        static native TemplateInstance refused(String message, boolean signedIn, String csrf);
    }

    @GET
    public Response page(@QueryParam("facilityId") String facilityId, @QueryParam("personId") String personId,
            @QueryParam("spaceId") String spaceId, @CookieParam(DeskHttp.CSRF_COOKIE) String csrf) {
        return guarded(csrf, g -> render(g, csrf, facilityId, personId, spaceId, Lookup.of(null, null), null, null,
                Response.Status.OK));
    }

    /** The lookup is a POST, so that a document number never sits in a URL, a history or a log. */
    @POST
    @Path("lookup")
    public Response lookup(@RestForm("csrf") String formCsrf, @CookieParam(DeskHttp.CSRF_COOKIE) String csrf,
            @RestForm("facilityId") String facilityId, @RestForm("q") String q,
            @RestForm("documentType") String documentType) {
        return guardedPost(csrf, formCsrf, g -> render(g, csrf, facilityId, null, null, Lookup.of(q, documentType),
                null, null, Response.Status.OK));
    }

    @POST
    @Path("checks")
    public Response check(@RestForm("csrf") String formCsrf, @CookieParam(DeskHttp.CSRF_COOKIE) String csrf,
            @RestForm("facilityId") String facilityId, @RestForm("personId") String personId,
            @RestForm("spaceId") String spaceId, @RestForm("action") String action) {
        return guardedPost(csrf, formCsrf, g -> {
            String person = personId == null ? "" : personId.strip().toLowerCase(java.util.Locale.ROOT);
            Optional<DeskService.Action> act = Arrays.stream(DeskService.Action.values())
                    .filter(a -> a.name().equalsIgnoreCase(action == null ? "CHECK" : action)).findFirst();
            String error = !Ids.isWellFormed(person) ? "Enter the person's or visitor's id (look the person up first)."
                    : spaceId == null || !Ids.isWellFormed(spaceId) ? "Choose the space."
                            : act.isEmpty() ? "Choose Check, Record entry or Record exit." : null;
            if (error != null) {
                return render(g, csrf, facilityId, person, spaceId, Lookup.of(null, null), null, error,
                        Response.Status.BAD_REQUEST);
            }
            DeskService.Outcome outcome = desk.decide(person, spaceId, act.get(), facilityId);
            return render(g, csrf, facilityId, person, spaceId, Lookup.of(null, null), outcome, null,
                    Response.Status.OK);
        });
    }

    @GET
    @Path("sign-in")
    public Response signInPage() {
        return Response.ok(Templates.signIn(null)).build();
    }

    /**
     * Verifies the pasted token exactly as the API would (signature, issuer, expiry), refuses roles
     * the desk does not serve, and keeps the token in an HttpOnly, SameSite=Strict cookie that
     * lives no longer than the token.
     */
    @POST
    @Path("sign-in")
    public Response signIn(@RestForm("token") String token) {
        String t = token == null ? "" : token.strip();
        if (t.startsWith("Bearer ")) {
            t = t.substring(7).strip();
        }
        JsonWebToken jwt;
        try {
            if (t.isEmpty() || t.length() > 8192) {
                throw new ParseException("no token");
            }
            jwt = tokens.parse(t);
        } catch (ParseException | RuntimeException e) {
            return Response.status(Response.Status.UNAUTHORIZED)
                    .entity(Templates.signIn("That token is not valid here (expired, or not issued for this service)."))
                    .build();
        }
        Set<String> groups = jwt.getGroups() == null ? Set.of() : jwt.getGroups();
        if (groups.stream().noneMatch(DESK_ROLES::contains)) {
            return Response.status(Response.Status.FORBIDDEN).entity(Templates.refused(refusal(groups), false, null))
                    .build();
        }
        long ttl = Math.max(1, jwt.getExpirationTime() - System.currentTimeMillis() / 1000);
        return Response.seeOther(URI.create("/desk"))
                .cookie(cookie(DeskHttp.TOKEN_COOKIE, t, (int) Math.min(Integer.MAX_VALUE, ttl)),
                        cookie(DeskHttp.CSRF_COOKIE, newCsrf(), (int) Math.min(Integer.MAX_VALUE, ttl)))
                .build();
    }

    @POST
    @Path("sign-out")
    public Response signOut(@RestForm("csrf") String formCsrf, @CookieParam(DeskHttp.CSRF_COOKIE) String csrf) {
        if (!sameCsrf(csrf, formCsrf)) {
            return stale();
        }
        return signedOut(Response.seeOther(URI.create("/desk/sign-in")));
    }

    private interface Page {
        Response render(Actor guard);
    }

    private Response guardedPost(String csrf, String formCsrf, Page page) {
        Optional<SecurityIdentity> who = identity();
        if (who.isPresent() && !sameCsrf(csrf, formCsrf)) {
            return stale();
        }
        return guarded(csrf, page);
    }

    private Response guarded(String csrf, Page page) {
        Optional<SecurityIdentity> who = identity();
        if (who.isEmpty() || csrf == null) {
            return signedOut(Response.seeOther(URI.create("/desk/sign-in")));
        }
        Set<String> roles = who.get().getRoles();
        if (roles.stream().noneMatch(DESK_ROLES::contains)) {
            return Response.status(Response.Status.FORBIDDEN).entity(Templates.refused(refusal(roles), true, csrf))
                    .build();
        }
        String subject = who.get().getPrincipal().getName();
        return page.render(new Actor(subject, roles, null));
    }

    private Response render(Actor guard, String csrf, String facilityId, String personId, String spaceId,
            Lookup lookup, DeskService.Outcome outcome, String error, Response.Status status) {
        String facility = facilityId == null ? null : facilityId.strip().toLowerCase(java.util.Locale.ROOT);
        DeskService.Board board = desk.board(facility, spaceId);
        DeskService.Found found = desk.lookup(lookup, personId);
        String chosen = personId;
        if (chosen == null && found.people().size() == 1) {
            chosen = found.people().get(0).id();
        }
        DeskService.PersonLine person = chosen == null ? null : desk.person(chosen).orElse(null);
        if (chosen == null && lookup.kind() == Lookup.Kind.ID) {
            chosen = lookup.text();
        }
        String role = guard.roles().contains(Actor.SECURITY) ? Actor.SECURITY : Actor.OPERATIONS;
        String query = lookup.kind() == Lookup.Kind.DOCUMENT ? "" : lookup.text();
        DeskPage page = new DeskPage(guard.subject(), role, csrf, board, found, person, chosen, spaceId, outcome,
                error, query, lookup.kind() == Lookup.Kind.DOCUMENT ? lookup.documentType().name() : "",
                Arrays.stream(IdentityDocument.Type.values()).map(Enum::name).toList());
        return Response.status(status).entity(Templates.page(page)).build();
    }

    private Optional<SecurityIdentity> identity() {
        try {
            SecurityIdentity id = identities.getIdentity();
            return id == null || id.isAnonymous() ? Optional.empty() : Optional.of(id);
        } catch (RuntimeException e) {
            // an expired or forged cookie: signed out, never a 500
            if (e instanceof AuthenticationException) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static String refusal(Set<String> roles) {
        List<String> held = roles.stream().sorted().toList();
        return "The security desk is for security and operations staff. This token's role"
                + (held.size() == 1 ? " is " : "s are ") + (held.isEmpty() ? "none" : String.join(", ", held))
                + ": use the API or the portal instead.";
    }

    private Response stale() {
        return Response.status(Response.Status.FORBIDDEN)
                .entity(Templates.refused("This form is out of date or did not come from the desk page. Reload the desk and try again.",
                        false, null))
                .build();
    }

    private Response signedOut(Response.ResponseBuilder response) {
        return response.cookie(cookie(DeskHttp.TOKEN_COOKIE, "", 0), cookie(DeskHttp.CSRF_COOKIE, "", 0)).build();
    }

    private NewCookie cookie(String name, String value, int maxAge) {
        return new NewCookie.Builder(name).value(value).path("/desk").maxAge(maxAge).httpOnly(true)
                .secure(settings.secureCookies()).sameSite(NewCookie.SameSite.STRICT).build();
    }

    private static String newCsrf() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static boolean sameCsrf(String cookie, String form) {
        return cookie != null && form != null && !cookie.isEmpty() && MessageDigest.isEqual(
                cookie.getBytes(StandardCharsets.UTF_8), form.getBytes(StandardCharsets.UTF_8));
    }
}
