package com.cagekeeper.shared.persistence;

import java.util.function.Function;

import jakarta.persistence.LockModeType;

import com.cagekeeper.shared.domain.Actor;
import com.cagekeeper.shared.domain.Ids;
import com.cagekeeper.shared.domain.NotFound;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Reads an object that belongs to a customer, by the id a client sent: a malformed id, an
 * absent object and another customer's object all answer the same 404, so a customer learns
 * nothing of ids that are not its own. Written once for every feature.
 */
public final class CustomerOwned {

    private CustomerOwned() {
    }

    /** The object, locked as asked ({@link LockModeType#NONE} for a plain read), or 404. */
    public static <E> E find(Class<E> type, String objectType, String id, LockModeType lock,
            Function<E, String> customerOf, Actor actor) {
        E e = Ids.isWellFormed(id) ? Panache.getEntityManager(type).find(type, Ids.canonical(id), lock) : null;
        if (e == null || !actor.maySee(customerOf.apply(e))) {
            throw new NotFound(objectType, id);
        }
        return e;
    }
}
