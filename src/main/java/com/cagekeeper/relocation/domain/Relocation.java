package com.cagekeeper.relocation.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import com.cagekeeper.shared.domain.Rejection;
import com.cagekeeper.shared.persistence.BaseEntity;

/**
 * §3.2, §2.1 (rules 18-20): the move of a customer's equipment from one space to another,
 * required by the provider on reasonable notice or asked for by the customer. On completion
 * the equipment, the order's lease and the people's and visits' space scope move together.
 */
@Entity
@Table(name = "relocations")
public class Relocation extends BaseEntity {

    /** The states in which a relocation is still open: it holds its space and its target. */
    public static final Set<RelocationState> OPEN = EnumSet.of(RelocationState.PROPOSED, RelocationState.SCHEDULED,
            RelocationState.IN_PROGRESS);

    public String customerId;
    /** The order whose lease moves with the equipment. */
    public String orderId;
    public String fromSpaceId;
    public String toSpaceId;
    @Enumerated(EnumType.STRING)
    public RelocationInitiator initiator;
    @Enumerated(EnumType.STRING)
    public RelocationState state;
    public String reason;
    /** The day the move may start (at the old space's facility). */
    public LocalDate moveOn;
    /** §3.2, §12.7: the RELOCATION notice a required move runs from. */
    public String noticeId;
    public LocalDate noticeDeemedGivenOn;
    /** The earliest move date without the customer's agreement: the notice's deemed date plus the notice period. */
    public LocalDate noticePeriodEndsOn;
    /** When the notice period runs out (start of that day in the customer's zone): a proposed required move reads SCHEDULED from then. */
    public Instant schedulesAt;
    /** The customer's written agreement to a move date within the notice period. */
    @Column(name = "customer_agreement_ref")
    public String customerAgreementReference;
    public String otherFacilityReason;
    public String requestedBy;
    public String acknowledgedBy;
    public Instant acknowledgedAt;
    public String decidedBy;
    public Instant decidedAt;
    public String startedBy;
    public Instant startedAt;
    public String completedBy;
    public Instant completedAt;
    @Enumerated(EnumType.STRING)
    public OldSpaceDisposition oldSpaceState;
    public BigDecimal costAmount;
    public String costCurrency;
    @Enumerated(EnumType.STRING)
    public CostBearer costBorneBy;
    /** The charges-ledger entry of a move the customer asked for (§2.1). */
    public String chargeId;
    public String closedBy;
    public Instant closedAt;
    public String closeReason;
    public boolean declined;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "relocation_items", joinColumns = @JoinColumn(name = "relocation_id"))
    @Column(name = "equipment_id")
    @OrderBy
    public Set<String> movedItemIds = new LinkedHashSet<>();

    /** What a new relocation is. */
    public record Proposal(String customerId, String orderId, String fromSpaceId, String toSpaceId,
            RelocationInitiator initiator, String reason, LocalDate moveOn, String noticeId,
            LocalDate noticeDeemedGivenOn, LocalDate noticePeriodEndsOn, Instant schedulesAt,
            String customerAgreementReference, String otherFacilityReason) {
    }

    /**
     * A required move with the customer's written agreement to its date is scheduled at once; any
     * other starts PROPOSED.
     */
    public static Relocation propose(String id, Instant now, Proposal p, String by) {
        Relocation r = new Relocation();
        r.stampCreated(id, now);
        r.customerId = p.customerId();
        r.orderId = p.orderId();
        r.fromSpaceId = p.fromSpaceId();
        r.toSpaceId = p.toSpaceId();
        r.initiator = p.initiator();
        r.reason = p.reason();
        r.moveOn = p.moveOn();
        r.noticeId = p.noticeId();
        r.noticeDeemedGivenOn = p.noticeDeemedGivenOn();
        r.noticePeriodEndsOn = p.noticePeriodEndsOn();
        r.schedulesAt = p.schedulesAt();
        r.customerAgreementReference = p.customerAgreementReference();
        r.otherFacilityReason = p.otherFacilityReason();
        r.requestedBy = by;
        r.costBorneBy = p.initiator().costBearer();
        r.state = p.customerAgreementReference() != null ? RelocationState.SCHEDULED : RelocationState.PROPOSED;
        return r;
    }

    /**
     * The state as of {@code now}: a required move still PROPOSED reads SCHEDULED once its notice
     * period has run out (derived on read; stored at the next action).
     */
    public RelocationState stateAt(Instant now) {
        if (state == RelocationState.PROPOSED && schedulesAt != null && !now.isBefore(schedulesAt)) {
            return RelocationState.SCHEDULED;
        }
        return state;
    }

    /** Stores a state derived from time; true when it changed. */
    public boolean settle(Instant now) {
        RelocationState derived = stateAt(now);
        if (derived != state) {
            state = derived;
            touch(now);
            return true;
        }
        return false;
    }

    /** §3.2: the customer acknowledges a move the provider requires, once, while it is open and not started. */
    public Optional<Rejection> acknowledgementRefusal(Instant now) {
        if (initiator == RelocationInitiator.CUSTOMER) {
            return Optional.of(new Rejection("RELOCATION_REQUESTED_BY_CUSTOMER", "§2.1",
                    "The customer asked for this relocation itself; operations accepts or declines it."));
        }
        if (acknowledgedAt != null) {
            return Optional.of(new Rejection("RELOCATION_ALREADY_ACKNOWLEDGED", "§3.2",
                    "The customer acknowledged this relocation at " + acknowledgedAt + "."));
        }
        RelocationState s = stateAt(now);
        if (s != RelocationState.PROPOSED && s != RelocationState.SCHEDULED) {
            return Optional.of(new Rejection("RELOCATION_NOT_OPEN", "§3.2",
                    "The relocation is " + s + "; only a proposed or scheduled one is acknowledged."));
        }
        return Optional.empty();
    }

    public void acknowledge(String by, Instant now) {
        acknowledgedBy = by;
        acknowledgedAt = now;
        state = RelocationState.SCHEDULED;
        touch(now);
    }

    /** §2.1: operations accepts or declines only a customer's own request, and only while it is proposed. */
    public Optional<Rejection> decisionRefusal() {
        if (initiator == RelocationInitiator.PROVIDER) {
            return Optional.of(new Rejection("RELOCATION_REQUIRED_BY_PROVIDER", "§3.2",
                    "The provider required this relocation; there is no request of the customer to decide."));
        }
        if (state != RelocationState.PROPOSED) {
            return Optional.of(new Rejection("RELOCATION_ALREADY_DECIDED", "§2.1",
                    "The relocation is " + state + "; only a proposed request is accepted or declined."));
        }
        return Optional.empty();
    }

    public void accept(String by, Instant now) {
        decidedBy = by;
        decidedAt = now;
        state = RelocationState.SCHEDULED;
        touch(now);
    }

    public void decline(String by, String why, Instant now) {
        decidedBy = by;
        decidedAt = now;
        declined = true;
        close(by, why, now);
    }

    /**
     * §3.2: the move starts only once scheduled (acknowledged, accepted, agreed, or noticed long
     * enough) and on or after its move date at the old space's facility; the refusal names the
     * date it would be allowed when time decides it.
     */
    public Optional<Rejection> startRefusal(Instant now, LocalDate facilityToday) {
        RelocationState s = stateAt(now);
        if (s == RelocationState.PROPOSED) {
            return Optional.of(initiator == RelocationInitiator.PROVIDER
                    ? new Rejection("RELOCATION_NOT_SCHEDULED", "§3.2", "The customer has not acknowledged the"
                            + " relocation and its notice period runs until " + noticePeriodEndsOn
                            + "; it may start on " + max(noticePeriodEndsOn, moveOn) + " at the earliest.")
                    : new Rejection("RELOCATION_NOT_SCHEDULED", "§2.1",
                            "Operations has not accepted the customer's request yet."));
        }
        if (s != RelocationState.SCHEDULED) {
            return Optional.of(new Rejection("RELOCATION_NOT_SCHEDULED", "§3.2",
                    "The relocation is " + s + "; only a scheduled one starts."));
        }
        if (facilityToday.isBefore(moveOn)) {
            return Optional.of(new Rejection("RELOCATION_BEFORE_MOVE_DATE", "§3.2", "The move is set for " + moveOn
                    + " (today is " + facilityToday + " at the facility); it may start on " + moveOn + "."));
        }
        return Optional.empty();
    }

    public void start(String by, Instant now) {
        startedBy = by;
        startedAt = now;
        state = RelocationState.IN_PROGRESS;
        touch(now);
    }

    /** Rule 20: only a move in progress completes. */
    public Optional<Rejection> completionRefusal() {
        if (state != RelocationState.IN_PROGRESS) {
            return Optional.of(new Rejection("RELOCATION_NOT_IN_PROGRESS", "§3.2",
                    "The relocation is " + state + "; only a relocation in progress is completed."));
        }
        return Optional.empty();
    }

    public void complete(String by, OldSpaceDisposition oldSpace, BigDecimal cost, String currency, String chargeId,
            Set<String> itemIds, Instant now) {
        completedBy = by;
        completedAt = now;
        oldSpaceState = oldSpace;
        costAmount = cost;
        costCurrency = currency;
        this.chargeId = chargeId;
        movedItemIds.addAll(itemIds);
        state = RelocationState.COMPLETED;
        touch(now);
    }

    /**
     * Operations cancels an open relocation; the customer withdraws only its own request, before
     * the move starts (a move the provider requires is not the customer's to cancel, §3.2).
     */
    public Optional<Rejection> cancellationRefusal(boolean byCustomer) {
        if (!OPEN.contains(state)) {
            return Optional.of(new Rejection("RELOCATION_CLOSED", "§3.2",
                    "The relocation is " + state + " and can no longer be cancelled."));
        }
        if (byCustomer && initiator == RelocationInitiator.PROVIDER) {
            return Optional.of(new Rejection("RELOCATION_REQUIRED_BY_PROVIDER", "§3.2",
                    "The provider required this relocation; only operations can cancel it."));
        }
        if (byCustomer && state == RelocationState.IN_PROGRESS) {
            return Optional.of(new Rejection("RELOCATION_IN_PROGRESS", "§2.1",
                    "The move has started; only operations can cancel it now."));
        }
        return Optional.empty();
    }

    public void close(String by, String why, Instant now) {
        closedBy = by;
        closedAt = now;
        closeReason = why;
        state = RelocationState.CANCELLED;
        touch(now);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }
}
