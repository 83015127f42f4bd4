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

    @Inject
    DomainEventFeed feed;
    @Inject
    CurrentActor current;

    /** A page after the cursor: at most {@code page.limit()} events, in commit order. */
    @Transactional
    public EventFeedPage page(String after, String types, PageRequest page) {
        long position = position(after);
        Set<String> wanted = types(types);
        String customer = current.actor().tenant().orElse(null);
        List<DomainEventView> items = feed.after(position, wanted, customer, page.limit());
        String next = items.isEmpty() ? Long.toString(position)
                : Long.toString(items.get(items.size() - 1).position());
        return new EventFeedPage(items, next);
    }

    static long position(String after) {
        if (after == null || after.isBlank()) {
            return 0;
        }
        if (!after.matches(CURSOR_PATTERN)) {
            throw new InvalidInput("after", "is not a cursor this API returned");
        }
        return Long.parseLong(after);
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
