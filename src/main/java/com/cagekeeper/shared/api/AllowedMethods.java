package com.cagekeeper.shared.api;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.arc.Arc;

/**
 * The methods each API path answers, read once from the resource classes, so that a 405
 * names them in {@code Allow} and {@code OPTIONS} advertises exactly those (JAX-RS alone
 * sends no {@code Allow} with a 405 and lists every method of the application for OPTIONS).
 */
@ApplicationScoped
public class AllowedMethods {

    /** One path template and the methods declared on it. */
    record Route(String template, Pattern pattern, int literals, Set<String> methods) {
    }

    private volatile List<Route> routes;

    /** The methods of the best-matching path template, as JAX-RS would match it; empty when none matches. */
    public Optional<String> allowHeader(String path) {
        Route best = null;
        Set<String> methods = new TreeSet<>();
        for (Route r : routes()) {
            if (!r.pattern().matcher(path).matches()) {
                continue;
            }
            if (best == null || r.literals() > best.literals()) {
                best = r;
                methods.clear();
            }
            if (r.literals() == best.literals()) {
                methods.addAll(r.methods());
            }
        }
        if (methods.isEmpty()) {
            return Optional.empty();
        }
        if (methods.contains(HttpMethod.GET)) {
            methods.add(HttpMethod.HEAD);
        }
        methods.add(HttpMethod.OPTIONS);
        return Optional.of(String.join(", ", methods));
    }

    /** Answers OPTIONS on an API path itself, before JAX-RS' own answer, which names every method of the application. */
    @ServerRequestFilter(preMatching = true)
    public Optional<Response> options(ContainerRequestContext request) {
        if (!HttpMethod.OPTIONS.equals(request.getMethod())) {
            return Optional.empty();
        }
        return allowHeader(normalize(request.getUriInfo().getPath()))
                .map(allow -> Response.noContent().header(HttpHeaders.ALLOW, allow).build());
    }

    static String normalize(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private List<Route> routes() {
        List<Route> r = routes;
        if (r == null) {
            r = read();
            routes = r;
        }
        return r;
    }

    private static List<Route> read() {
        List<Route> found = new ArrayList<>();
        for (Bean<?> bean : Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            jakarta.ws.rs.Path base = type.getAnnotation(jakarta.ws.rs.Path.class);
            if (base == null) {
                continue;
            }
            for (Method m : type.getMethods()) {
                String method = httpMethod(m);
                if (method == null) {
                    continue;
                }
                jakarta.ws.rs.Path sub = m.getAnnotation(jakarta.ws.rs.Path.class);
                String template = join(base.value(), sub == null ? "" : sub.value());
                Route existing = found.stream().filter(x -> x.template().equals(template)).findFirst().orElse(null);
                if (existing == null) {
                    existing = route(template);
                    found.add(existing);
                }
                existing.methods().add(method);
            }
        }
        return List.copyOf(found);
    }

    private static String httpMethod(Method m) {
        for (Annotation a : m.getAnnotations()) {
            HttpMethod h = a.annotationType().getAnnotation(HttpMethod.class);
            if (h != null) {
                return h.value();
            }
        }
        return null;
    }

    private static String join(String base, String sub) {
        String path = ("/" + base + "/" + sub).replaceAll("/+", "/");
        return normalize(path);
    }

    private static Route route(String template) {
        StringBuilder regex = new StringBuilder();
        int literals = 0;
        for (String part : template.split("(?=\\{)|(?<=\\})")) {
            if (part.startsWith("{")) {
                regex.append("[^/]+");
            } else {
                regex.append(Pattern.quote(part));
                literals += part.length();
            }
        }
        return new Route(template, Pattern.compile(regex + "/?"), literals, new TreeSet<>());
    }
}
