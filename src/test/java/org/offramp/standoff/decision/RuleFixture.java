package org.offramp.standoff.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.Consumer;
import org.offramp.model.Param;
import org.offramp.model.Scenario;
import org.offramp.scenario.Scenarios;
import org.offramp.standoff.Action;
import org.offramp.standoff.Actor;
import org.offramp.standoff.Params;

/**
 * The scenario and helpers of the decision-rule tests. Every weight and propensity is set to its own
 * nonzero value, so a term that a rule dropped, or multiplied by the wrong weight, changes a
 * utility by the wrong amount; the expected amounts are the formulas of docs/ODD.md, section 7.4.
 */
final class RuleFixture {
    static final double EPS = 1e-12;
    static final double NO = Double.NEGATIVE_INFINITY;
    static final Scenario S = distinctWeights();

    private RuleFixture() {
    }

    private static Scenario distinctWeights() {
        Scenario s = Scenarios.load("baseline");
        int k = 0;
        for (Param p : Params.all()) {
            if (p.path().contains(".weight.")) {
                s = s.with(p, 0.4 + 0.1 * (k++ % 17));
            } else if (p.path().contains(".propensity.")) {
                s = s.with(p, -1.03 + 0.15 * (k++ % 13));
            }
        }
        return s;
    }

    static double w(Param p) {
        return S.get(p);
    }

    /** The adversary each rule weighs the common terms against (none for the UN). */
    static Actor adversary(Actor a) {
        return switch (a) {
            case WASHINGTON, GULF -> Actor.TEHRAN;
            case TEHRAN, IRGC, MOSCOW -> Actor.WASHINGTON;
            case UN -> null;
        };
    }

    /** The utility the actor's built-in rule gives {@code a} in the view's state. */
    static double u(StubView v, Action a) {
        return u(v, a, S);
    }

    static double u(StubView v, Action a, Scenario s) {
        double[] out = new double[Action.of(v.self()).size()];
        Rules.of(v.self()).utilities(v, s, out);
        return out[Action.of(v.self()).indexOf(a)];
    }

    /** The common part of {@code a}'s utility in the view's state (tested in ConsequencesTest). */
    static double common(StubView v, Action a) {
        Actor adv = adversary(v.self());
        return adv == null ? Consequences.neutral(v, S, a) : Consequences.common(v, S, a, adv);
    }

    /**
     * Asserts that changing the view by {@code change} changes {@code a}'s utility by the change of
     * its common part plus {@code ruleTermChange}, the change of the rule's own term.
     */
    static void assertChange(StubView v, Action a, Consumer<StubView> change, double ruleTermChange, String what) {
        double before = u(v, a);
        double commonBefore = common(v, a);
        change.accept(v);
        double after = u(v, a);
        double commonAfter = common(v, a);
        assertEquals(ruleTermChange, (after - before) - (commonAfter - commonBefore), EPS, a + ": " + what);
    }
}
