package com.cagekeeper.shared.api;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * From the moment the process is told to stop (SIGTERM), an API request that has not started yet
 * is answered 503 with {@code Connection: close} before anything is read or decided, while the
 * requests already started finish (Quarkus waits for them up to {@code quarkus.shutdown.timeout}).
 * Quarkus alone keeps serving new requests on open connections until the last one in flight ends
 * and then closes those connections, so a check arriving at that instant could be recorded and its
 * answer lost; refused here, it is recorded nowhere.
 */
public class Draining {

    private static final AtomicBoolean STOPPING = new AtomicBoolean();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> STOPPING.set(true), "cagekeeper-draining"));
    }

    @ServerRequestFilter(preMatching = true, priority = 1)
    public Optional<Response> refuseWhenStopping(ContainerRequestContext request) {
        if (!STOPPING.get()) {
            return Optional.empty();
        }
        Response r = Problems.response(503, "SERVICE_STOPPING", "Service stopping",
                "This instance is shutting down; nothing was decided or changed. Retry on another instance.", null,
                null, request.getUriInfo().getRequestUri().getRawPath());
        return Optional.of(Response.fromResponse(r).header("Connection", "close")
                .header(HttpHeaders.RETRY_AFTER, "1").build());
    }
}
