package com.cagekeeper.customer.application;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.cagekeeper.customer.domain.Contact;
import com.cagekeeper.customer.domain.Customer;
import com.cagekeeper.shared.domain.Address;
import com.cagekeeper.shared.domain.Standing;
import com.cagekeeper.shared.domain.Versioned;

/** A customer as the API shows it. */
@Schema(name = "Customer")
public record CustomerView(
        String id,
        @Schema(example = "SOUNDBITE") String code,
        @Schema(example = "Soundbite Communications, Inc.") String legalName,
        @Schema(description = "Where written notices are delivered (§12.7)") Address noticeAddress,
        List<Contact> contacts,
        @Schema(ref = "CurrencyCode", description = "The ISO 4217 currency the customer is invoiced and charged in (§4.1)") String billingCurrency,
        @Schema(description = "The IANA time zone in which the customer's notice and billing dates are counted", example = "America/New_York") String timeZone,
        @Schema(description = "Derived from the customer's obligations today, in its time zone: DELINQUENT while an undisputed amount is past due (§4.1)") Standing standing,
        long version,
        Instant createdAt,
        Instant updatedAt) implements Versioned {

    static CustomerView of(Customer c, Standing standing) {
        return new CustomerView(c.id, c.code, c.legalName, c.noticeAddress, List.copyOf(c.contacts),
                c.billingCurrency, c.timeZone, standing, c.version, c.createdAt, c.updatedAt);
    }
}
