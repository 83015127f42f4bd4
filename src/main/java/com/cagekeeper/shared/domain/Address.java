package com.cagekeeper.shared.domain;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A postal address; for a customer, where written notices are delivered (§12.7). */
@Embeddable
@Schema(name = "Address", requiredProperties = { "line1", "city", "country" })
public record Address(
        @NotBlank @Size(max = 200) @Schema(example = "250 Williams Street, Suite E-100") String line1,
        @Size(max = 200) @Schema(nullable = true) String line2,
        @NotBlank @Size(max = 100) @Schema(example = "Atlanta") String city,
        @Size(max = 100) @Schema(nullable = true, example = "GA") String region,
        @Size(max = 20) @Schema(nullable = true, example = "30303") String postalCode,
        @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as US") @IsoCountry @Schema(ref = "CountryCode") String country) {
}
