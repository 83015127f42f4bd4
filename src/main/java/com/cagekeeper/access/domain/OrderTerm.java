package com.cagekeeper.access.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import com.cagekeeper.order.domain.OrderState;
import com.cagekeeper.shared.domain.RemovalWindow;

/**
 * §7.1, §7.6(i): when the customer's rights to a space end, as an instant in the
 * facility's time zone: the start of the termination's effective date, or the day after
 * the term's last day.
 */
public final class OrderTerm {

    private OrderTerm() {
    }

    /** The instant the rights cease, or null while the order leases nothing. */
    public static Instant rightsEndAt(OrderState orderState, LocalDate termStart, int termMonths, LocalDate terminatedOn,
            ZoneId zone) {
        if (orderState == null || termStart == null) {
            return null;
        }
        LocalDate end = RemovalWindow.rightsEndOn(terminatedOn, termStart, termMonths);
        return end.atStartOfDay(zone).toInstant();
    }
}
