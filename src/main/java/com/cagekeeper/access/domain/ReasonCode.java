package com.cagekeeper.access.domain;

/**
 * The stable codes of an access decision's reasons (rule 10), each with its clause and the
 * party it speaks about. A customer that is not that party never sees the reason
 * (see the customer lens of the access application).
 */
public enum ReasonCode {
    PERSON_UNKNOWN("§3.2", Side.PERSON),
    NOT_APPROVED("§3.2", Side.PERSON),
    REVOKED("§3.2", Side.PERSON),
    REMOVED("§3.2", Side.PERSON),
    APPROVAL_LAPSED("§3.2", Side.PERSON),
    OUTSIDE_VALIDITY("§3.2", Side.PERSON),
    APPROVAL_NOT_COVERING_SPACE("§3.2", Side.PERSON),
    VISIT_NOT_COVERING("§3.2", Side.PERSON),
    VISIT_CANCELLED("§3.2", Side.PERSON),
    ESCORT_REQUIRED("§3.2", Side.PERSON),
    /** The person's (or visit's) recorded state is one this service does not know: fail closed. */
    PERSON_STATE_UNRECOGNIZED("§3.2", Side.PERSON),
    /** No approval or visit covers this person, this space and this instant (rule 1: a grant needs a basis). */
    NO_ACCESS_BASIS("§3.2", Side.PERSON),
    SPACE_UNKNOWN("§3.1", Side.SPACE),
    SPACE_NOT_LEASED_BY_CUSTOMER("§3.2", Side.SPACE),
    SPACE_SUSPENDED("§3.2", Side.SPACE),
    /** §3.5(a): the provider restricted the customer's access to the space while its lien is enforced. */
    LIEN_RESTRICTED("§3.5(a)", Side.SPACE),
    ORDER_ENDED("§7.6(i)", Side.SPACE),
    REMOVAL_ONLY("§7.6(iv)", Side.SPACE),
    FACILITY_LOCKDOWN("BCP", Side.SPACE),
    FACILITY_DISRUPTED("BCP", Side.SPACE),
    /** The space's, its order's or its facility's recorded state is one this service does not know: fail closed. */
    SPACE_STATE_UNRECOGNIZED("§3.2", Side.SPACE);

    /** Whose facts a reason speaks about: the person's (or visitor's), or the space's (with its order and facility). */
    public enum Side {
        PERSON, SPACE
    }

    private final String clause;
    private final Side side;

    ReasonCode(String clause, Side side) {
        this.clause = clause;
        this.side = side;
    }

    public String clause() {
        return clause;
    }

    public Side side() {
        return side;
    }

    /** The code named by a stored reason, or null for one this version does not know. */
    public static ReasonCode named(String code) {
        try {
            return code == null ? null : valueOf(code);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
