package com.cagekeeper.customer.domain;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person the provider talks to at the customer (billing, technical, notices). */
@Embeddable
@Schema(name = "Contact")
public record Contact(
        @NotBlank @Size(max = 200) @Schema(example = "Dana Reyes") String name,
        @NotBlank @Email @Size(max = 254) @Schema(example = "dana.reyes@soundbite.example") String email,
        @Size(max = 40) @Schema(nullable = true, example = "+1 781 555 0100") String phone,
        @Size(max = 100) @Schema(nullable = true, example = "Technical") String role) {
}
