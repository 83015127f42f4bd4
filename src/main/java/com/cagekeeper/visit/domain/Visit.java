package com.cagekeeper.visit.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import com.cagekeeper.shared.domain.Rejection;
import com.cagekeeper.shared.persistence.BaseEntity;

/** A time-boxed permit for named visitors who are not on the access list, for some spaces, with an escort (rule 9). */
@Entity
@Table(name = "visits")
public class Visit extends BaseEntity {

    public String customerId;
    @Enumerated(EnumType.STRING)
    public VisitPurpose purpose;
    public String description;
    public Instant startsAt;
    public Instant endsAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "visit_spaces", joinColumns = @JoinColumn(name = "visit_id"))
    @Column(name = "space_id")
    public Set<String> spaceIds = new HashSet<>();
    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @JoinColumn(name = "visit_id", insertable = false, updatable = false)
    @OrderBy("position")
    public List<Visitor> visitors = new ArrayList<>();
    public String escortPersonId;
    public boolean escortWaived;
    public String escortWaiverReason;
    public String escortWaivedBy;
    @Enumerated(EnumType.STRING)
    public VisitState state;
    public String cancelledBy;
    public Instant cancelledAt;
    public String cancellationReason;

    /** Rule 9: a visit lasts at most the configured number of days and names at most so many visitors. */
    public static Optional<Rejection> scheduleRefusal(Instant startsAt, Instant endsAt, int visitors, int maxDays,
            int maxVisitors) {
        if (!endsAt.isAfter(startsAt)) {
            return Optional.of(new Rejection("VISIT_WINDOW_INVALID", "§3.2", "A visit must end after it starts."));
        }
        if (Duration.between(startsAt, endsAt).compareTo(Duration.ofDays(maxDays)) > 0) {
            return Optional.of(new Rejection("VISIT_TOO_LONG", "§3.2",
                    "A visit lasts at most " + maxDays + " days; schedule another for the rest."));
        }
        if (visitors > maxVisitors) {
            return Optional.of(new Rejection("TOO_MANY_VISITORS", "§3.2",
                    "A visit names at most " + maxVisitors + " visitors; split the group."));
        }
        return Optional.empty();
    }

    public Optional<Rejection> waiverRefusal() {
        if (state == VisitState.CANCELLED) {
            return Optional.of(new Rejection("VISIT_CANCELLED", "§3.2", "The visit is cancelled."));
        }
        if (escortWaived) {
            return Optional.of(new Rejection("ESCORT_ALREADY_WAIVED", "§3.2", "The escort is already waived."));
        }
        return Optional.empty();
    }

    public void waiveEscort(String by, String reason, Instant now) {
        this.escortWaived = true;
        this.escortWaivedBy = by;
        this.escortWaiverReason = reason;
        touch(now);
    }

    public Optional<Rejection> cancellationRefusal() {
        if (state == VisitState.CANCELLED) {
            return Optional.of(new Rejection("VISIT_CANCELLED", "§3.2", "The visit is already cancelled."));
        }
        return Optional.empty();
    }

    public void cancel(String by, String reason, Instant now) {
        this.state = VisitState.CANCELLED;
        this.cancelledBy = by;
        this.cancelledAt = now;
        this.cancellationReason = reason;
        touch(now);
    }
}
