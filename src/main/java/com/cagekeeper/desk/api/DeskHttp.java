package com.cagekeeper.desk.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.http.Cookie;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The HTTP edge of the security desk page. A guard's browser sends its token in the desk's
 * HttpOnly cookie; on desk paths only, and only when no Authorization header is given, the
 * cookie's token is handed to the same bearer-JWT authentication as the API. The API itself
 * never reads the cookie: it keeps bearer headers only, so a cookie can never authenticate an API
 * call a third-party page provokes. Every desk response carries a strict Content-Security-Policy
 * (no script, styles and images from the service only, forms to the service only, no framing).
 */
@ApplicationScoped
public class DeskHttp {

    /** The cookie holding the guard's token. */
    public static final String TOKEN_COOKIE = "desk_token";
    /** The cookie holding the session's anti-forgery token, repeated in every form. */
    public static final String CSRF_COOKIE = "desk_csrf";

    static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'";

    void install(@Observes Router router) {
        router.route().order(-2).handler(this::desk);
    }

    private void desk(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        if (!isDesk(path)) {
            ctx.next();
            return;
        }
        if (ctx.request().getHeader("Authorization") == null) {
            Cookie token = ctx.request().getCookie(TOKEN_COOKIE);
            if (token != null && !token.getValue().isBlank()) {
                ctx.request().headers().set("Authorization", "Bearer " + token.getValue());
            }
        }
        ctx.addHeadersEndHandler(v -> {
            var headers = ctx.response().headers();
            headers.set("Content-Security-Policy", CSP);
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("Referrer-Policy", "no-referrer");
            headers.set("Cache-Control", "no-store");
        });
        ctx.next();
    }

    static boolean isDesk(String path) {
        return path.equals("/desk") || path.startsWith("/desk/") || path.startsWith("/desk-assets/");
    }
}
