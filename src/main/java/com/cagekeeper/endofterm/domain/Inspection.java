package com.cagekeeper.endofterm.domain;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
import jakarta.persistence.Table;

import com.cagekeeper.shared.domain.Money;
import com.cagekeeper.shared.persistence.BaseEntity;

/**
 * §7.6(iv), §3.3: the inspection that ends an end of term: the space is back in its original
 * condition except for the approved alterations, which stay with it as fixtures (rule 22),
 * restored by the customer or by the provider at the customer's cost.
 */
@Entity
@Table(name = "end_of_term_inspections")
public class Inspection extends BaseEntity {

    public String spaceId;
    /** The order whose end this closes; null when the space awaited restoration without one. */
    public String orderId;
    /** The customer whose end of term it is; null when the space had none. */
    public String customerId;
    @Enumerated(EnumType.STRING)
    public InspectionOutcome outcome;
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "amount", column = @Column(name = "restoration_cost_amount")),
            @AttributeOverride(name = "currency", column = @Column(name = "restoration_cost_currency")) })
    public Money restorationCost;
    public String note;
    public String inspectedBy;
    public Instant inspectedAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "end_of_term_kept_alterations", joinColumns = @JoinColumn(name = "inspection_id"))
    @Column(name = "alteration_id")
    public Set<String> keptAlterationIds = new HashSet<>();

    public static Inspection record(String id, Instant now, String spaceId, String orderId, String customerId,
            InspectionOutcome outcome, Money restorationCost, String note, List<String> keptAlterationIds, String by) {
        Inspection i = new Inspection();
        i.stampCreated(id, now);
        i.spaceId = spaceId;
        i.orderId = orderId;
        i.customerId = customerId;
        i.outcome = outcome;
        i.restorationCost = restorationCost;
        i.note = note;
        i.inspectedBy = by;
        i.inspectedAt = now;
        i.keptAlterationIds.addAll(keptAlterationIds);
        return i;
    }

    /** The latest inspection of the space, or null. */
    public static Inspection latestOf(String spaceId) {
        return find("spaceId = ?1 order by inspectedAt desc, id desc", spaceId).firstResult();
    }
}
