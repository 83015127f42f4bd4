package com.cagekeeper.events.application;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.cagekeeper.events.domain.DomainEventType;
import com.cagekeeper.shared.domain.InvalidInput;
import com.cagekeeper.shared.domain.PageRequest;
import com.cagekeeper.shared.domain.Rejection;
import com.cagekeeper.shared.domain.RuleViolation;
import com.cagekeeper.shared.security.CurrentActor;

/**
 * The change feed as an actor may read it: provider staff read every event, a customer token
 * only those that concern its customer ({@code Actor.tenant()}, the one place that decides it).
 */
@ApplicationScoped
public class EventFeedService {

    /** A cursor is a position in decimal digits; 0 (or none) is the feed's start. */
    public static final String CURSOR_PATTERN = "^[0-9]{1,18}$";
    /** A comma list of names shaped like event types; a name of that shape the feed does not carry is a 422. */
    public static final String TYPES_PATTERN = "^[A-Z][A-Z_]{0,63}(,[A-Z][A-Z_]{0,63}){0,49}$";

    @Inject
    DomainEventFeed feed;
    @Inject
    CurrentActor current;

    /**
     * A page after the cursor: at most {@code limit} events, in commit order. Malformed
     * parameters are one 400 naming each of them; a well-formed but unknown type is a 422.
     */
    @Transactional
    public EventFeedPage page(String after, String types, String limit) {
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        long position = 0;
        if (after != null && !after.isBlank()) {
            if (after.matches(CURSOR_PATTERN)) {
                position = Long.parseLong(after);
            } else {
                errors.add(new InvalidInput.FieldError("after", "is not a cursor this API returned"));
            }
        }
        if (types != null && !types.isBlank() && !types.matches(TYPES_PATTERN)) {
            errors.add(new InvalidInput.FieldError("types",
                    "must be a comma list of event types such as PERSON_APPROVED,PERSON_REVOKED"));
        }
        int max = PageRequest.DEFAULT_LIMIT;
        if (limit != null && !limit.isBlank()) {
            // digits only: no sign, decimals, exponent or spaces; more than 9 digits cannot be in range
            max = limit.matches("[0-9]{1,9}") ? Integer.parseInt(limit) : -1;
            if (max < 1 || max > PageRequest.MAX_LIMIT) {
                errors.add(new InvalidInput.FieldError("limit", "must be an integer between 1 and "
                        + PageRequest.MAX_LIMIT));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        Set<String> wanted = types(types);
        String customer = current.actor().tenant().orElse(null);
        List<DomainEventView> items = feed.after(position, wanted, customer, max);
        String next = items.isEmpty() ? Long.toString(position)
                : Long.toString(items.get(items.size() - 1).position());
        return new EventFeedPage(items, next);
    }

    /** A comma list of event types; an unknown one is a 422 naming it. */
    static Set<String> types(String types) {
        Set<String> wanted = new LinkedHashSet<>();
        if (types == null || types.isBlank()) {
            return wanted;
        }
        List<String> unknown = new ArrayList<>();
        for (String t : types.split(",", -1)) {
            String type = t.strip();
            if (DomainEventType.named(type) == null) {
                unknown.add(type.length() > 64 ? type.substring(0, 64) + "..." : type);
            } else {
                wanted.add(type);
            }
        }
        if (!unknown.isEmpty()) {
            throw RuleViolation.unprocessable(new Rejection("EVENT_TYPE_UNKNOWN", "API",
                    "Unknown event types " + unknown + "; the feed carries " + List.of(DomainEventType.values()))
                    .at("types"));
        }
        return wanted;
    }
}
