package com.cagekeeper.presence.domain;

/** Who passed a door: an approved person of a customer, a visitor named on a visit, or neither. */
public enum PersonKind {
    PERSON, VISITOR,
    /** A kind this version does not know; still shown, since nobody may be left off a roll call. */
    UNKNOWN;

    public static PersonKind named(String value) {
        for (PersonKind k : values()) {
            if (k.name().equals(value)) {
                return k;
            }
        }
        return UNKNOWN;
    }
}
