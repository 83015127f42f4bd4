package com.cagekeeper.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** Bearer tokens for tests, signed with the development key the test profile trusts. */
public final class Tokens {

    private static final String PRIVATE_KEY = read("dev-keys/privateKey.pem");

    private Tokens() {
    }

    /** A provider-side token: operations, security, billing or auditor. */
    public static String of(String role) {
        return mint("test." + role, role, null, 3600);
    }

    /** A customer token acting for one customer. */
    public static String customer(String customerId) {
        return mint("test.customer." + customerId, "customer", customerId, 3600);
    }

    public static String mint(String subject, String role, String customerId, long ttlSeconds) {
        try {
            return DevToken.mint(PRIVATE_KEY, subject, role, customerId, Instant.now(), ttlSeconds);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(String resource) {
        try (InputStream in = Tokens.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
