package com.cagekeeper.access.application;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.cagekeeper.access.domain.AccessEvent;
import com.cagekeeper.access.domain.Decision;
import com.cagekeeper.shared.domain.Actor;
import com.cagekeeper.shared.domain.Page;
import com.cagekeeper.shared.domain.PageRequest;
import com.cagekeeper.shared.persistence.Where;
import com.cagekeeper.shared.security.CurrentActor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads the recorded checks; a customer sees only events about its own people and spaces. */
@ApplicationScoped
public class AccessEventService {

    private static final TypeReference<List<AccessCheckView.ReasonView>> REASONS = new TypeReference<>() {
    };

    @Inject
    CurrentActor current;
    @Inject
    ObjectMapper json;

    /** The filters of the event list. */
    public record Filter(String facilityId, String spaceId, String personId, String customerId, Decision decision,
            Instant from, Instant to) {
    }

    @Transactional
    public Page<AccessEventView> list(Filter f, PageRequest page) {
        Actor actor = current.actor();
        Where where = new Where().eq("e.facilityId", f.facilityId()).eq("e.spaceId", f.spaceId())
                .eq("e.personId", f.personId()).eq("e.decision", f.decision()).cmp("e.at", ">=", f.from())
                .cmp("e.at", "<", f.to())
                .when(f.customerId(), "(e.customerId = :customer or e.spaceCustomerId = :customer)", "customer");
        if (actor.tenant().isPresent()) {
            String t = actor.tenant().get();
            if (f.customerId() != null && !f.customerId().equals(t)) {
                return new Page<>(List.of(), null);
            }
            where.when(t, "(e.customerId = :tenant or e.spaceCustomerId = :tenant)", "tenant");
            // A filter never reaches past the lens: by person, only the customer's own people's
            // events; by space or facility, only those at its own spaces. Otherwise the filter
            // would tell what the lens hides (whose person it was, where another's space is).
            where.when(f.personId() == null ? null : t, "e.customerId = :ownPeople", "ownPeople");
            where.when(f.spaceId() == null && f.facilityId() == null ? null : t, "e.spaceCustomerId = :ownSpaces",
                    "ownSpaces");
        }
        return where.page(AccessEvent.class, page, e -> CustomerLens.event(actor, view(e)));
    }

    /**
     * The last recorded checks at a facility, newest first, for the security desk. Provider staff
     * only: a customer's view of events goes through {@link #list}, where the lens applies.
     */
    @Transactional
    public List<AccessEventView> latestAt(String facilityId, int limit) {
        Actor actor = current.actor();
        if (actor.tenant().isPresent()) {
            return List.of();
        }
        return AccessEvent.<AccessEvent>find("facilityId = ?1 order by id desc", facilityId).range(0, limit - 1)
                .list().stream().map(e -> CustomerLens.event(actor, view(e))).toList();
    }

    private AccessEventView view(AccessEvent e) {
        try {
            return new AccessEventView(e.id, e.at, e.checkedAt, e.actorSubject, e.personId, e.personKind, e.visitId,
                    e.spaceId, e.facilityId, e.customerId, e.spaceCustomerId, e.direction, e.decision,
                    json.readValue(e.reasonsJson, REASONS), e.validUntil, e.escortRequired);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
