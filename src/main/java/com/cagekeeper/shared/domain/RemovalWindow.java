package com.cagekeeper.shared.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * §7.6 (rule 28): when an order ends, the customer's rights to its spaces cease at the start
 * of the effective date (a termination's date, or the day after the term's last day), and the
 * removal window opens: for {@code days} whole days in the facility's time zone the customer
 * may enter only to remove its equipment and restore the space. After the window the provider
 * may remove and dispose of what is left. One rule for the door and for the end of term.
 */
public final class RemovalWindow {

    /** The clause the window's rules are enforced under. */
    public static final String CLAUSE = "§7.6(iv)";

    private final int days;

    public RemovalWindow(int days) {
        this.days = days;
    }

    public int days() {
        return days;
    }

    /**
     * §7.1, §7.6(i): the first day without rights: the termination's effective date when there is
     * one, else the day after the term's last day. Null when no term is known.
     */
    public static LocalDate rightsEndOn(LocalDate terminatedOn, LocalDate termStart, int termMonths) {
        if (terminatedOn != null) {
            return terminatedOn;
        }
        return termStart == null ? null : termStart.plusMonths(termMonths);
    }

    /** The first day after the window: from this day on, the provider may dispose of what is left. */
    public LocalDate closesOn(LocalDate rightsEndOn) {
        return rightsEndOn.plusDays(days);
    }

    /** Whole days in the facility's zone, like the rights' end: the window closes at local midnight, even across DST. */
    public Instant closesAt(Instant rightsEnd, ZoneId zone) {
        return rightsEnd.atZone(zone).plusDays(days).toInstant();
    }

    /**
     * §7.6(iv): equipment not removed may be removed and disposed of by the provider only once the
     * window has closed; before, the refusal names the day it would be allowed.
     */
    public Optional<Rejection> disposalRefusal(LocalDate rightsEndOn, LocalDate today) {
        Optional<Rejection> notEnded = endedRefusal(rightsEndOn, today);
        if (notEnded.isPresent()) {
            return notEnded;
        }
        LocalDate allowedOn = closesOn(rightsEndOn);
        if (today.isBefore(allowedOn)) {
            return Optional.of(new Rejection("REMOVAL_WINDOW_OPEN", CLAUSE, "The customer may still remove its"
                    + " equipment: the removal window of " + days + " days after the rights ended on " + rightsEndOn
                    + " runs until " + allowedOn.minusDays(1) + ". Disposal would be allowed on " + allowedOn + "."));
        }
        return Optional.empty();
    }

    /**
     * §7.6(i): what happens at the end (surrender, disposal) happens once the customer's rights
     * have ceased; before, the refusal names the day they cease.
     */
    public Optional<Rejection> endedRefusal(LocalDate rightsEndOn, LocalDate today) {
        if (rightsEndOn == null || today.isBefore(rightsEndOn)) {
            return Optional.of(new Rejection("ORDER_NOT_ENDED", "§7.6(i)",
                    "The order for the space has not ended" + (rightsEndOn == null ? "."
                            : "; the customer's rights cease on " + rightsEndOn + ", from when this is allowed.")));
        }
        return Optional.empty();
    }
}
