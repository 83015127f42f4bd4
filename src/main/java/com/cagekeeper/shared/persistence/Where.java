package com.cagekeeper.shared.persistence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.TypedQuery;

import com.cagekeeper.shared.domain.Page;
import com.cagekeeper.shared.domain.PageRequest;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Builds the optional filters of a list query; absent filters add nothing. Every query
 * ends with the keyset condition on the id and reads one more row than the page holds,
 * to know whether a next page exists.
 */
public final class Where {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();

    public Where eq(String field, Object value) {
        return cmp(field, "=", value);
    }

    public Where cmp(String field, String op, Object value) {
        if (value != null) {
            String p = "p" + params.size();
            conditions.add(field + " " + op + " :" + p);
            params.put(p, value);
        }
        return this;
    }

    /** A condition with one named parameter {@code :param}, added when the value is present. */
    public Where when(Object value, String condition, String param) {
        if (value != null) {
            conditions.add(condition);
            params.put(param, value);
        }
        return this;
    }

    /** A fixed condition with no parameter. */
    public Where condition(String condition) {
        conditions.add(condition);
        return this;
    }

    public <E, V> Page<V> page(Class<E> type, PageRequest page, java.util.function.Function<E, V> view) {
        cmp("e.id", ">", page.after());
        String hql = "select e from " + type.getSimpleName() + " e"
                + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions)) + " order by e.id";
        var em = Panache.getEntityManager();
        var ids = em.getEntityManagerFactory().getPersistenceUnitUtil();
        TypedQuery<E> q = em.createQuery(hql, type);
        params.forEach(q::setParameter);
        q.setMaxResults(page.limit() + 1);
        return page.toPage(q.getResultList(), e -> (String) ids.getIdentifier(e), view);
    }
}
