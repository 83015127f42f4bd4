package com.cagekeeper.access.domain;

import java.time.Instant;
import java.util.Optional;

/** One access rule: a denial, a notice, or nothing to say. */
public interface AccessPolicy {

    Optional<Reason> evaluate(AccessFacts facts, Instant at);
}
