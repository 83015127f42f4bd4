package com.cagekeeper.order.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import com.cagekeeper.shared.domain.Money;
import com.cagekeeper.shared.domain.Rejection;
import com.cagekeeper.shared.persistence.BaseEntity;

/** A Sales Order Form: a customer's order for colocation spaces, for a term, at a fee. */
@Entity
@Table(name = "orders")
public class Order extends BaseEntity {

    public String customerId;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "order_spaces", joinColumns = @JoinColumn(name = "order_id"))
    @Column(name = "space_id")
    @OrderBy
    public List<String> spaceIds = new ArrayList<>();
    /** Billing commencement: the term starts here (§7.1). */
    public LocalDate termStart;
    public int termMonths;
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "amount", column = @Column(name = "monthly_fee_amount")),
            @AttributeOverride(name = "currency", column = @Column(name = "monthly_fee_currency")) })
    public Money monthlyFee;
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "amount", column = @Column(name = "minimum_monthly_amount")),
            @AttributeOverride(name = "currency", column = @Column(name = "minimum_monthly_currency")) })
    public Money minimumMonthlyBilling;
    @Enumerated(EnumType.STRING)
    public OrderState state;
    public LocalDate activationDate;
    public Instant cancelledAt;
    public String cancellationReason;
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "amount", column = @Column(name = "cancellation_fee_amount")),
            @AttributeOverride(name = "currency", column = @Column(name = "cancellation_fee_currency")) })
    public Money cancellationFee;
    public LocalDate terminatedOn;
    public String terminationReason;
    public String terminationClause;
    /** An invoice against the order is due this many days after its issue (§4.1: net 30 unless the order says otherwise). */
    public int paymentTermDays;
    /** The day after the term's last day, derived by the database (§7.1): for the expiry sweep's query only. */
    @Column(insertable = false, updatable = false)
    public LocalDate expiresOn;

    /** §4.1: payments are due net thirty days from the invoice. */
    public static final int DEFAULT_PAYMENT_TERM_DAYS = 30;

    /** The commercial terms of an order; a payment term left out is net 30 (§4.1). */
    public record Terms(LocalDate termStart, int termMonths, Money monthlyFee, Money minimumMonthlyBilling,
            Integer paymentTermDays) {
    }

    public static Order place(String id, Instant now, String customerId, List<String> spaceIds, Terms terms) {
        Order o = new Order();
        o.stampCreated(id, now);
        o.customerId = customerId;
        o.spaceIds.addAll(spaceIds);
        o.termStart = terms.termStart();
        o.termMonths = terms.termMonths();
        o.monthlyFee = terms.monthlyFee();
        o.minimumMonthlyBilling = terms.minimumMonthlyBilling();
        o.paymentTermDays = terms.paymentTermDays() == null ? DEFAULT_PAYMENT_TERM_DAYS : terms.paymentTermDays();
        o.state = OrderState.PENDING_ACTIVATION;
        return o;
    }

    /** §7.1: the term runs the order's months from billing commencement; this is its last day. */
    public LocalDate termEnd() {
        return termEnd(termStart, termMonths);
    }

    public static LocalDate termEnd(LocalDate termStart, int termMonths) {
        return termStart.plusMonths(termMonths).minusDays(1);
    }

    /** Only a pending order can be activated. */
    public Optional<Rejection> activationRefusal() {
        if (state != OrderState.PENDING_ACTIVATION) {
            return Optional.of(new Rejection("ORDER_NOT_PENDING", "§7.1",
                    "The order is " + state + "; only an order pending activation can be activated."));
        }
        return Optional.empty();
    }

    public void activate(LocalDate on, Instant now) {
        this.state = OrderState.ACTIVE;
        this.activationDate = on;
        touch(now);
    }

    /** §7.5: cancellation is before activation; after it, an order ends by termination (§7.2). */
    public Optional<Rejection> cancellationRefusal() {
        if (state != OrderState.PENDING_ACTIVATION) {
            return Optional.of(new Rejection("ORDER_NOT_CANCELLABLE", "§7.5",
                    "The order is " + state + "; only an order pending activation can be cancelled,"
                            + " an active one ends by termination (§7.2)."));
        }
        return Optional.empty();
    }

    /** §7.5: the cancellation fee is the costs the provider incurred up to the notice. */
    public void cancel(String reason, Money costsIncurred, Instant now) {
        this.state = OrderState.CANCELLED;
        this.cancelledAt = now;
        this.cancellationReason = reason;
        this.cancellationFee = costsIncurred;
        touch(now);
    }

    /** Ends the order on a date, for a reason under a clause (§3.4, §7.2, §7.3). */
    public void terminate(LocalDate on, String reason, String clause, Instant now) {
        this.state = OrderState.TERMINATED;
        this.terminatedOn = on;
        this.terminationReason = reason;
        this.terminationClause = clause;
        touch(now);
    }

    /** §7.1: the day the term runs out, the day after its last day; the customer's rights cease at its start (§7.6(i)). */
    public LocalDate runsOutOn() {
        return termStart.plusMonths(termMonths);
    }

    /**
     * §7.2, §7.3, §12.4: only an active order is terminated; a pending one is cancelled (§7.5),
     * and one whose termination is already given or that has ended is not terminated again.
     */
    public Optional<Rejection> terminationRefusal() {
        return switch (state) {
            case ACTIVE -> Optional.empty();
            case PENDING_ACTIVATION -> Optional.of(new Rejection("ORDER_NOT_ACTIVE", "§7.5", "The order is "
                    + state + "; before activation it is cancelled (POST /api/v1/orders/{id}/cancellation), not terminated."));
            case TERMINATION_NOTICED -> Optional.of(new Rejection("ORDER_TERMINATION_ALREADY_GIVEN", "§7.2",
                    "The order's termination is already given, effective on " + terminatedOn + "."));
            default -> Optional.of(new Rejection("ORDER_ENDED", "§7.6", "The order is " + state
                    + "; it has already ended."));
        };
    }

    /**
     * A termination takes effect from today (the facility's date) up to the day the term runs
     * out: rights do not cease retroactively, and after the term there is nothing to end (§7.1).
     */
    public Optional<Rejection> effectiveDateRefusal(LocalDate effectiveOn, LocalDate today) {
        if (effectiveOn.isBefore(today)) {
            return Optional.of(new Rejection("EFFECTIVE_DATE_IN_PAST", "§7.6", "effectiveOn " + effectiveOn
                    + " is before today at the order's facility (" + today + "); rights cease from a date to come."
                    + " The earliest date it would be allowed is " + today + ".").at("effectiveOn"));
        }
        if (effectiveOn.isAfter(runsOutOn())) {
            return Optional.of(new Rejection("EFFECTIVE_DATE_AFTER_TERM", "§7.1", "effectiveOn " + effectiveOn
                    + " is after the order's term runs out on " + runsOutOn() + "; it expires then.")
                    .at("effectiveOn"));
        }
        return Optional.empty();
    }

    /**
     * A termination is given: the order ends on the effective date. Its rights end at the start of
     * that date at the door already (terminatedOn), before the scheduled end makes it TERMINATED.
     */
    public void terminationGiven(LocalDate effectiveOn, String reason, String clause, Instant now) {
        this.state = OrderState.TERMINATION_NOTICED;
        this.terminatedOn = effectiveOn;
        this.terminationReason = reason;
        this.terminationClause = clause;
        touch(now);
    }

    /** The effective date of a given termination has come: the order is TERMINATED (§7.6(i)). */
    public void terminationTakesEffect(Instant now) {
        this.state = OrderState.TERMINATED;
        touch(now);
    }

    /** §7.1, §7.6: the term ran out; the order ends the day after its last day. */
    public void expire(Instant now) {
        terminate(runsOutOn(), "The term of " + termMonths + " months from " + termStart + " ran out on "
                + termEnd() + ".", "§7.1", now);
    }

    /** Whether the order's end is due on the day (the facility's date): its termination's date or its term's end. */
    public boolean endDueOn(LocalDate today) {
        return switch (state) {
            case TERMINATION_NOTICED -> !today.isBefore(terminatedOn);
            case ACTIVE -> !today.isBefore(runsOutOn());
            default -> false;
        };
    }

    /**
     * Orders whose end may be due by the date (a day ahead of UTC covers every time zone), after an
     * id, in id order, locked: given terminations whose date has come and active orders whose term ran out.
     */
    public static List<Order> endingBy(LocalDate latest, String afterId, int limit) {
        return find("((state = ?1 and terminatedOn <= ?2) or (state = ?3 and expiresOn <= ?2)) and id > ?4 order by id",
                OrderState.TERMINATION_NOTICED, latest, OrderState.ACTIVE, afterId == null ? "" : afterId)
                .withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).range(0, limit - 1).list();
    }

    /** Live orders that include a space. */
    public static List<Order> liveForSpace(String spaceId) {
        return find("select o from Order o join o.spaceIds s where s = ?1 and o.state in ?2 order by o.id", spaceId,
                List.of(OrderState.PENDING_ACTIVATION, OrderState.ACTIVE, OrderState.TERMINATION_NOTICED)).list();
    }
}
