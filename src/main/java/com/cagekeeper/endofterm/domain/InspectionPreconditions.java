package com.cagekeeper.endofterm.domain;

import java.util.List;
import java.util.Optional;

import com.cagekeeper.shared.domain.Money;
import com.cagekeeper.shared.domain.Rejection;

/**
 * §7.6(iv), §3.3 (rules 22, 28): the inspection that ends the end of term is recorded only for a
 * space awaiting restoration, once none of the customer's items is left in it (removed,
 * disposed of or, the provider's, surrendered); a restoration by the provider names its cost,
 * which is charged to the customer, and one by the customer names none.
 */
public final class InspectionPreconditions {

    public static final String CLAUSE = "§7.6(iv)";

    private InspectionPreconditions() {
    }

    /** An item still in the space: its id, name and state, as the refusal names it. */
    public record Remaining(String id, String name, String state) {
    }

    /** 409: the space is not awaiting restoration, or items are still in it (each named). */
    public static Optional<Rejection> stateRefusal(boolean restorationDue, String spaceCode, String spaceState,
            List<Remaining> remaining) {
        if (!restorationDue) {
            return Optional.of(new Rejection("SPACE_NOT_AWAITING_RESTORATION", "§7.6",
                    "Space " + spaceCode + " is " + spaceState + "; only a space awaiting restoration can be restored."));
        }
        if (!remaining.isEmpty()) {
            return Optional.of(new Rejection("ITEMS_REMAIN_IN_SPACE", CLAUSE, "The space is restored once it is empty;"
                    + " these items are still in it: " + String.join(", ", remaining.stream()
                            .map(r -> r.id() + " (" + r.name() + ", " + r.state() + ")").toList())
                    + ". The customer removes its own, surrenders the provider's, or after the removal window the"
                    + " provider disposes of them."));
        }
        return Optional.empty();
    }

    /** 422: the provider's restoration names its positive cost; the customer's names none. */
    public static Optional<Rejection> costRefusal(InspectionOutcome outcome, Money restorationCost) {
        return costRefusal(outcome, restorationCost, true);
    }

    /**
     * 422: the provider's restoration at the customer's cost names its positive cost; after a move
     * the provider required (§3.2, rule 19) the cost is the provider's and may be left out (one
     * named is recorded, not charged); the customer's own restoration names none.
     */
    public static Optional<Rejection> costRefusal(InspectionOutcome outcome, Money restorationCost,
            boolean chargeable) {
        if (outcome == InspectionOutcome.RESTORED_BY_PROVIDER && restorationCost != null
                && restorationCost.amount().signum() <= 0) {
            return Optional.of(new Rejection("RESTORATION_COST_REQUIRED", CLAUSE, "A restoration cost named is"
                    + " above zero.").at("restorationCost"));
        }
        if (outcome == InspectionOutcome.RESTORED_BY_PROVIDER && chargeable && restorationCost == null) {
            return Optional.of(new Rejection("RESTORATION_COST_REQUIRED", CLAUSE, "The provider restored the space"
                    + " at the customer's cost: name that cost.").at("restorationCost"));
        }
        if (outcome == InspectionOutcome.RESTORED_BY_CUSTOMER && restorationCost != null) {
            return Optional.of(new Rejection("RESTORATION_COST_NOT_APPLICABLE", CLAUSE, "The customer restored the"
                    + " space itself; there is no restoration cost to charge.").at("restorationCost"));
        }
        return Optional.empty();
    }
}
