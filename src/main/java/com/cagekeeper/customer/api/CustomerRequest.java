package com.cagekeeper.customer.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.cagekeeper.customer.application.CustomerService;
import com.cagekeeper.customer.domain.Contact;
import com.cagekeeper.shared.domain.Address;
import com.cagekeeper.shared.domain.IanaTimeZone;
import com.cagekeeper.shared.domain.IsoCurrency;

/** Requests about customers. */
public final class CustomerRequest {

    private CustomerRequest() {
    }

    /** Registers a customer. */
    @Schema(name = "CreateCustomer")
    public record Create(
            @NotNull @Pattern(regexp = "^[A-Z0-9][A-Z0-9-]{1,19}$", message = "must be 2 to 20 capital letters, digits or dashes") @Schema(example = "SOUNDBITE") String code,
            @NotBlank @Size(max = 200) @Schema(example = "Soundbite Communications, Inc.") String legalName,
            @NotNull @Valid Address noticeAddress,
            @Size(max = 20) List<@NotNull @Valid Contact> contacts,
            @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as USD") @IsoCurrency @Schema(ref = "CurrencyCode", description = "The currency the customer is invoiced and charged in (§4.1); USD when absent") String billingCurrency,
            @IanaTimeZone @Schema(description = "The IANA time zone in which the customer's notice and billing dates are counted; UTC when absent", example = "America/New_York") String timeZone) {

        CustomerService.Description description() {
            return new CustomerService.Description(legalName, noticeAddress, contacts, billingCurrency, timeZone);
        }
    }

    /** Replaces a customer's description; its code never changes. */
    @Schema(name = "UpdateCustomer")
    public record Update(
            @NotBlank @Size(max = 200) @Schema(example = "Soundbite Communications, Inc.") String legalName,
            @NotNull @Valid Address noticeAddress,
            @Size(max = 20) List<@NotNull @Valid Contact> contacts,
            @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as USD") @IsoCurrency @Schema(ref = "CurrencyCode", description = "Unchanged when absent; cannot change once the customer is billed in another currency (409)") String billingCurrency,
            @IanaTimeZone @Schema(description = "Unchanged when absent", example = "America/New_York") String timeZone) {

        CustomerService.Description description() {
            return new CustomerService.Description(legalName, noticeAddress, contacts, billingCurrency, timeZone);
        }
    }
}
