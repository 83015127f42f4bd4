package com.cagekeeper.access.domain.policy;

import static com.cagekeeper.access.domain.AccessFactsBuilder.NOW;
import static com.cagekeeper.access.domain.AccessFactsBuilder.approvedPerson;
import static com.cagekeeper.access.domain.AccessFactsBuilder.visitor;
import static com.cagekeeper.access.domain.ReasonAssertions.assertDenies;
import static com.cagekeeper.access.domain.ReasonAssertions.assertSilent;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.cagekeeper.access.domain.Reason;

@DisplayName("LockdownDeniesCustomers (BCP, rule 8: a facility in LOCKDOWN admits no customer entry)")
class LockdownDeniesCustomersTest {

    private final LockdownDeniesCustomers policy = new LockdownDeniesCustomers();

    @Test
    @DisplayName("BCP a person of the customer is denied in a LOCKDOWN facility with code FACILITY_LOCKDOWN, naming the backup facility")
    void lockdownDeniesPerson() {
        Reason reason = assertDenies(
                policy.evaluate(approvedPerson().withFacilityState("LOCKDOWN").withBackupFacility("ATL2").build(), NOW),
                "FACILITY_LOCKDOWN", "BCP");
        assertTrue(reason.message().contains("ATL2"), reason.message());
    }

    @Test
    @DisplayName("BCP a visitor is denied in a LOCKDOWN facility too, also when no backup facility is named")
    void lockdownDeniesVisitor() {
        assertDenies(policy.evaluate(visitor().withFacilityState("LOCKDOWN").build(), NOW), "FACILITY_LOCKDOWN", "BCP");
    }

    @ParameterizedTest(name = "facility {0}")
    @ValueSource(strings = { "NORMAL", "DISRUPTED" })
    @DisplayName("BCP a NORMAL or DISRUPTED facility is not in lockdown: nothing to say")
    void otherStatesAreSilent(String state) {
        assertSilent(policy.evaluate(approvedPerson().withFacilityState(state).build(), NOW));
    }
}
