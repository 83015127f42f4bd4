package com.cagekeeper.shared.domain;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An identity document as the provider keeps it (§3.2, "identified to" the provider): its
 * type, a keyed hash of its number, for matching at the door, and the last four characters
 * for people to read. The number itself is never stored or shown.
 */
public record IdentityDocument(Type type, String hash, String last4) {

    /** Kinds of identity document accepted at the door. */
    @Schema(name = "IdentityDocumentType")
    public enum Type {
        PASSPORT, DRIVERS_LICENSE, NATIONAL_ID, RESIDENCE_PERMIT, EMPLOYEE_BADGE
    }

    /** Keys the hash with a secret, so a stolen table does not give the numbers away by brute force. */
    public static IdentityDocument of(Type type, String number, String secret) {
        String normalized = normalize(number);
        String last4 = normalized.length() <= 4 ? normalized : normalized.substring(normalized.length() - 4);
        return new IdentityDocument(type, hash(type, normalized, secret), last4);
    }

    /** The hash a door lookup compares with. */
    public static String hash(Type type, String number, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((type.name() + ":" + normalize(number)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The hash to look a document up by, from a type and number given together (a 400 naming
     * the missing one otherwise), or null when neither is given.
     */
    public static String lookupHash(Type type, String number, String secret) {
        if ((type == null) != (number == null)) {
            throw new InvalidInput(type == null ? "idDocumentType" : "idDocumentNumber",
                    "must be given together with " + (type == null ? "idDocumentNumber" : "idDocumentType"));
        }
        return type == null ? null : hash(type, number, secret);
    }

    /** Spaces and dashes do not count: "AB 123-456" and "ab123456" are the same document. */
    static String normalize(String number) {
        return number.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    /** A number as shown: only its last four characters. */
    public static String masked(String last4) {
        return "****" + last4;
    }
}
