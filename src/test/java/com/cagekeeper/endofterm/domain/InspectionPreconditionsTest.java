package com.cagekeeper.endofterm.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.cagekeeper.shared.domain.Money;
import com.cagekeeper.shared.domain.Rejection;

@DisplayName("§7.6(iv) the inspection's preconditions")
class InspectionPreconditionsTest {

    @Test
    @DisplayName("§7.6 only a space awaiting restoration is inspected")
    void restorationDue() {
        Rejection r = InspectionPreconditions.stateRefusal(false, "ATL1-K101", "LEASED", List.of()).orElseThrow();
        assertEquals("SPACE_NOT_AWAITING_RESTORATION", r.code());
        assertEquals("§7.6", r.clause());
    }

    @Test
    @DisplayName("§7.6(iv) the refusal names every item still in the space; an empty space passes")
    void itemsRemain() {
        Rejection r = InspectionPreconditions.stateRefusal(true, "K", "RESTORATION_DUE",
                List.of(new InspectionPreconditions.Remaining("i-1", "Router", "INSTALLED"),
                        new InspectionPreconditions.Remaining("i-2", "Switch", "IN_PROVIDER_POSSESSION")))
                .orElseThrow();
        assertEquals("ITEMS_REMAIN_IN_SPACE", r.code());
        assertEquals("§7.6(iv)", r.clause());
        assertTrue(r.message().contains("i-1 (Router, INSTALLED)") && r.message().contains("i-2"), r.message());
        assertTrue(InspectionPreconditions.stateRefusal(true, "K", "RESTORATION_DUE", List.of()).isEmpty());
    }

    @Test
    @DisplayName("§7.6(iv) the provider's restoration names a positive cost; the customer's names none")
    void cost() {
        assertEquals("restorationCost", InspectionPreconditions
                .costRefusal(InspectionOutcome.RESTORED_BY_PROVIDER, null).orElseThrow().field());
        assertEquals("RESTORATION_COST_REQUIRED", InspectionPreconditions
                .costRefusal(InspectionOutcome.RESTORED_BY_PROVIDER, Money.of("0", "USD")).orElseThrow().code());
        assertTrue(InspectionPreconditions.costRefusal(InspectionOutcome.RESTORED_BY_PROVIDER, Money.of("10", "USD"))
                .isEmpty());
        assertEquals("RESTORATION_COST_NOT_APPLICABLE", InspectionPreconditions
                .costRefusal(InspectionOutcome.RESTORED_BY_CUSTOMER, Money.of("10", "USD")).orElseThrow().code());
        assertTrue(InspectionPreconditions.costRefusal(InspectionOutcome.RESTORED_BY_CUSTOMER, null).isEmpty());
    }

    @Test
    @DisplayName("§3.2 rule 19 after a move the provider required, its restoration is its own cost: none needed, none charged")
    void providerBorneRestoration() {
        assertTrue(InspectionPreconditions.costRefusal(InspectionOutcome.RESTORED_BY_PROVIDER, null, false).isEmpty());
        assertTrue(InspectionPreconditions.costRefusal(InspectionOutcome.RESTORED_BY_PROVIDER, Money.of("10", "USD"),
                false).isEmpty());
        assertEquals("RESTORATION_COST_REQUIRED", InspectionPreconditions.costRefusal(
                InspectionOutcome.RESTORED_BY_PROVIDER, Money.of("0", "USD"), false).orElseThrow().code());
        assertEquals("RESTORATION_COST_REQUIRED", InspectionPreconditions.costRefusal(
                InspectionOutcome.RESTORED_BY_PROVIDER, null, true).orElseThrow().code());
    }
}
