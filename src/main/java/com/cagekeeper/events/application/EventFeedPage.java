package com.cagekeeper.events.application;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of the change feed: the events and the cursor to ask after next. */
@Schema(name = "EventFeed", description = "One page of the change feed; next is the cursor to ask after next, never null")
public record EventFeedPage(List<DomainEventView> items,
        @Schema(description = "The cursor to pass as ?after= next: the last event's position, or the same cursor when the page is empty, so a poller keeps it and asks again", example = "1042") String next) {
}
