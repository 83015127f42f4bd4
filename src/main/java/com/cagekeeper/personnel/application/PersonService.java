package com.cagekeeper.personnel.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.cagekeeper.shared.domain.AccessSettings;
import com.cagekeeper.audit.application.AuditTrail;
import com.cagekeeper.customer.application.CustomerService;
import com.cagekeeper.personnel.domain.InactivityLapse;
import com.cagekeeper.personnel.domain.Person;
import com.cagekeeper.personnel.domain.PersonState;
import com.cagekeeper.personnel.domain.RevocationReason;
import com.cagekeeper.shared.domain.Actor;
import com.cagekeeper.personnel.domain.EscortEligibility;
import com.cagekeeper.shared.domain.Rejection;
import com.cagekeeper.shared.domain.IdentityDocument;
import com.cagekeeper.shared.domain.Ids;
import com.cagekeeper.shared.domain.InvalidInput;
import com.cagekeeper.shared.domain.NotFound;
import com.cagekeeper.shared.domain.Page;
import com.cagekeeper.shared.domain.PageRequest;
import com.cagekeeper.shared.domain.RuleViolation;
import com.cagekeeper.shared.domain.StaleVersion;
import com.cagekeeper.shared.persistence.Where;
import com.cagekeeper.shared.security.CurrentActor;
import com.cagekeeper.space.application.SpaceService;

/**
 * A customer's access list (§3.2): the customer asks for people and removes them; the
 * provider approves in writing, revokes, and reinstates by a new approval.
 */
@ApplicationScoped
public class PersonService {

    static final String TYPE = "Person";

    @Inject
    Clock clock;
    @Inject
    CurrentActor current;
    @Inject
    AuditTrail audit;
    @Inject
    CustomerService customers;
    @Inject
    SpaceService spaces;
    @Inject
    AccessSettings settings;

    /** A request for a person, as the API received it. */
    public record Ask(String customerId, String name, String email, String employer,
            IdentityDocument.Type idDocumentType, String idDocumentNumber, boolean allSpaces, List<String> spaceIds,
            boolean mayEscort, boolean mayRemoveEquipment, Instant validFrom, Instant validUntil) {
    }

    /** The customer (or operations for it) asks for a person: REQUESTED, no access yet (§3.2). */
    @Transactional
    public PersonView request(Ask ask) {
        Actor actor = current.actor();
        String customerId = actor.actingFor(ask.customerId());
        if (!customers.visible(customerId)) {
            throw RuleViolation.unprocessable("CUSTOMER_UNKNOWN", null, "Customer " + customerId + " does not exist.");
        }
        List<String> spaceIds = ask.spaceIds() == null ? List.of() : ask.spaceIds();
        if (ask.allSpaces() == !spaceIds.isEmpty()) {
            throw new InvalidInput("spaceIds", "name the spaces the approval covers, or set allSpaces, not both");
        }
        requireWindow(ask.validFrom(), ask.validUntil());
        RuleViolation.unprocessableIf(Person.validityRefusal(ask.validUntil(), clock.instant()));
        // §3.1, §3.2: only the customer's own spaces; an unknown id and another customer's read the same
        RuleViolation.unprocessableIf(spaces.notLeasedRefusal(customerId, spaceIds));
        IdentityDocument document = IdentityDocument.of(ask.idDocumentType(), ask.idDocumentNumber(),
                settings.identityKey());
        List<Person> holders = Person.list("customerId = ?1 and idDocumentHash = ?2 and state in ?3", customerId,
                document.hash(), java.util.EnumSet.of(PersonState.REVOKED, PersonState.REQUESTED,
                        PersonState.APPROVED));
        RuleViolation.conflictIf(Person.requestRefusal(holders));
        Person p = Person.request(Ids.newId(clock), clock.instant(), customerId,
                new Person.Request(ask.name(), ask.email(), ask.employer(), document, ask.allSpaces(),
                        java.util.Set.copyOf(spaceIds), ask.mayEscort(), ask.mayRemoveEquipment(), ask.validFrom(),
                        ask.validUntil()),
                actor.subject());
        p.persist();
        // surfaces a concurrent listing of the same document here, as a conflict, not at commit
        Person.flush();
        PersonView after = PersonView.of(p);
        audit.record(actor, TYPE, p.id, "PERSON_REQUESTED", null, null, after);
        return after;
    }

