package com.cagekeeper.access.domain.policy;

import static com.cagekeeper.access.domain.AccessFactsBuilder.NOW;
import static com.cagekeeper.access.domain.AccessFactsBuilder.approvedPerson;
import static com.cagekeeper.access.domain.AccessFactsBuilder.visitor;
import static com.cagekeeper.access.domain.ReasonAssertions.assertDenies;
import static com.cagekeeper.access.domain.ReasonAssertions.assertSilent;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("InactiveApprovalLapses (rule 12, §3.2: an approval lapses after N days with no recorded entry)")
class InactiveApprovalLapsesTest {

    /** Rule 12's default, the common industry figure. */
    private static final int LAPSE_DAYS = 365;

    private final InactiveApprovalLapses policy = new InactiveApprovalLapses(LAPSE_DAYS);

    private static Instant daysBefore(Instant at, int days) {
        return at.minus(Duration.ofDays(days));
    }

    @Test
    @DisplayName("rule 12 exactly 365 days after the last entry the approval has lapsed: APPROVAL_LAPSED")
    void lapsesExactlyAtNDaysAfterLastEntry() {
        var facts = approvedPerson().withApprovedAt(daysBefore(NOW, 500)).withLastEntryAt(daysBefore(NOW, LAPSE_DAYS))
                .build();
        assertDenies(policy.evaluate(facts, NOW), "APPROVAL_LAPSED", "§3.2");
    }

    @Test
    @DisplayName("rule 12 one second before 365 days after the last entry the approval still holds")
    void holdsJustBeforeNDays() {
        var facts = approvedPerson().withApprovedAt(daysBefore(NOW, 500)).withLastEntryAt(daysBefore(NOW, LAPSE_DAYS))
                .build();
        assertSilent(policy.evaluate(facts, NOW.minusSeconds(1)));
    }

    @Test
    @DisplayName("rule 12 a person who never entered lapses 365 days after the approval")
    void neverEnteredLapsesFromApproval() {
        var facts = approvedPerson().withApprovedAt(daysBefore(NOW, LAPSE_DAYS)).withLastEntryAt(null).build();
        assertDenies(policy.evaluate(facts, NOW), "APPROVAL_LAPSED", "§3.2");
        assertSilent(policy.evaluate(facts, NOW.minusSeconds(1)));
    }

    @Test
    @DisplayName("rule 12 an entry older than a new approval does not count: the lapse runs from the new approval")
    void newApprovalRestartsTheCount() {
        var facts = approvedPerson().withApprovedAt(daysBefore(NOW, 10)).withLastEntryAt(daysBefore(NOW, 400)).build();
        assertSilent(policy.evaluate(facts, NOW));
    }

    @Test
    @DisplayName("rule 12 the number of days is configurable: with 30 days, an entry 30 days ago has lapsed")
    void lapseDaysAreConfigurable() {
        var facts = approvedPerson().withApprovedAt(daysBefore(NOW, 100)).withLastEntryAt(daysBefore(NOW, 30)).build();
        assertDenies(new InactiveApprovalLapses(30).evaluate(facts, NOW), "APPROVAL_LAPSED", "§3.2");
        assertSilent(policy.evaluate(facts, NOW));
    }

    @Test
    @DisplayName("rule 12 a person the sweep already marked EXPIRED is denied with APPROVAL_LAPSED, whatever the dates")
    void expiredPersonIsDenied() {
        assertDenies(policy.evaluate(approvedPerson().withPersonState("EXPIRED").build(), NOW), "APPROVAL_LAPSED",
                "§3.2");
    }

    @Test
    @DisplayName("rule 12 a revoked person inactive for years is not also reported as lapsed (the revocation answers)")
    void revokedPersonIsNotAlsoLapsed() {
        var facts = approvedPerson().withPersonState("REVOKED").withApprovedAt(daysBefore(NOW, 900))
                .withLastEntryAt(daysBefore(NOW, 800)).build();
        assertSilent(policy.evaluate(facts, NOW));
    }

    @Test
    @DisplayName("rule 12 an approved person who entered a week ago: nothing to say")
    void recentEntryIsSilent() {
        assertSilent(policy.evaluate(approvedPerson().build(), NOW));
    }

    @Test
    @DisplayName("rule 12 a visitor has no approval to lapse: nothing to say")
    void visitorIsSilent() {
        assertSilent(policy.evaluate(visitor().build(), NOW));
    }
}
