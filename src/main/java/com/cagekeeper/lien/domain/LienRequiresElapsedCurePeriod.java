package com.cagekeeper.lien.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import com.cagekeeper.shared.domain.Rejection;

/**
 * §3.5 (rule 14): the provider may enforce its lien only when all of these hold on the
 * customer's date today: undisputed amounts are past due (§4.1; disputed amounts never
 * count), a written DELINQUENCY notice was deemed given (§12.7) after those amounts fell
 * due, and the cure period has elapsed since that deemed date with them still unpaid.
 * A refusal names every missing condition and the earliest date enforcement could be
 * allowed, when one can be told.
 */
public final class LienRequiresElapsedCurePeriod {

    private final int cureDays;

    public LienRequiresElapsedCurePeriod(int cureDays) {
        this.cureDays = cureDays;
    }

    /** What the rule reads: the customer's undisputed past-due amount now, and its notice. */
    public record Facts(boolean undisputedPastDue, LocalDate oldestPastDueOn, LocalDate noticeDeemedGivenOn,
            LocalDate today) {
    }

    /** Where a customer stands on the road to enforcement (the delinquency list's next step). */
    public enum Step {
        /** Nothing undisputed is past due: nothing to enforce. */
        NONE,
        /** Past due, but no DELINQUENCY notice deemed given after it fell due: send one (§12.7). */
        SEND_NOTICE,
        /** Notice given; the cure period runs until {@code allowedOn}. */
        WAIT_CURE_PERIOD,
        /** Every condition holds: operations may restrict access or take possession (§3.5(a), (b)). */
        ENFORCEABLE
    }

    /** The step, and the date from which enforcement is allowed when it can be told. */
    public record Assessment(Step step, LocalDate allowedOn, List<String> missing) {

        public boolean allowed() {
            return step == Step.ENFORCEABLE;
        }
    }

    /**
     * The notice the cure period runs from, of a customer's DELINQUENCY notices deemed given
     * (oldest first): the first deemed given after the amounts fell due, so that a later
     * reminder does not restart a period already running. With none after that date, the
     * latest (which {@link #assess} then names as too early); empty without any notice.
     */
    public static <N> Optional<N> noticeCounted(List<N> oldestFirst, Function<N, LocalDate> deemedGivenOn,
            LocalDate oldestPastDueOn) {
        if (oldestFirst.isEmpty()) {
            return Optional.empty();
        }
        if (oldestPastDueOn != null) {
            for (N n : oldestFirst) {
                if (deemedGivenOn.apply(n).isAfter(oldestPastDueOn)) {
                    return Optional.of(n);
                }
            }
        }
        return Optional.of(oldestFirst.get(oldestFirst.size() - 1));
    }

    public Assessment assess(Facts f) {
        List<String> missing = new ArrayList<>();
        if (!f.undisputedPastDue()) {
            missing.add("no undisputed amount is past due (§4.1; disputed amounts never count)");
            return new Assessment(Step.NONE, null, List.copyOf(missing));
        }
        boolean noticeCounts = f.noticeDeemedGivenOn() != null && f.oldestPastDueOn() != null
                && f.noticeDeemedGivenOn().isAfter(f.oldestPastDueOn());
        if (!noticeCounts) {
            missing.add("no written DELINQUENCY notice deemed given after the amounts fell due on "
                    + f.oldestPastDueOn() + " (§12.7)");
            return new Assessment(Step.SEND_NOTICE, null, List.copyOf(missing));
        }
        LocalDate allowedOn = f.noticeDeemedGivenOn().plusDays(cureDays);
        if (f.today().isBefore(allowedOn)) {
            missing.add("the cure period of " + cureDays + " days after the notice deemed given on "
                    + f.noticeDeemedGivenOn() + " runs until " + allowedOn);
            return new Assessment(Step.WAIT_CURE_PERIOD, allowedOn, List.copyOf(missing));
        }
        return new Assessment(Step.ENFORCEABLE, allowedOn, List.of());
    }

    /** Empty when enforcement is allowed; otherwise a refusal naming each missing condition. */
    public Optional<Rejection> refusal(Facts f) {
        Assessment a = assess(f);
        if (a.allowed()) {
            return Optional.empty();
        }
        return Optional.of(new Rejection("LIEN_NOT_ENFORCEABLE", "§3.5", "The lien cannot be enforced yet: "
                + String.join("; ", a.missing())
                + (a.allowedOn() == null ? "." : ". The earliest date it would be allowed is " + a.allowedOn() + ".")));
    }
}