    /**
     * §3.2: the provider approves in writing. The approval covers only spaces the customer
     * subleases now (422 otherwise); a revoked or lapsed person is reinstated this way.
     */
    @Transactional
    public PersonView approve(String id, Long expectedVersion, String reference, Instant validFrom,
            Instant validUntil) {
        Person p = load(id);
        StaleVersion.check(expectedVersion, p.version);
        RuleViolation.conflictIf(p.approvalRefusal());
        RuleViolation.conflictIf(p.listingRefusal(Person.list("customerId = ?1 and idDocumentHash = ?2 and id <> ?3",
                p.customerId, p.idDocumentHash, p.id)));
        if (!p.allSpaces) {
            RuleViolation.unprocessableIf(spaces.notLeasedRefusal(p.customerId, p.spaceIds));
        }
        Instant from = validFrom != null ? validFrom : p.validFrom;
        Instant until = validUntil != null ? validUntil : p.validUntil;
        requireWindow(from, until);
        RuleViolation.unprocessableIf(Person.validityRefusal(until, clock.instant()));
        PersonView before = PersonView.of(p);
        p.validFrom = from;
        p.validUntil = until;
        p.approve(current.actor().subject(), reference, clock.instant());
        return changed(p, before, before.state() == PersonState.REQUESTED ? "PERSON_APPROVED" : "PERSON_REINSTATED",
                "Written approval " + reference, current.actor());
    }

    /** §3.2: the provider rescinds access for damage or threat of damage; effective on the next check. */
    @Transactional
    public PersonView revoke(String id, Long expectedVersion, RevocationReason reason, String text) {
        if (reason == RevocationReason.OTHER && (text == null || text.isBlank())) {
            throw new InvalidInput("text", "must say why when the reason is OTHER");
        }
        Person p = load(id);
        StaleVersion.check(expectedVersion, p.version);
        RuleViolation.conflictIf(p.revocationRefusal());
        PersonView before = PersonView.of(p);
        p.revoke(current.actor().subject(), reason, text, clock.instant());
        return changed(p, before, "PERSON_REVOKED", reason + (text == null ? "" : ": " + text), current.actor());
    }

    /** The customer takes a person off its list; effective on the next check. */
    @Transactional
    public PersonView remove(String id, Long expectedVersion, String note) {
        Person p = load(id);
        StaleVersion.check(expectedVersion, p.version);
        RuleViolation.conflictIf(p.removalRefusal());
        PersonView before = PersonView.of(p);
        p.remove(current.actor().subject(), clock.instant());
        return changed(p, before, "PERSON_REMOVED", note, current.actor());
    }

    @Transactional
    public PersonView get(String id) {
        return PersonView.of(load(id));
    }

    /** People, filtered; security finds a person at the door by identity document. */
    @Transactional
    public Page<PersonView> list(String customerId, PersonState state, IdentityDocument.Type documentType,
            String documentNumber, PageRequest page) {
        Actor actor = current.actor();
        if (customerId != null && !actor.maySee(customerId)) {
            return new Page<>(List.of(), null);
        }
        String hash = IdentityDocument.lookupHash(documentType, documentNumber, settings.identityKey());
        return new Where().eq("e.customerId", actor.tenant().orElse(customerId)).eq("e.state", state)
                .eq("e.idDocumentHash", hash).page(Person.class, page, PersonView::of);
    }

    /**
     * People whose name contains the fragment, ignoring case, by name: the security desk finds
     * a person at the door by name. A customer token finds only its own people. Bounded by
     * {@code limit}; the fragment's LIKE wildcards match themselves.
     */
    @Transactional
    public List<PersonView> findByName(String fragment, int limit) {
        String pattern = "%" + fragment.trim().toLowerCase(java.util.Locale.ROOT).replace("!", "!!")
                .replace("%", "!%").replace("_", "!_") + "%";
        java.util.Optional<String> tenant = current.actor().tenant();
        io.quarkus.hibernate.orm.panache.PanacheQuery<Person> q = tenant.isPresent()
                ? Person.find("lower(name) like ?1 escape '!' and customerId = ?2 order by name, id", pattern,
                        tenant.get())
                : Person.find("lower(name) like ?1 escape '!' order by name, id", pattern);
        return q.range(0, limit - 1).list().stream().map(PersonView::of).toList();
    }

