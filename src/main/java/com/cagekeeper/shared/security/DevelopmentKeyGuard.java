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

import com.cagekeeper.shared.domain.AccessSettings;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;

/**
 * Refuses to start a production service that trusts the development key pair, whose
 * private half is public in this repository (anyone could mint any token), or that keys
 * identity-document hashes with the public development value or a short secret (anyone
 * could test guessed document numbers against the stored hashes).
 */
@Singleton
public class DevelopmentKeyGuard {

    static final String DEV_KEY_RESOURCE = "dev-keys/publicKey.pem";

    /** The shortest identity key production accepts: 32 characters, as from {@code openssl rand -base64 32} (44). */
    static final int MIN_IDENTITY_KEY_LENGTH = 32;

    void onStart(@Observes StartupEvent event,
            @ConfigProperty(name = "mp.jwt.verify.publickey.location") Optional<String> location,
            @ConfigProperty(name = "mp.jwt.verify.publickey") Optional<String> inline,
            AccessSettings access) {
        if (LaunchMode.current() == LaunchMode.NORMAL) {
            try {
                check(location, inline);
                checkIdentityKey(access.identityKey());
            } catch (IllegalStateException refused) {
                // Console logging is asynchronous and the process exits at once: the reason is
                // written to standard error first, so the operator always sees why it stopped.
                System.err.println(refused.getMessage());
                System.err.flush();
                throw refused;
            }
        }
    }

    /** Throws when the identity-document key is the development value, empty, or shorter than 32 characters. */
    static void checkIdentityKey(String key) {
        String advice = "; set ACCESS_IDENTITY_KEY to a secret of your own of at least " + MIN_IDENTITY_KEY_LENGTH
                + " characters (for example from `openssl rand -base64 32`) and keep it:"
                + " changing it later makes stored identity documents unmatchable";
        if (AccessSettings.DEVELOPMENT_IDENTITY_KEY.equals(key)) {
            throw new IllegalStateException("Refusing to start: access.identity-key is the development value" + advice);
        }
        int length = key == null ? 0 : key.strip().length();
        if (length < MIN_IDENTITY_KEY_LENGTH) {
            throw new IllegalStateException(
                    "Refusing to start: access.identity-key has " + length + " characters" + advice);
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
