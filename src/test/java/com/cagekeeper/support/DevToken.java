package com.cagekeeper.support;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;

/**
 * Mints a development token signed with the development key (RS256). Runs on any JDK 17+
 * with no build: {@code java src/test/java/com/cagekeeper/support/DevToken.java operations}
 * or {@code ... DevToken.java customer <customer-id>}. Tests use the same code.
 * The development key is refused by the production profile.
 */
public final class DevToken {

    public static final String ISSUER = "https://cagekeeper.example/dev";
    static final Path KEY = Path.of("src/test/resources/dev-keys/privateKey.pem");
    /** Environment overrides, for the benchmark's own key pair: DEV_TOKEN_KEY (a PKCS#8 PEM path) and DEV_TOKEN_ISSUER. */
    static final String KEY_ENV = "DEV_TOKEN_KEY";
    static final String ISSUER_ENV = "DEV_TOKEN_ISSUER";

    private DevToken() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: java src/test/java/com/cagekeeper/support/DevToken.java"
                    + " <operations|security|billing|customer|auditor> [customer-id] [subject] [ttl-seconds]");
            System.exit(2);
        }
        String role = args[0];
        String customerId = args.length > 1 && !args[1].isBlank() ? args[1] : null;
        String subject = args.length > 2 ? args[2] : "dev." + role;
        long ttl = args.length > 3 ? Long.parseLong(args[3]) : 8 * 3600;
        String key = System.getenv(KEY_ENV) != null ? Files.readString(Path.of(System.getenv(KEY_ENV)))
                : Files.readString(KEY);
        String issuer = System.getenv(ISSUER_ENV) != null ? System.getenv(ISSUER_ENV) : ISSUER;
        System.out.println(mint(key, issuer, subject, role, customerId, Instant.now(), ttl));
    }

    /** A signed compact JWT with {@code sub}, {@code groups} and, when given, {@code customer_id}. */
    public static String mint(String privateKeyPem, String subject, String role, String customerId, Instant now,
            long ttlSeconds) throws Exception {
        return mint(privateKeyPem, ISSUER, subject, role, customerId, now, ttlSeconds);
    }

    public static String mint(String privateKeyPem, String issuer, String subject, String role, String customerId,
            Instant now, long ttlSeconds) throws Exception {
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
        StringBuilder claims = new StringBuilder()
                .append("{\"iss\":\"").append(issuer).append("\",")
                .append("\"sub\":\"").append(subject).append("\",")
                .append("\"upn\":\"").append(subject).append("\",")
                .append("\"groups\":[\"").append(role).append("\"],")
                .append("\"iat\":").append(now.getEpochSecond()).append(',')
                .append("\"exp\":").append(now.getEpochSecond() + ttlSeconds).append(',')
                .append("\"jti\":\"").append(java.util.UUID.randomUUID()).append('"');
        if (customerId != null) {
            claims.append(",\"customer_id\":\"").append(customerId).append('"');
        }
        claims.append('}');
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String signingInput = b64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8));
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(privateKey(privateKeyPem));
        signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + b64.encodeToString(signature.sign());
    }

    private static PrivateKey privateKey(String pem) throws Exception {
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }
}
