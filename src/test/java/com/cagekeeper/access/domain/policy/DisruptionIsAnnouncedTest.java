package com.cagekeeper.access.domain.policy;

import static com.cagekeeper.access.domain.AccessFactsBuilder.NOW;
import static com.cagekeeper.access.domain.AccessFactsBuilder.approvedPerson;
import static com.cagekeeper.access.domain.AccessFactsBuilder.visitor;
import static com.cagekeeper.access.domain.ReasonAssertions.assertNotice;
import static com.cagekeeper.access.domain.ReasonAssertions.assertSilent;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.cagekeeper.access.domain.Reason;

@DisplayName("DisruptionIsAnnounced (BCP, rule 8: a DISRUPTED facility decides normally and says so)")
class DisruptionIsAnnouncedTest {

    private final DisruptionIsAnnounced policy = new DisruptionIsAnnounced();

    @Test
    @DisplayName("BCP a DISRUPTED facility gives the notice FACILITY_DISRUPTED, which does not deny, naming the backup facility")
    void disruptionIsANoticeNamingTheBackup() {
        Reason reason = assertNotice(
                policy.evaluate(approvedPerson().withFacilityState("DISRUPTED").withBackupFacility("ATL2").build(), NOW),
                "FACILITY_DISRUPTED", "BCP");
        assertTrue(reason.message().contains("ATL2"), reason.message());
    }

    @Test
    @DisplayName("BCP a visitor gets the same notice in a DISRUPTED facility")
    void visitorGetsTheNotice() {
        assertNotice(policy.evaluate(visitor().withFacilityState("DISRUPTED").build(), NOW), "FACILITY_DISRUPTED",
                "BCP");
    }

    @ParameterizedTest(name = "facility {0}")
    @ValueSource(strings = { "NORMAL", "LOCKDOWN" })
    @DisplayName("BCP a NORMAL facility, or one in LOCKDOWN (which denies on its own), gets no disruption notice")
    void otherStatesAreSilent(String state) {
        assertSilent(policy.evaluate(approvedPerson().withFacilityState(state).build(), NOW));
    }
}
