package com.cagekeeper.shared.api;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

import com.cagekeeper.shared.domain.InvalidInput;
import com.cagekeeper.shared.domain.Versioned;

/** Strong ETags carry the resource's version: {@code "3"}. */
public final class ETags {

    /** What If-Match may hold: {@code *}, or a version as a strong, weak or bare ETag. */
    public static final String PATTERN = "^(\\*|(W/)?\"[0-9]{1,18}\"|[0-9]{1,18})$";

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** A 200 with the representation and its ETag. */
    public static Response ok(Versioned body) {
        return Response.ok(body).tag(of(body.version())).build();
    }

    /**
     * The version an {@code If-Match} header asks for, or null when the write is unconditional
     * ({@code *} or no header).
     */
    public static Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return null;
        }
        String v = ifMatch.trim();
        if (!v.matches(PATTERN)) {
            throw new InvalidInput("If-Match", "must be an ETag this API returned, such as \"3\"");
        }
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
            v = v.substring(1, v.length() - 1);
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new InvalidInput("If-Match", "must be an ETag this API returned, such as \"3\"");
        }
    }
}
