package com.cagekeeper.termination.domain;

/** §7.3: the causes for which a party may terminate, each against the other party. */
public enum TerminationCause {
    /** §7.3(a): a material breach not cured within 30 days after its notice. */
    MATERIAL_BREACH("§7.3(a)"),
    /** §7.3(b): the other party fails to function as a going concern or operate in the ordinary course. */
    GOING_CONCERN("§7.3(b)"),
    /** §7.3(c): an assignment by the other party for the benefit of creditors. */
    ASSIGNMENT_FOR_CREDITORS("§7.3(c)"),
    /** §7.3(d): a voluntary or involuntary bankruptcy filing by or against the other party. */
    BANKRUPTCY("§7.3(d)"),
    /** §7.3(e): the other party breaches the confidentiality restrictions of §8. */
    CONFIDENTIALITY_BREACH("§7.3(e)");

    private final String clause;

    TerminationCause(String clause) {
        this.clause = clause;
    }

    public String clause() {
        return clause;
    }
}
