package com.cagekeeper.billing.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import com.cagekeeper.shared.domain.ChargeKind;
import com.cagekeeper.shared.domain.Money;
import com.cagekeeper.shared.domain.Rejection;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One entry of the ledger of what Cagekeeper charges a customer on top of its invoices:
 * late charges (§4.1), storage (§3.5), restoration (§4.5), removal, disposal and termination
 * fees (§7). Append-only: the database refuses UPDATE and DELETE; a correction is another entry.
 */
@Entity
@Immutable
@Table(name = "charges")
public class Charge extends PanacheEntityBase {

    /** The source type of a late charge: the invoice it accrued on. */
    public static final String INVOICE = "Invoice";

    @Id
    @Column(length = 36, nullable = false, updatable = false)
    public String id;
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
    public String customerId;
    @Enumerated(EnumType.STRING)
    public ChargeKind kind;
    @Embedded
    public Money amount;
    public LocalDate periodFrom;
    public LocalDate periodTo;
    public String clause;
    /** The kind of object the charge came from (Invoice, Equipment, Order, ...) and its id. */
    public String sourceType;
    public String sourceId;
    /** The customer's local date the entry was posted on. */
    public LocalDate postedOn;
    public String recordedBy;

    /** What is charged, for what period, under which clause, because of which object. */
    public record Entry(ChargeKind kind, Money amount, LocalDate periodFrom, LocalDate periodTo, String clause,
            String sourceType, String sourceId) {
    }

    public static Charge post(String id, Instant now, String customerId, Entry e, LocalDate postedOn,
            String recordedBy) {
        Charge c = new Charge();
        c.id = id;
        c.createdAt = now;
        c.customerId = customerId;
        c.kind = e.kind();
        c.amount = e.amount();
        c.periodFrom = e.periodFrom();
        c.periodTo = e.periodTo();
        c.clause = e.clause();
        c.sourceType = e.sourceType();
        c.sourceId = e.sourceId();
        c.postedOn = postedOn;
        c.recordedBy = recordedBy;
        return c;
    }

    /** An entry charges a positive amount over a period that does not run backwards. */
    public static Optional<Rejection> entryRefusal(Entry e) {
        if (e.amount().amount().signum() <= 0) {
            return Optional.of(new Rejection("CHARGE_NOT_POSITIVE", e.clause(),
                    "A charge is a positive amount; a credit is the billing system's.").at("amount.amount"));
        }
        if (e.periodFrom() != null && e.periodTo() != null && e.periodFrom().isAfter(e.periodTo())) {
            return Optional.of(new Rejection("CHARGE_PERIOD_REVERSED", e.clause(), "The period starts on "
                    + e.periodFrom() + ", after it ends on " + e.periodTo() + ".").at("periodFrom"));
        }
        return Optional.empty();
    }

    /** What was posted so far for one source and kind: the total and the end of the last period. */
    public record Posted(BigDecimal total, LocalDate lastPeriodTo) {
        public static final Posted NOTHING = new Posted(BigDecimal.ZERO, null);
    }

    public static List<Charge> of(String customerId, ChargeKind kind, String sourceType) {
        return list("customerId = ?1 and kind = ?2 and sourceType = ?3 order by id", customerId, kind, sourceType);
    }
}
