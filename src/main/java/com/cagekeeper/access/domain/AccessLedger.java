package com.cagekeeper.access.domain;

import java.time.Instant;

/**
 * The port through which the access check reads its facts and records its events (rule 11).
 * Its adapter (hand-written SQL) lives in the access feature's infrastructure package.
 */
public interface AccessLedger {

    /**
     * The facts of a decision about the person (or visitor) at the space, read in one
     * statement, so from one consistent snapshot. Ids that name nothing give facts with the
     * person UNKNOWN or the space not found. {@code visitId} is the visit a visitor presents, if any.
     */
    AccessFacts facts(String personId, String spaceId, String visitId, Instant at, int lapseDays);

    /**
     * Records a decided check durably: the access event and, for a granted entry of an
     * approved person, that entry as the person's last entry (rule 12), in one transaction.
     * Returns only once it is committed. Returns false and records nothing when the person
     * is no longer APPROVED (a revocation, removal or lapse committed since the facts were
     * read): the caller decides again on fresh facts.
     */
    boolean record(RecordedCheck check);
}
