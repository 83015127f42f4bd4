package com.cagekeeper.billing;

import static com.cagekeeper.support.Api.BILLING;
import static com.cagekeeper.support.Api.as;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.cagekeeper.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(LegalCapTest.OnePercentCap.class)
@DisplayName("Late charges capped by the legal maximum (§4.1: 1.5% per month or the maximum rate the law permits, if lower)")
class LegalCapTest {

    /** A jurisdiction whose law permits at most 1% per month. */
    public static class OnePercentCap implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("billing.legal-max-monthly-rate", "0.01");
        }
    }

    @Test
    @DisplayName("§4.1 with a legal maximum of 1% per month, 10,000.00 USD 30 days late carries 10,000.00 x 0.01 x 12 / 365 x 30 = 98.63, not 147.95")
    void capApplies() {
        String customer = Fixtures.customer();
        Fixtures.invoice(customer, LocalDate.of(2026, 1, 1), "10000.00");
        as(BILLING).queryParam("on", "2026-03-02").get("/api/v1/customers/{id}/standing", customer).then()
                .statusCode(200).body("lateChargeMonthlyRate", equalTo("0.01"))
                .body("lateCharges.amount", equalTo("98.63")).body("standing", equalTo("DELINQUENT"));
    }
}
