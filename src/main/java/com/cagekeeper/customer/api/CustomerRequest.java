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
            @Size(max = 20) List<@NotNull @Valid Contact> contacts) {

        CustomerService.Description description() {
            return new CustomerService.Description(legalName, noticeAddress, contacts);
        }
    }

    /** Replaces a customer's description; its code never changes. */
    @Schema(name = "UpdateCustomer")
    public record Update(
            @NotBlank @Size(max = 200) @Schema(example = "Soundbite Communications, Inc.") String legalName,
            @NotNull @Valid Address noticeAddress,
            @Size(max = 20) List<@NotNull @Valid Contact> contacts) {

        CustomerService.Description description() {
            return new CustomerService.Description(legalName, noticeAddress, contacts);
        }
    }
}
