package com.cagekeeper.shared.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * One structured line per API request: method, path, status, duration and the caller's
 * roles. Never the token, a body, a query string or a person's data.
 */
public class RequestLog {

    private static final Logger LOG = Logger.getLogger("cagekeeper.request");
    private static final String STARTED = RequestLog.class.getName() + ".started";

    @ServerRequestFilter(preMatching = true)
    public void started(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    @ServerResponseFilter
    public void finished(ContainerRequestContext request, ContainerResponseContext response) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        Object started = request.getProperty(STARTED);
        long micros = started instanceof Long s ? (System.nanoTime() - s) / 1_000 : -1;
        var principal = request.getSecurityContext() == null ? null : request.getSecurityContext().getUserPrincipal();
        LOG.infof("method=%s path=%s status=%d duration_us=%d authenticated=%s", request.getMethod(),
                request.getUriInfo().getPath(), response.getStatus(), micros, principal != null);
    }
}
