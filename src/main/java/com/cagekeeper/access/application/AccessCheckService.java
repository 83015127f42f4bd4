package com.cagekeeper.access.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.cagekeeper.access.domain.AccessDecision;
import com.cagekeeper.access.domain.AccessFacts;
import com.cagekeeper.access.domain.AccessLedger;
import com.cagekeeper.access.domain.AccessRules;
import com.cagekeeper.access.domain.Direction;
import com.cagekeeper.access.domain.RecordedCheck;
import com.cagekeeper.shared.domain.AccessSettings;
import com.cagekeeper.shared.domain.EndOfTermSettings;
import com.cagekeeper.shared.domain.Ids;
import com.cagekeeper.shared.domain.RuleViolation;
import com.cagekeeper.shared.security.CurrentActor;

/**
 * The access check at the door (rules 1-12): the facts, every policy, and the access event.
 * A recorded check decides at the service's clock, never at a time the client names. Any
 * failure to read or record is an error (503 when the database is unreachable), never a grant.
 */
@ApplicationScoped
public class AccessCheckService {

    /** How often a check decides again when the person changed between reading and recording. */
    private static final int ATTEMPTS = 3;

    @Inject
    Clock clock;
    @Inject
    CurrentActor current;
    @Inject
    AccessLedger ledger;

    private final AccessRules rules;
    private final int lapseDays;
    private final Duration clockSkew;

    @Inject
    public AccessCheckService(AccessSettings settings, EndOfTermSettings endOfTerm) {
        this.lapseDays = settings.inactivityLapseDays();
        this.clockSkew = settings.clockSkew();
        this.rules = new AccessRules(settings.inactivityLapseDays(), endOfTerm.removalWindowDays());
    }

    /** A question asked at the door. */
    public record Question(String personId, String spaceId, String visitId, Instant at, Direction direction) {

        /** An entry (IN) at the service's clock, as the security desk asks it. */
        public static Question entry(String personId, String spaceId) {
            return new Question(personId, spaceId, null, null, Direction.IN);
        }

        /** An exit (OUT) at the service's clock, as the security desk asks it. */
        public static Question exit(String personId, String spaceId) {
            return new Question(personId, spaceId, null, null, Direction.OUT);
        }
    }

    /**
     * Decides now and records the access event; the answer is returned only after the event
     * is committed. The door's {@code at} may only differ from the service's clock by the
     * configured skew (422 beyond it: another instant is what the preview is for). When a
     * revocation, removal or lapse commits between reading the facts and recording a grant,
     * the entry is not recorded and the check decides again on fresh facts.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public AccessCheckView check(Question q) {
        Instant now = clock.instant();
        if (q.at() != null && Duration.between(q.at(), now).abs().compareTo(clockSkew) > 0) {
            throw RuleViolation.unprocessable("AT_OUTSIDE_CLOCK_SKEW", null, "A recorded check decides at the"
                    + " service's clock (" + now + "); 'at' may differ from it by at most " + clockSkew
                    + " (access.clock-skew). To ask about another instant, use POST /api/v1/access-checks/preview.");
        }
        String actor = current.actor().subject();
        for (int attempt = 1;; attempt++) {
            AccessFacts f = ledger.facts(q.personId(), q.spaceId(), q.visitId(), now, lapseDays);
            AccessDecision decision = rules.decide(f, now, q.direction());
            RecordedCheck check = new RecordedCheck(Ids.newId(clock), now, actor, q.personId(), f.kind(),
                    f.kind() == AccessFacts.Kind.VISITOR ? f.visit().id() : null, q.spaceId(), f.facilityId(),
                    f.actingCustomerId(), f.spaceCustomerId(), q.direction(), decision);
            if (ledger.record(check)) {
                return view(decision, now, check.id());
            }
            if (attempt == ATTEMPTS) {
                throw RuleViolation.conflict("CONCURRENT_UPDATE", null,
                        "The person's access changed while the check was recorded; check again.");
            }
        }
    }

    /**
     * Evaluates the same rules at any instant, past or future, without recording anything:
     * what a notice, an expiry or a revocation will change. A customer sees its own side only
     * ({@link CustomerLens}).
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public AccessCheckView preview(Question q) {
        Instant at = q.at() == null ? clock.instant() : q.at();
        AccessFacts f = ledger.facts(q.personId(), q.spaceId(), q.visitId(), at, lapseDays);
        return CustomerLens.decision(current.actor(), f, q.direction(),
                view(rules.decide(f, at, q.direction()), at, null));
    }

    private static AccessCheckView view(AccessDecision d, Instant at, String eventId) {
        return new AccessCheckView(d.decision(),
                d.reasons().stream().map(r -> new AccessCheckView.ReasonView(r.code(), r.clause(), r.message()))
                        .toList(),
                d.validUntil(), d.escortRequired(), at, eventId);
    }
}