    /**
     * Rule 12: marks as EXPIRED every approved person whose last entry (or approval) is older
     * than the lapse; each one is audited, none is deleted. Returns how many lapsed.
     */
    @Transactional
    public int expireInactive(int batch) {
        Instant now = clock.instant();
        Instant cutoff = now.minus(java.time.Duration.ofDays(settings.inactivityLapseDays()));
        // Locked rows, read fresh: an entry the access check records meanwhile either commits
        // first (and the person is not lapsed) or waits and then finds the person EXPIRED.
        List<Person> lapsed = Person.<Person>find("state = ?1 and approvedAt <= ?2"
                + " and (lastEntryAt is null or lastEntryAt <= ?2) order by id", PersonState.APPROVED, cutoff)
                .withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).range(0, batch - 1).list();
        for (Person p : lapsed) {
            if (InactivityLapse.lapsed(p.approvedAt, p.lastEntryAt, now, settings.inactivityLapseDays())) {
                PersonView before = PersonView.of(p);
                p.expire(now);
                changed(p, before, "PERSON_EXPIRED", "No recorded entry for " + settings.inactivityLapseDays()
                        + " days (rule 12)", Actor.SYSTEM);
            }
        }
        return lapsed.size();
    }

    /** Rule 9: why the person may not escort a visit of the customer to these spaces now, if not. */
    @Transactional(Transactional.TxType.MANDATORY)
    public java.util.Optional<Rejection> escortRefusal(String personId, String customerId,
            java.util.Collection<String> spaceIds) {
        Person p = Ids.isWellFormed(personId) ? Person.findById(personId) : null;
        EscortEligibility.Escort escort = p == null ? null
                : new EscortEligibility.Escort(p.customerId, p.state, p.mayEscort,
                        p.allSpaces || p.spaceIds.containsAll(spaceIds), p.validFrom, p.validUntil, p.approvedAt,
                        p.lastEntryAt);
        return EscortEligibility.refusal(customerId, escort, clock.instant(), settings.inactivityLapseDays());
    }

    /**
     * Rule 20 (§3.2): the customer's people whose approval names the old space name the new one
     * instead, in the caller's transaction, so that at every instant the approval covers the space
     * the customer leases. People approved for all spaces already cover it; removed people keep
     * their record as it was. Rows locked in id order; one audit record each. Returns how many.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int moveSpaceScope(String customerId, String fromSpaceId, String toSpaceId, String reason) {
        List<String> ids = Person.getEntityManager().createQuery("select p.id from Person p join p.spaceIds s"
                + " where s = :space and p.customerId = :customer and p.state <> :removed order by p.id", String.class)
                .setParameter("space", fromSpaceId).setParameter("customer", customerId)
                .setParameter("removed", PersonState.REMOVED).getResultList();
        Actor actor = current.actor();
        for (String id : ids) {
            Person p = Person.findById(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
            PersonView before = PersonView.of(p);
            p.spaceIds.remove(fromSpaceId);
            p.spaceIds.add(toSpaceId);
            p.touch(clock.instant());
            changed(p, before, "PERSON_SPACES_RELOCATED", reason, actor);
        }
        return ids.size();
    }

    private static void requireWindow(Instant from, Instant until) {
        if (from != null && until != null && !until.isAfter(from)) {
            throw new InvalidInput("validUntil", "must be after validFrom");
        }
    }


    private PersonView changed(Person p, PersonView before, String action, String reason, Actor actor) {
        return audit.change(actor, TYPE, p.id, action, reason, before, () -> PersonView.of(p));
    }

    private Person load(String id) {
        Person p = Ids.isWellFormed(id) ? Person.findById(id) : null;
        if (p == null || !current.actor().maySee(p.customerId)) {
            throw new NotFound(TYPE, id);
        }
        return p;
    }
}
