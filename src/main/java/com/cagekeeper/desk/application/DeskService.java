package com.cagekeeper.desk.application;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.cagekeeper.access.application.AccessCheckService;
import com.cagekeeper.access.application.AccessCheckView;
import com.cagekeeper.access.application.AccessEventService;
import com.cagekeeper.access.application.AccessEventView;
import com.cagekeeper.desk.domain.Banner;
import com.cagekeeper.desk.domain.Lookup;
import com.cagekeeper.facility.application.FacilityService;
import com.cagekeeper.facility.application.FacilityView;
import com.cagekeeper.personnel.application.PersonService;
import com.cagekeeper.personnel.application.PersonView;
import com.cagekeeper.shared.domain.Ids;
import com.cagekeeper.shared.domain.NotFound;
import com.cagekeeper.shared.domain.PageRequest;
import com.cagekeeper.space.application.SpaceService;
import com.cagekeeper.space.application.SpaceView;

/**
 * The security desk page's use cases. It decides nothing itself: lookups go to the people
 * service (a document number matched through its keyed hash), decisions and recorded entries and
 * exits to the same access check as {@code POST /api/v1/access-checks}, the facility's state and
 * events to their services. It turns their answers into lines a guard reads; no full identity
 * document number ever reaches it.
 */
@ApplicationScoped
public class DeskService {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Inject
    FacilityService facilities;
    @Inject
    SpaceService spaces;
    @Inject
    PersonService people;
    @Inject
    AccessCheckService access;
    @Inject
    AccessEventService events;
    @Inject
    DeskSettings settings;

    /** A facility in the picker. */
    public record FacilityOption(String id, String code, String name, boolean selected) {
    }

    /** A space in the picker. */
    public record SpaceOption(String id, String code, String state, boolean selected) {
    }

    /** One recorded check at the facility, as the desk lists it (facility-local time). */
    public record EventLine(String at, String person, String space, String direction, String decision,
            boolean granted, String reasons) {
    }

    /** A person found by a lookup; the document number is masked. */
    public record PersonLine(String id, String name, String employer, String state, String document,
            boolean mayEscort, boolean selected) {
    }

    /** What the desk shows about the chosen facility. */
    public record Board(List<FacilityOption> facilities, FacilityView facility, Banner banner,
            List<SpaceOption> spaces, List<EventLine> events, String zone) {
    }

    /** A lookup's answer: the people found, or why it could not run. */
    public record Found(Lookup lookup, List<PersonLine> people, String message) {
    }

    /** The decision as the desk shows it. */
    public record Outcome(boolean granted, String decision, List<AccessCheckView.ReasonView> reasons,
            String validUntil, boolean escortRequired, boolean recorded, String direction, String eventId,
            String person, String space, String at) {
    }

    /** What the guard asks of the access check. */
    public enum Action {
        CHECK, ENTRY, EXIT
    }

    /** The facilities to choose from, and for the chosen one its state, spaces and last events. */
    public Board board(String facilityId, String spaceId) {
        List<FacilityView> all = facilities.list(null, null, new PageRequest(PageRequest.MAX_LIMIT, null)).items();
        Optional<FacilityView> chosen = all.stream().filter(f -> f.id().equals(facilityId)).findFirst();
        List<FacilityOption> options = all.stream()
                .map(f -> new FacilityOption(f.id(), f.code(), f.name(), chosen.map(c -> c == f).orElse(false)))
                .toList();
        if (chosen.isEmpty()) {
            return new Board(options, null, Banner.of("NORMAL", null, null), List.of(), List.of(), "UTC");
        }
        FacilityView f = chosen.get();
        String backup = f.backupFacilityId() == null ? null
                : all.stream().filter(b -> b.id().equals(f.backupFacilityId())).map(b -> b.code() + " " + b.name())
                        .findFirst().orElse(f.backupFacilityId());
        List<SpaceView> inFacility = spaces.list(f.id(), null, null, null, null,
                new PageRequest(PageRequest.MAX_LIMIT, null)).items();
        Map<String, String> codes = new HashMap<>();
        inFacility.forEach(s -> codes.put(s.id(), s.code()));
        ZoneId zone = ZoneId.of(f.timeZone());
        List<EventLine> lines = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        for (AccessEventView e : events.latestAt(f.id(), settings.eventsShown())) {
            String person = e.personId() == null ? "unknown" : names.computeIfAbsent(e.personId(), this::personLabel);
            lines.add(new EventLine(local(e.at(), zone), person, codes.getOrDefault(e.spaceId(), e.spaceId()),
                    String.valueOf(e.direction()), String.valueOf(e.decision()),
                    "GRANTED".equals(String.valueOf(e.decision())),
                    String.join(", ", e.reasons().stream().map(AccessCheckView.ReasonView::code).toList())));
        }
        return new Board(options, f, Banner.of(String.valueOf(f.operatingState()), f.stateReason(), backup),
                        inFacility.stream().map(s -> new SpaceOption(s.id(), s.code(), String.valueOf(s.state()),
                                s.id().equals(spaceId))).toList(),
                        lines, zone.getId());
    }

