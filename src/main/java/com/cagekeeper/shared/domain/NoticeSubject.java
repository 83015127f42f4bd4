package com.cagekeeper.shared.domain;

/**
 * What a written notice (§12.7) is about. Shared because features that run clocks from
 * notices (liens, terminations, relocations) ask the notice feature for them by subject.
 */
public enum NoticeSubject {
    /** Undisputed amounts are past due (§3.5, §4.1): starts the cure period before a lien. */
    DELINQUENCY,
    /** A material breach (§7.3): starts the 30 days to cure. */
    BREACH,
    /** Termination (§7.2, §7.3). */
    TERMINATION,
    /** A provider-required relocation (§3.2). */
    RELOCATION,
    OTHER
}
