package com.cagekeeper.termination.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import com.cagekeeper.shared.domain.Rejection;
import com.cagekeeper.shared.persistence.BaseEntity;

/**
 * §12.4: an occurrence beyond a party's control (fire, utility outage, strikes, ...) at some
 * facilities, affecting named orders; ongoing until its end is recorded. Once it has lasted
 * more than fifteen business days either party may cancel an affected order without fee.
 */
@Entity
@Table(name = "force_majeure_events")
public class ForceMajeureEvent extends BaseEntity {

    public String description;
    public LocalDate startedOn;
    public LocalDate endedOn;
    public String recordedBy;
    public String endedBy;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "force_majeure_event_facilities", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "facility_id")
    public Set<String> facilityIds = new HashSet<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "force_majeure_event_orders", joinColumns = @JoinColumn(name = "event_id"))
    public List<AffectedOrder> orders = new ArrayList<>();

    public static ForceMajeureEvent record(String id, Instant now, String description, LocalDate startedOn,
            LocalDate endedOn, Set<String> facilityIds, List<AffectedOrder> orders, String by) {
        ForceMajeureEvent e = new ForceMajeureEvent();
        e.stampCreated(id, now);
        e.description = description;
        e.startedOn = startedOn;
        e.endedOn = endedOn;
        e.facilityIds.addAll(facilityIds);
        e.orders.addAll(orders);
        e.orders.sort(Comparator.comparing(o -> o.orderId));
        e.recordedBy = by;
        return e;
    }

    /** §12.4: an event is recorded once it has begun, and ends on or after its start, never ahead of today. */
    public static Optional<Rejection> datesRefusal(LocalDate startedOn, LocalDate endedOn, LocalDate today) {
        if (startedOn.isAfter(today)) {
            return Optional.of(new Rejection("FORCE_MAJEURE_DATE_IN_FUTURE", ForceMajeureDuration.CLAUSE, "startedOn "
                    + startedOn + " is after today (" + today + "); an event is recorded once it has begun.")
                    .at("startedOn"));
        }
        if (endedOn != null && endedOn.isBefore(startedOn)) {
            return Optional.of(new Rejection("FORCE_MAJEURE_DATES_OUT_OF_ORDER", ForceMajeureDuration.CLAUSE,
                    "endedOn " + endedOn + " is before the event started on " + startedOn + ".").at("endedOn"));
        }
        if (endedOn != null && endedOn.isAfter(today)) {
            return Optional.of(new Rejection("FORCE_MAJEURE_DATE_IN_FUTURE", ForceMajeureDuration.CLAUSE, "endedOn "
                    + endedOn + " is after today (" + today + "); an end is recorded once it has happened.")
                    .at("endedOn"));
        }
        return Optional.empty();
    }

    /** Only an ongoing event ends, once. */
    public Optional<Rejection> endRefusal() {
        return endedOn == null ? Optional.empty()
                : Optional.of(new Rejection("FORCE_MAJEURE_ALREADY_ENDED", ForceMajeureDuration.CLAUSE,
                        "The event's end on " + endedOn + " is already recorded."));
    }

    public void end(LocalDate on, String by, Instant now) {
        this.endedOn = on;
        this.endedBy = by;
        touch(now);
    }

    public boolean affects(String orderId) {
        return orders.stream().anyMatch(o -> o.orderId.equals(orderId));
    }
}
