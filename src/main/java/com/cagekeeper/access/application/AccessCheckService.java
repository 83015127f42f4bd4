package com.cagekeeper.access.application;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.cagekeeper.access.domain.AccessDecision;
import com.cagekeeper.access.domain.AccessEventWriter;
import com.cagekeeper.access.domain.AccessFacts;
import com.cagekeeper.access.domain.AccessFactsReader;
import com.cagekeeper.access.domain.AccessRules;
import com.cagekeeper.access.domain.Direction;
import com.cagekeeper.shared.domain.AccessSettings;
import com.cagekeeper.shared.domain.Actor;
import com.cagekeeper.shared.domain.Ids;
import com.cagekeeper.shared.security.CurrentActor;

/**
 * The access check at the door (rules 1-12): one query for the facts, every policy, and
 * the access event written in the same transaction. Any failure to read or record is an
 * error (503 when the database is unreachable), never a grant.
 */
@ApplicationScoped
public class AccessCheckService {

    @Inject
    Clock clock;
    @Inject
    CurrentActor current;
    @Inject
    AccessFactsReader facts;
    @Inject
    AccessEventWriter events;
    @Inject
    DataSource dataSource;

    private final AccessRules rules;
    private final int lapseDays;

    @Inject
    public AccessCheckService(AccessSettings settings) {
        this.lapseDays = settings.inactivityLapseDays();
        this.rules = new AccessRules(settings.inactivityLapseDays(), settings.removalWindowDays());
    }

    /** A question asked at the door. */
    public record Question(String personId, String spaceId, String visitId, Instant at, Direction direction) {
    }

    /**
     * Decides and records the access event. The hot path talks to the database in two round
     * trips on one connection: one query reads every fact (a single consistent snapshot), then
     * the event and the last entry are written in one transaction. The answer is returned only
     * after that transaction commits.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public AccessCheckView check(Question q) throws SQLException {
        Instant now = clock.instant();
        Instant at = q.at() == null ? now : q.at();
        String actor = current.actor().subject();
        try (Connection c = dataSource.getConnection()) {
            AccessFacts f = facts.read(c, q.personId(), q.spaceId(), q.visitId(), at, lapseDays);
            AccessDecision decision = rules.decide(f, at, q.direction());
            String eventId = Ids.newId(clock);
            events.write(c, new AccessEventWriter.Event(eventId, at, now, actor, q.personId(), f.kind(),
                    f.kind() == AccessFacts.Kind.VISITOR ? f.visit().id() : null, q.spaceId(), f.facilityId(),
                    f.actingCustomerId(), f.spaceCustomerId(), q.direction(), decision));
            return view(decision, at, eventId);
        }
    }

    /**
     * Evaluates the same rules at any instant, past or future, without recording anything:
     * what a notice, an expiry or a revocation will change. A customer sees only its own people and spaces.
     */
    @Transactional
    public AccessCheckView preview(Question q) throws SQLException {
        Instant at = q.at() == null ? clock.instant() : q.at();
        Actor actor = current.actor();
        AccessFacts f = facts.read(q.personId(), q.spaceId(), q.visitId(), at, lapseDays);
        if (actor.tenant().isPresent()) {
            f = f.seenBy(actor.tenant().get());
        }
        return view(rules.decide(f, at, q.direction()), at, null);
    }

    private static AccessCheckView view(AccessDecision d, Instant at, String eventId) {
        return new AccessCheckView(d.decision(),
                d.reasons().stream().map(r -> new AccessCheckView.ReasonView(r.code(), r.clause(), r.message()))
                        .toList(),
                d.validUntil(), d.escortRequired(), at, eventId);
    }
}
