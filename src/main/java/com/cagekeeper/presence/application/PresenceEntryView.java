package com.cagekeeper.presence.application;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.cagekeeper.presence.domain.Accounting;
import com.cagekeeper.presence.domain.Muster;
import com.cagekeeper.presence.domain.Passage;
import com.cagekeeper.presence.domain.PersonKind;

/** A person or visitor inside a facility now (rule 31a): where, and since when. */
@Schema(name = "PresenceEntry")
public record PresenceEntryView(
        @Schema(description = "The person's id, or the visitor's id on a visit") String personId,
        PersonKind kind,
        @Schema(nullable = true, description = "As listed (person) or named on the visit (visitor)") String name,
        @Schema(nullable = true, description = "The customer of the person or visit") String customerId,
        @Schema(nullable = true, description = "The visit a visitor entered on") String visitId,
        @Schema(description = "The space of the last entry") String spaceId,
        @Schema(nullable = true, example = "ATL1-C042") String spaceCode,
        @Schema(description = "When the last entry was recorded") Instant since,
        @Schema(description = "The access event of that entry") String entryEventId,
        @Schema(nullable = true, description = "While a muster is open at the facility: whether this person is accounted for") MusterMark muster) {

    /** A person's standing in the facility's open muster. */
    @Schema(name = "PresenceMusterMark")
    public record MusterMark(
            String musterId,
            boolean accounted,
            @Schema(nullable = true) Instant accountedAt,
            @Schema(nullable = true, description = "The staff member who marked them") String accountedBy,
            @Schema(nullable = true, description = "Where they were accounted for (the muster point)") String location) {
    }

    static PresenceEntryView of(Passage p, Muster open) {
        MusterMark mark = null;
        if (open != null) {
            Accounting a = open.accounts.get(p.personId());
            mark = a == null ? new MusterMark(open.id, false, null, null, null)
                    : new MusterMark(open.id, true, a.accountedAt, a.accountedBy, a.location);
        }
        return new PresenceEntryView(p.personId(), p.kind(), p.name(), p.customerId(), p.visitId(), p.spaceId(),
                p.spaceCode(), p.at(), p.eventId(), mark);
    }
}
