package com.cagekeeper.desk.domain;

import java.util.Locale;
import java.util.Optional;

import com.cagekeeper.shared.domain.IdentityDocument;
import com.cagekeeper.shared.domain.Ids;

/**
 * What a guard typed in the desk's lookup field, and how it is read: with a document type chosen,
 * a document number (matched through its keyed hash, never shown back in full); otherwise a
 * well-formed id is an id (a person or a visitor), and anything else a part of a name.
 */
public record Lookup(Kind kind, String text, IdentityDocument.Type documentType) {

    /** A name fragment shorter than this would list half the facility. */
    public static final int MIN_NAME_LENGTH = 2;
    /** Longer input is not a name, an id or a document number. */
    public static final int MAX_LENGTH = 120;

    /** How the text is matched. */
    public enum Kind {
        NONE, ID, DOCUMENT, NAME
    }

    /**
     * Reads the lookup; blank text is {@code NONE}. An unknown document type is ignored (the text
     * is then read as an id or a name), so a stale form never errs.
     */
    public static Lookup of(String text, String documentType) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return new Lookup(Kind.NONE, "", null);
        }
        Optional<IdentityDocument.Type> type = documentType(documentType);
        if (type.isPresent()) {
            return new Lookup(Kind.DOCUMENT, t, type.get());
        }
        if (Ids.isWellFormed(t.toLowerCase(Locale.ROOT))) {
            return new Lookup(Kind.ID, t.toLowerCase(Locale.ROOT), null);
        }
        return new Lookup(Kind.NAME, t, null);
    }

    /** Why the lookup cannot be run as typed, in a sentence a guard can act on; empty when it can. */
    public Optional<String> refusal() {
        if (text.length() > MAX_LENGTH) {
            return Optional.of("That is too long for a name, an id or a document number (at most " + MAX_LENGTH
                    + " characters).");
        }
        if (kind == Kind.NAME && text.length() < MIN_NAME_LENGTH) {
            return Optional.of("Type at least " + MIN_NAME_LENGTH + " characters of the name.");
        }
        return Optional.empty();
    }

    /** The text as it may be shown back on the page: a document number only by its last characters. */
    public String shown() {
        return kind == Kind.DOCUMENT ? masked(text) : text;
    }

    /**
     * A document number as the desk shows it: a fixed four stars (so not even its length shows),
     * then its last four characters, or two of a short one, or none of a very short one.
     */
    public static String masked(String number) {
        String n = number == null ? "" : number.strip();
        int keep = n.length() >= 8 ? 4 : n.length() >= 4 ? 2 : 0;
        return "****" + n.substring(n.length() - keep);
    }

    private static Optional<IdentityDocument.Type> documentType(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        for (IdentityDocument.Type t : IdentityDocument.Type.values()) {
            if (t.name().equals(name)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
