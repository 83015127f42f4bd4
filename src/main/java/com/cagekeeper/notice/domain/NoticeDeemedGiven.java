package com.cagekeeper.notice.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * §12.7 (rule 30): a written notice is deemed given (i) on the date sent, by confirmed
 * facsimile; (ii) on the date delivered, by courier; (iii) on the date received, by
 * certified mail, return receipt requested. While that date is unknown (a courier not yet
 * delivered, certified mail not yet received) the notice is not deemed given and starts no
 * clock: cure periods and termination dates run from the deemed date only.
 */
public final class NoticeDeemedGiven {

    public static final String CLAUSE = "§12.7";

    private NoticeDeemedGiven() {
    }

    /** The date the notice is deemed given, or empty while the date its method counts is unknown. */
    public static Optional<LocalDate> on(Delivery d) {
        return Optional.ofNullable(switch (d.method()) {
            case FACSIMILE -> d.sentOn();
            case COURIER -> d.deliveredOn();
            case CERTIFIED_MAIL -> d.receivedOn();
        });
    }

    /** The request field holding the date the method counts: what a later delivery or receipt fills in. */
    public static String decisiveField(DeliveryMethod method) {
        return switch (method) {
            case FACSIMILE -> "sentOn";
            case COURIER -> "deliveredOn";
            case CERTIFIED_MAIL -> "receivedOn";
        };
    }
}
