package com.cagekeeper.presence.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import com.cagekeeper.audit.application.AuditTrail;
import com.cagekeeper.facility.application.FacilityService;
import com.cagekeeper.presence.domain.Muster;
import com.cagekeeper.presence.domain.MusterRoll;
import com.cagekeeper.presence.domain.Passage;
import com.cagekeeper.presence.domain.PresenceLedger;
import com.cagekeeper.shared.domain.Actor;
import com.cagekeeper.shared.domain.Ids;
import com.cagekeeper.shared.domain.NotFound;
import com.cagekeeper.shared.domain.Page;
import com.cagekeeper.shared.domain.PageRequest;
import com.cagekeeper.shared.domain.RuleViolation;
import com.cagekeeper.shared.domain.StaleVersion;
import com.cagekeeper.shared.security.CurrentActor;

/**
 * Rule 31a, BCP: who is inside a facility, derived from the recorded entries and exits, and
 * the roll call of an evacuation (a muster). Each change is one transaction with its audit
 * record. Presence is only read: the access check writes nothing for it.
 */
@ApplicationScoped
public class PresenceService {

    static final String TYPE = "Muster";
    /** A roll is frozen whole: everyone inside is on it, however many. */
    static final int EVERYONE = Integer.MAX_VALUE - 1;

    @Inject
    Clock clock;
    @Inject
    CurrentActor current;
    @Inject
    AuditTrail audit;
    @Inject
    FacilityService facilities;
    @Inject
    PresenceLedger ledger;

    /**
     * The people and visitors inside the facility now, by person id; while a muster is open,
     * each with whether it is accounted for. Provider staff see everyone; a customer only its
     * own people and the visitors of its own visits.
     */
    @Transactional
    public Page<PresenceEntryView> inside(String facilityId, PageRequest page) {
        String facility = requireFacility(facilityId);
        List<Passage> rows = ledger.inside(facility, visibleCustomer(current.actor()),
                page.after(), page.limit() + 1);
        Muster open = Muster.openAt(facility);
        return page.toPage(rows, Passage::personId,
                p -> PresenceEntryView.of(p, open));
    }

    /**
     * The one place presence is cut to what the actor may see: a customer token sees the people
     * and visitors of its own customer (the customer the access event names for the person or
     * visit), provider staff everyone (null).
     */
    private static String visibleCustomer(Actor actor) {
        return actor.tenant().orElse(null);
    }

    /** BCP: starts the roll call of a facility, freezing who is inside now into its roll; one open at a time (409). */
    @Transactional
    public MusterView start(String facilityId, String reason) {
        String facility = requireFacility(facilityId);
        RuleViolation.conflictIf(Muster.startRefusal(Muster.openAt(facility)));
        Actor actor = current.actor();
        Muster m = Muster.start(Ids.newId(clock), clock.instant(), facility, reason, actor.subject(),
                ledger.inside(facility, null, null, EVERYONE));
        m.persist();
        MusterView after = view(m);
        audit.record(actor, TYPE, m.id, "MUSTER_STARTED", reason, null, after);
        return after;
    }

    /**
     * BCP: marks a person or visitor on the roll accounted for at the muster point. Marking
     * again changes nothing and answers the same; someone not on the roll is a 422, a closed
     * muster a 409.
     */
    @Transactional
    public MusterView account(String id, String personId, String location, String note) {
        Muster m = load(id, LockModeType.PESSIMISTIC_WRITE);
        RuleViolation.conflictIf(m.changeRefusal());
        Instant now = clock.instant();
        List<MusterRoll.Line> lines = m.lines(ledger.passages(m.facilityId, m.startedAt, now));
        RuleViolation.unprocessableIf(MusterRoll.accountRefusal(lines, personId));
        String person = lines.stream().map(l -> l.entry().personId()).filter(p -> p.equalsIgnoreCase(personId))
                .findFirst().orElseThrow();
        Actor actor = current.actor();
        if (m.account(person, now, actor.subject(), location, note)) {
            audit.change(actor, TYPE, m.id, "PERSON_ACCOUNTED_FOR", person + " at " + location, null,
                    () -> view(m).roll().stream().filter(l -> l.personId().equals(person)).findFirst()
                            .orElseThrow());
        }
        return view(m);
    }

    /** BCP: closes the roll call; the roll stays readable as it stood at the close. */
    @Transactional
    public MusterView close(String id, Long expectedVersion, String note) {
        Muster m = load(id, LockModeType.PESSIMISTIC_WRITE);
        StaleVersion.check(expectedVersion, m.version);
        RuleViolation.conflictIf(m.changeRefusal());
        MusterView before = view(m);
        m.close(current.actor().subject(), note, clock.instant());
        return audit.change(current.actor(), TYPE, m.id, "MUSTER_CLOSED", note, before, () -> view(m));
    }

    @Transactional
    public MusterView get(String id) {
        return view(load(id, LockModeType.NONE));
    }

    private MusterView view(Muster m) {
        return MusterView.of(m, m.lines(ledger.passages(m.facilityId, m.startedAt, m.until(clock.instant()))));
    }

    private Muster load(String id, LockModeType lock) {
        Muster m = Ids.isWellFormed(id) ? Muster.findById(Ids.canonical(id), lock) : null;
        if (m == null) {
            throw new NotFound(TYPE, id);
        }
        return m;
    }

    private String requireFacility(String facilityId) {
        if (!facilities.exists(facilityId)) {
            throw new NotFound("Facility", facilityId);
        }
        return Ids.canonical(facilityId);
    }
}
