package com.cagekeeper.shared.domain;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * A keyset page request: at most {@code limit} items whose id comes after {@code after}.
 * Ids are time-ordered, so pages follow creation order, and page 1,000 costs what page 1 costs.
 */
public record PageRequest(int limit, String after) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;
    /** A cursor is the base64url text of an id, as {@link #encode} writes it. */
    public static final String CURSOR_PATTERN = "^[A-Za-z0-9_-]{48}$";

    /** Reads {@code ?limit=} and the opaque {@code ?cursor=}; a bad value is a 400 naming the parameter. */
    public static PageRequest of(Integer limit, String cursor) {
        int l = limit == null ? DEFAULT_LIMIT : limit;
        if (l < 1 || l > MAX_LIMIT) {
            throw new InvalidInput("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return new PageRequest(l, cursor == null || cursor.isBlank() ? null : decode(cursor));
    }

    public static String encode(String lastId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(lastId.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String cursor) {
        try {
            String id = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (Ids.isWellFormed(id)) {
                return id;
            }
        } catch (IllegalArgumentException e) {
            // falls through to the 400 below
        }
        throw new InvalidInput("cursor", "is not a cursor this API returned");
    }

    /** Cuts a result fetched with {@code limit + 1} rows into a page and the cursor of the next one. */
    public <E, V> Page<V> toPage(List<E> rows, Function<E, String> idOf, Function<E, V> view) {
        boolean more = rows.size() > limit;
        List<E> kept = more ? rows.subList(0, limit) : rows;
        String next = more ? encode(idOf.apply(kept.get(kept.size() - 1))) : null;
        return new Page<>(kept.stream().map(view).toList(), next);
    }
}
