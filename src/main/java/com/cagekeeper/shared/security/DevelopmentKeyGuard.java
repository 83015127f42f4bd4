package com.cagekeeper.shared.security;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.jboss.logging.Logger;

import com.cagekeeper.shared.domain.AccessSettings;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;

/**
 * Refuses to start a production service that trusts the development key pair, whose
 * private half is public in this repository: anyone could mint any token.
 */
@Singleton
public class DevelopmentKeyGuard {

    private static final Logger LOG = Logger.getLogger(DevelopmentKeyGuard.class);

    static final String DEV_KEY_RESOURCE = "dev-keys/publicKey.pem";

    void onStart(@Observes StartupEvent event,
            @ConfigProperty(name = "mp.jwt.verify.publickey.location") Optional<String> location,
            @ConfigProperty(name = "mp.jwt.verify.publickey") Optional<String> inline,
            AccessSettings access) {
        if (LaunchMode.current() == LaunchMode.NORMAL) {
            check(location, inline);
            if (AccessSettings.DEVELOPMENT_IDENTITY_KEY.equals(access.identityKey())) {
                LOG.warn("access.identity-key is the development value: set ACCESS_IDENTITY_KEY to a secret of your own"
                        + " before storing real identity documents (changing it later makes stored documents unmatchable)");
            }
        }
    }

    /** Throws when no verification key is configured or when it is the development key. */
    static void check(Optional<String> location, Optional<String> inline) {
        String devKey = normalize(readResource(DEV_KEY_RESOURCE));
        if (location.isEmpty() && inline.isEmpty()) {
            throw new IllegalStateException(
                    "No JWT verification key: set MP_JWT_VERIFY_PUBLICKEY_LOCATION to the issuer's public key");
        }
        String configured = inline.orElseGet(() -> read(location.get()));
        if (devKey.equals(normalize(configured))) {
            throw new IllegalStateException(
                    "Refusing to start: the configured JWT verification key is the development key");
        }
    }

    static String normalize(String pem) {
        return pem == null ? "" : pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    }

    private static String read(String location) {
        try {
            if (location.startsWith("classpath:")) {
                return readResource(location.substring("classpath:".length()));
            }
            if (location.startsWith("file:")) {
                return Files.readString(Path.of(URI.create(location)));
            }
            if (location.startsWith("http:") || location.startsWith("https:")) {
                return ""; // a remote key set is never the bundled development key
            }
            Path path = Path.of(location);
            return Files.exists(path) ? Files.readString(path) : readResource(location);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the JWT verification key at " + location, e);
        }
    }

    private static String readResource(String name) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
