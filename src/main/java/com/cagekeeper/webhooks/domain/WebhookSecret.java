package com.cagekeeper.webhooks.domain;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import com.cagekeeper.shared.domain.Rejection;

/**
 * A signing secret in the Standard Webhooks form: {@code whsec_} and the base64 of 24 to 64
 * random bytes. The bytes, not the text, are the HMAC key.
 */
public final class WebhookSecret {

    public static final String PREFIX = "whsec_";
    public static final int MIN_BYTES = 24;
    public static final int MAX_BYTES = 64;
    static final int GENERATED_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSecret() {
    }

    /** A new secret of 32 random bytes. */
    public static String generate() {
        byte[] key = new byte[GENERATED_BYTES];
        RANDOM.nextBytes(key);
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** The HMAC key of a secret, or empty when it is not one. */
    public static Optional<byte[]> key(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        try {
            byte[] key = Base64.getDecoder().decode(secret.substring(PREFIX.length()));
            return key.length >= MIN_BYTES && key.length <= MAX_BYTES ? Optional.of(key) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A secret a client chose must be one in the Standard Webhooks form. */
    public static Optional<Rejection> refusal(String secret) {
        return key(secret).isPresent() ? Optional.empty()
                : Optional.of(new Rejection("WEBHOOK_SECRET_INVALID", null, "A secret is whsec_ followed by the "
                        + "base64 of " + MIN_BYTES + " to " + MAX_BYTES + " random bytes; leave it out to have one generated.")
                        .at("secret"));
    }
}
