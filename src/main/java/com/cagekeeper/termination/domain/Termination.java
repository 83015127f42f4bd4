package com.cagekeeper.termination.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import com.cagekeeper.shared.domain.Rejection;
import com.cagekeeper.shared.persistence.BaseEntity;

/**
 * The termination of an order (§7.2, §7.3, §12.4): on what basis, by which party, on which
 * notice, effective when, and the termination fee it owes (§7.4) with the figures it was
 * computed from. One per order; it is never changed once recorded.
 */
@Entity
@Table(name = "terminations")
public class Termination extends BaseEntity {

    public String customerId;
    public String orderId;
    @Enumerated(EnumType.STRING)
    public TerminationBasis basis;
    @Enumerated(EnumType.STRING)
    public Party terminatingParty;
    @Enumerated(EnumType.STRING)
    public TerminationCause cause;
    public String noticeId;
    public LocalDate noticeDeemedGivenOn;
    public String breachId;
    public String forceMajeureEventId;
    /** The day the customer's rights cease (§7.6(i)): the order ends at its start. */
    public LocalDate effectiveOn;
    public String reason;
    public String recordedBy;
    public boolean feeOwed;
    public String feeNotOwedBecause;
    public String feeCurrency;
    public BigDecimal feeInvoicedTotal;
    public int feeMonthsBilled;
    public BigDecimal feeAverageMonthly;
    public BigDecimal feeMinimumMonthly;
    public BigDecimal feeMonthlyRate;
    public int feeRemainingMonths;
    public BigDecimal feeAmount;
    public LocalDate feePayableBy;
    public String chargeId;

    /** What a termination says. */
    public record Terms(String customerId, String orderId, TerminationBasis basis, Party terminatingParty,
            TerminationCause cause, String noticeId, LocalDate noticeDeemedGivenOn, String breachId,
            String forceMajeureEventId, LocalDate effectiveOn, String reason) {
    }

    public static Termination record(String id, Instant now, Terms t, String by) {
        Termination x = new Termination();
        x.stampCreated(id, now);
        x.customerId = t.customerId();
        x.orderId = t.orderId();
        x.basis = t.basis();
        x.terminatingParty = t.terminatingParty();
        x.cause = t.cause();
        x.noticeId = t.noticeId();
        x.noticeDeemedGivenOn = t.noticeDeemedGivenOn();
        x.breachId = t.breachId();
        x.forceMajeureEventId = t.forceMajeureEventId();
        x.effectiveOn = t.effectiveOn();
        x.reason = t.reason();
        x.recordedBy = by;
        return x;
    }

    /** §7.4: the fee owed (or none, and why), with its inputs, in the order's currency. */
    public void assess(TerminationFee.Fee fee, String currency, String notOwedBecause) {
        this.feeOwed = notOwedBecause == null && fee.amount().signum() > 0;
        this.feeNotOwedBecause = notOwedBecause;
        this.feeCurrency = currency;
        this.feeInvoicedTotal = fee.invoicedTotal();
        this.feeMonthsBilled = fee.monthsBilled();
        this.feeAverageMonthly = fee.averageMonthly();
        this.feeMinimumMonthly = fee.minimumMonthly();
        this.feeMonthlyRate = fee.monthlyRate();
        this.feeRemainingMonths = fee.remainingMonths();
        this.feeAmount = fee.amount();
        this.feePayableBy = fee.payableBy();
    }

    /** The clause the termination is made under. */
    public String clause() {
        return switch (basis) {
            case WITHOUT_CAUSE -> TerminationNoticePeriod.CLAUSE;
            case FOR_CAUSE -> cause == null ? "§7.3" : cause.clause();
            case FORCE_MAJEURE -> ForceMajeureDuration.CLAUSE;
        };
    }

    /**
     * What each basis needs in the request: a notice without cause (§7.2), a cause for cause and a
     * breach for a material one, a notice for the others ((b)-(e) are "upon written notice", §7.3),
     * an event for force majeure (§12.4).
     */
    public static Optional<Rejection> shapeRefusal(TerminationBasis basis, TerminationCause cause, String noticeId,
            String breachId, String forceMajeureEventId, LocalDate effectiveOn) {
        return switch (basis) {
            case WITHOUT_CAUSE -> noticeId == null ? missing("noticeId", TerminationNoticePeriod.CLAUSE,
                    "A termination without cause is made by written notice: name the TERMINATION notice.")
                    : effectiveOn == null ? missing("effectiveOn", TerminationNoticePeriod.CLAUSE,
                            "A termination without cause names its requested termination date.")
                    : Optional.empty();
            case FOR_CAUSE -> cause == null ? missing("cause", "§7.3", "Name the cause (§7.3(a)-(e)).")
                    : cause == TerminationCause.MATERIAL_BREACH && breachId == null ? missing("breachId",
                            BreachCurePeriod.CLAUSE, "A termination for material breach names the noticed breach.")
                    : cause != TerminationCause.MATERIAL_BREACH && noticeId == null ? missing("noticeId",
                            cause.clause(), "A termination for cause is made upon written notice: name the"
                                    + " terminating party's TERMINATION notice.")
                    : Optional.empty();
            case FORCE_MAJEURE -> forceMajeureEventId == null ? missing("forceMajeureEventId",
                    ForceMajeureDuration.CLAUSE, "A cancellation for force majeure names the event.")
                    : Optional.empty();
        };
    }

    /**
     * §7.3(b)-(e): going concern, assignment for creditors, bankruptcy and breach of confidentiality
     * are facts the customer cannot establish by declaring them; operations records such a
     * termination on either party's behalf, on that party's notice. A customer token terminates for
     * cause only on a material breach of the provider recorded and uncured (§7.3(a)).
     */
    public static Optional<Rejection> recorderRefusal(TerminationBasis basis, TerminationCause cause,
            boolean customerToken) {
        if (customerToken && basis == TerminationBasis.FOR_CAUSE && cause != null
                && cause != TerminationCause.MATERIAL_BREACH) {
            return Optional.of(new Rejection("FOR_CAUSE_RECORDED_BY_OPERATIONS", cause.clause(), "A termination for "
                    + cause + " (" + cause.clause() + ") is recorded by operations on the terminating party's"
                    + " written notice; a customer token terminates for cause only on a material breach (§7.3(a)).")
                    .at("cause"));
        }
        return Optional.empty();
    }

    private static Optional<Rejection> missing(String field, String clause, String message) {
        return Optional.of(new Rejection("TERMINATION_" + toCode(field) + "_REQUIRED", clause, message).at(field));
    }

    private static String toCode(String field) {
        return field.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
    }
}