    /** People by id, by document number (keyed hash) or by part of the name. */
    public Found lookup(Lookup q, String selectedPersonId) {
        Optional<String> refusal = q.refusal();
        if (refusal.isPresent()) {
            return new Found(q, List.of(), refusal.get());
        }
        List<PersonView> found = switch (q.kind()) {
            case NONE -> List.of();
            case ID -> byId(q.text()).map(List::of).orElse(List.of());
            case DOCUMENT -> people.list(null, null, q.documentType(), q.text(),
                    new PageRequest(settings.lookupLimit(), null)).items();
            case NAME -> people.findByName(q.text(), settings.lookupLimit());
        };
        String message = q.kind() == Lookup.Kind.NONE || !found.isEmpty() ? null
                : q.kind() == Lookup.Kind.ID
                        ? "No person has this id. A visitor's id is checked as it is: press Check."
                        : "Nobody matches " + q.shown() + ".";
        return new Found(q, found.stream().map(p -> line(p, p.id().equals(selectedPersonId))).toList(), message);
    }

    /**
     * The access check: {@code CHECK} decides now and records nothing (the API's preview at the
     * service's clock); {@code ENTRY} and {@code EXIT} are recorded checks, exactly as
     * {@code POST /api/v1/access-checks}.
     */
    public Outcome decide(String personId, String spaceId, Action action, String facilityId) {
        AccessCheckService.Question question = action == Action.EXIT ? AccessCheckService.Question.exit(personId, spaceId)
                : AccessCheckService.Question.entry(personId, spaceId);
        AccessCheckView v = action == Action.CHECK ? access.preview(question) : access.check(question);
        ZoneId zone = zoneOf(facilityId);
        String space = spaceCode(spaceId);
        boolean granted = "GRANTED".equals(String.valueOf(v.decision()));
        return new Outcome(granted, String.valueOf(v.decision()), v.reasons(),
                v.validUntil() == null ? null : local(v.validUntil(), zone) + " (" + zone.getId() + ")",
                v.escortRequired(), v.eventId() != null, action == Action.EXIT ? "exit" : "entry", v.eventId(),
                personLabel(personId), space, local(v.at(), zone));
    }

    /** A person's line when the id names one; empty for a visitor's id or nobody. */
    public Optional<PersonLine> person(String personId) {
        return byId(personId).map(p -> line(p, true));
    }

    private Optional<PersonView> byId(String id) {
        if (!Ids.isWellFormed(id)) {
            return Optional.empty();
        }
        try {
            return Optional.of(people.get(id));
        } catch (NotFound e) {
            return Optional.empty();
        }
    }

    private String spaceCode(String spaceId) {
        try {
            return Ids.isWellFormed(spaceId) ? spaces.get(spaceId).code() : spaceId;
        } catch (NotFound e) {
            return spaceId;
        }
    }

    private String personLabel(String personId) {
        return byId(personId).map(PersonView::name).orElse(personId);
    }

    private ZoneId zoneOf(String facilityId) {
        try {
            return facilityId != null && Ids.isWellFormed(facilityId) ? facilities.zoneOf(facilityId) : ZoneId.of("UTC");
        } catch (NotFound e) {
            return ZoneId.of("UTC");
        }
    }

    private static PersonLine line(PersonView p, boolean selected) {
        return new PersonLine(p.id(), p.name(), p.employer(), String.valueOf(p.state()),
                p.idDocumentType() + " " + p.idDocumentNumber(), p.mayEscort(), selected);
    }

    private static String local(Instant at, ZoneId zone) {
        return at == null ? null : TIME.format(at.atZone(zone));
    }
}
