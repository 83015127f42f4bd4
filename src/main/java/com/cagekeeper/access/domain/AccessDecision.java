package com.cagekeeper.access.domain;

import java.time.Instant;
import java.util.List;

/** The answer at the door with every reason that applies; a grant says until when it holds. */
public record AccessDecision(Decision decision, List<Reason> reasons, Instant validUntil, boolean escortRequired) {

    public boolean granted() {
        return decision == Decision.GRANTED;
    }
}
