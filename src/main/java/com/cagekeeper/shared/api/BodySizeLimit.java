package com.cagekeeper.shared.api;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers a request whose declared body exceeds {@code quarkus.http.limits.max-body-size}
 * with a 413 in the one problem format. Quarkus checks the same limit on a route of order -2
 * and answers with an empty body; this route runs just before it.
 */
@ApplicationScoped
public class BodySizeLimit {

    /** An oversized body up to this size is read and discarded before the connection closes. */
    static final long SWALLOW = 2 * 1024 * 1024;
    static final long SWALLOW_TIMEOUT_MS = 10_000;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    Optional<MemorySize> maxBodySize;

    void install(@Observes Router router) {
        maxBodySize.ifPresent(max -> {
            long limit = max.asLongValue();
            router.route().order(-3).handler(ctx -> {
                if (declaredLength(ctx) > limit) {
                    reject(ctx, limit);
                } else {
                    ctx.next();
                }
            });
        });
    }

    private static long declaredLength(RoutingContext ctx) {
        String length = ctx.request().getHeader(HttpHeaderNames.CONTENT_LENGTH);
        if (length == null) {
            return -1;
        }
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void reject(RoutingContext ctx, long limit) {
        String body = Problems.body(413, "REQUEST_ENTITY_TOO_LARGE", "Request Entity Too Large",
                "The request body is larger than " + limit + " bytes.", null, null, ctx.request().path());
        HttpServerRequest request = ctx.request();
        if (!request.isEnded() && declaredLength(ctx) <= SWALLOW) {
            // Closing while the client still sends makes its TCP stack reset the connection, and the
            // client may never read this answer: read and discard the rest first, as servlet containers
            // do, then close. A client that stalls is cut off after a while all the same.
            long timer = ctx.vertx().setTimer(SWALLOW_TIMEOUT_MS, t -> request.connection().close());
            request.handler(discarded -> {
            });
            request.endHandler(done -> {
                ctx.vertx().cancelTimer(timer);
                request.connection().close();
            });
            request.resume();
        } else {
            // too much to read only to throw away: close once the answer is out, as Quarkus does
            ctx.response().endHandler(done -> request.connection().close());
        }
        ctx.response().setStatusCode(413)
                .putHeader(HttpHeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaderNames.CONNECTION, "close")
                .end(body);
    }
}
