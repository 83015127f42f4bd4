package com.cagekeeper.access.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads states as stored (text columns) into the enums the rules know. A value this version
 * does not know is kept as unrecognized, so the decision denies with a reason instead of
 * treating it as harmless (fail closed); each such value is logged once per process.
 */
public final class RecordedStates {

    private static final System.Logger LOG = System.getLogger(RecordedStates.class.getName());
    private static final Set<String> LOGGED = ConcurrentHashMap.newKeySet();

    private final List<String> unrecognizedPerson = new ArrayList<>();
    private final List<String> unrecognizedSpace = new ArrayList<>();

    /** A state of the person, visit or escort; null stays null (absent). */
    public <E extends Enum<E>> E person(Class<E> type, String what, String stored) {
        return parse(type, what, stored, unrecognizedPerson);
    }

    /** A state of the space, its order or its facility; null stays null (absent). */
    public <E extends Enum<E>> E space(Class<E> type, String what, String stored) {
        return parse(type, what, stored, unrecognizedSpace);
    }

    /** A fact of the space's side that could not be read at all (a facility time zone that is not an IANA name). */
    public void unreadableSpaceFact(String what, String stored) {
        note(what + " " + stored, unrecognizedSpace);
    }

    public List<String> unrecognizedPerson() {
        return List.copyOf(unrecognizedPerson);
    }

    public List<String> unrecognizedSpace() {
        return List.copyOf(unrecognizedSpace);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String what, String stored, List<String> unrecognized) {
        if (stored == null) {
            return null;
        }
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(stored)) {
                return value;
            }
        }
        note(what + " " + stored, unrecognized);
        return null;
    }

    private static void note(String described, List<String> unrecognized) {
        unrecognized.add(described);
        if (LOGGED.add(described)) {
            LOG.log(System.Logger.Level.WARNING, "Unrecognized stored state, access denied while it stands: {0}",
                    described);
        }
    }
}
