package com.cagekeeper.shared.api;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.cagekeeper.shared.domain.InvalidInput;
import com.cagekeeper.shared.domain.RuleViolation;
import com.cagekeeper.shared.domain.Versioned;
import com.cagekeeper.shared.persistence.IdempotencyStore;
import com.cagekeeper.shared.security.CurrentActor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Runs a creation and answers 201 with Location and ETag. With an {@code Idempotency-Key},
 * the key is claimed in the same transaction as the creation: the same key and body within
 * 24 hours replays the first result; the same key with another body is a 422.
 */
@ApplicationScoped
public class Creations {

    public static final String HEADER = "Idempotency-Key";
    public static final int MAX_KEY_LENGTH = 200;
    static final Duration WINDOW = Duration.ofHours(24);

    @Inject
    IdempotencyStore store;
    @Inject
    ObjectMapper json;
    @Inject
    Clock clock;
    @Inject
    CurrentActor current;
    @Inject
    HttpHeaders headers;

    @Transactional
    public <V extends Versioned> Response create(String key, UriInfo uri, Object request, Supplier<V> creation) {
        return create(key, uri.getAbsolutePath(), uri, request, creation);
    }

    /** As above, for a creation whose resource lives in another collection than the request path. */
    @Transactional
    public <V extends Versioned> Response create(String key, URI collection, UriInfo uri, Object request,
            Supplier<V> creation) {
        if (key == null && headers.getRequestHeaders().containsKey(HEADER)) {
            key = ""; // sent empty, which JAX-RS reads as absent: a client bug, not a request without a key
        }
        if (key == null) {
            return created(collection, creation.get());
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw new InvalidInput(HEADER, "must be 1 to " + MAX_KEY_LENGTH + " characters, not all blank");
        }
        String actor = current.actor().subject();
        String scope = "POST " + uri.getPath();
        String hash = sha256(write(request));
        Instant now = clock.instant();
        if (store.claim(actor, scope, key, hash, now, now.minus(WINDOW))) {
            V view = creation.get();
            Response response = created(collection, view);
            store.complete(actor, scope, key, 201, response.getLocation().toString(), Long.toString(view.version()),
                    write(view));
            return response;
        }
        var stored = store.find(actor, scope, key)
                .orElseThrow(() -> new IllegalStateException("idempotency key vanished"));
        if (!stored.requestHash().equals(hash)) {
            throw RuleViolation.unprocessable("IDEMPOTENCY_KEY_REUSED", null,
                    "This Idempotency-Key was used in the last 24 hours with a different request body.");
        }
        return Response.status(stored.status()).location(URI.create(stored.location()))
                .tag(stored.etag()).type(MediaType.APPLICATION_JSON).entity(stored.body())
                .header("Idempotent-Replayed", "true").build();
    }

    private static <V extends Versioned> Response created(URI collection, V view) {
        URI location = jakarta.ws.rs.core.UriBuilder.fromUri(collection).path(view.id()).build();
        return Response.created(location).tag(ETags.of(view.version())).entity(view).build();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
