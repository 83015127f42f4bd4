package com.cagekeeper.notice.domain;

/** The ways §12.7 lets a written notice be given; each is deemed given on its own date. */
public enum DeliveryMethod {
    /** Confirmed facsimile: deemed given on the date sent. */
    FACSIMILE,
    /** Courier: deemed given on the date delivered. */
    COURIER,
    /** Certified mail, return receipt requested: deemed given on the date received. */
    CERTIFIED_MAIL
}
