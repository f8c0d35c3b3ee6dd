package org.offramp.standoff.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.offramp.standoff.decision.RuleFixture.EPS;
import static org.offramp.standoff.decision.RuleFixture.S;
import static org.offramp.standoff.decision.RuleFixture.w;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.offramp.standoff.Action;
import org.offramp.standoff.Actor;
import org.offramp.standoff.Params;
import org.offramp.standoff.Rung;

/**
 * The common utility of docs/ODD.md, section 7.4: each term moves the utility the documented way and
 * by the documented amount. For actor i facing adversary j:
 * {@code U = propensity + wPain π H_ij − wCost c (1 − ρ_i) − wRisk risk(r) (H_ij + R_ij) / 2 + wFace P_i π}.
 */
class ConsequencesTest {
    private static final Actor I = Actor.WASHINGTON;
    private static final Actor J = Actor.TEHRAN;

    private static double common(StubView v, Action a) {
        return Consequences.common(v, S, a, J);
    }

    @Test
    void riskIsZeroUpToPosturingThenQuadraticToOneAtOpenWar() {
        double[] expected = {0, 0, 0, 1 / 25.0, 4 / 25.0, 9 / 25.0, 16 / 25.0, 1};
        for (Rung r : Rung.values()) {
            assertEquals(expected[r.level()], Consequences.risk(r), EPS, r.toString());
        }
    }

    @Test
    void presentRiskIsTheLaddersRiskTimesTheMeanOfHostilityAndResolve() {
        StubView v = new StubView(I);
        v.ladder = Rung.STRIKE_CAMPAIGN;
        v.hostility[J.ordinal()] = 0.3;
        v.resolve[J.ordinal()] = 0.9;
        assertEquals(16 / 25.0 * 0.6, Consequences.presentRisk(v, J), EPS);
        v.ladder = Rung.POSTURING;
        assertEquals(0, Consequences.presentRisk(v, J), 0);
    }

    @ParameterizedTest
    @EnumSource(value = Action.class, names = {"ADD_SANCTIONS", "LIMITED_STRIKE", "STRIKE_CAMPAIGN", "OFFER_TALKS"})
    void theCommonUtilityIsTheDocumentedSum(Action a) {
        StubView v = new StubView(I);
        double h = v.hostility(J);
        double r = v.resolve(J);
        double expected = w(Params.propensity(a)) + w(Params.painWeight(I)) * a.pain() * h
                - w(Params.costWeight(I)) * a.cost() * (1 - v.ownResolve())
                - w(Params.riskWeight(I)) * Consequences.risk(a.rung()) * (h + r) / 2
                + w(Params.faceWeight(I)) * v.provocation() * a.pain();
        assertEquals(expected, common(v, a), EPS);
    }

    @Test
    void eachTermMovesTheUtilityByItsWeightTimesTheChange() {
        Action a = Action.LIMITED_STRIKE;   // pain 0.6, cost 0.3, rung 5: every term is active
        double risk = Consequences.risk(a.rung());
        double d = 0.1;

        StubView v = new StubView(I);
        double base = common(v, a);
        assertEquals(0.5, Consequences.common(v, S.with(Params.propensity(a), w(Params.propensity(a)) + 0.5), a, J) - base,
                EPS, "propensity");

        v.hostility[J.ordinal()] += d;
        assertEquals(w(Params.painWeight(I)) * a.pain() * d - w(Params.riskWeight(I)) * risk * d / 2,
                common(v, a) - base, EPS, "the adversary's hostility: more harm to do, more risk");

        v = new StubView(I);
        v.resolve[J.ordinal()] += d;
        assertEquals(-w(Params.riskWeight(I)) * risk * d / 2, common(v, a) - base, EPS, "the adversary's resolve: more risk");

        v = new StubView(I);
        v.ownResolve += d;
        assertEquals(w(Params.costWeight(I)) * a.cost() * d, common(v, a) - base, EPS, "own resolve discounts the cost");

        v = new StubView(I);
        v.provocation += d;
        assertEquals(w(Params.faceWeight(I)) * a.pain() * d, common(v, a) - base, EPS, "provocation: face");

        v = new StubView(I);
        v.hostility[Actor.MOSCOW.ordinal()] += d;
        v.resolve[Actor.GULF.ordinal()] += d;
        assertEquals(0, common(v, a) - base, 0, "beliefs about others than the adversary do not enter");
    }

    @Test
    void aPostureCarriesNoRiskAndAHoldNoPainOrCost() {
        StubView v = new StubView(I);
        double base = common(v, Action.THREATEN_FORCE);   // rung 2
        v.resolve[J.ordinal()] += 0.2;
        assertEquals(base, common(v, Action.THREATEN_FORCE), EPS, "no risk up to rung 2");
        v.provocation = 1;
        v.ownResolve = 0;
        assertEquals(w(Params.propensity(Action.WASHINGTON_HOLD)), common(v, Action.WASHINGTON_HOLD), EPS);
    }

    @Test
    void theNeutralUtilityIsPropensityLessTheDiscountedCost() {
        StubView v = new StubView(Actor.UN);
        v.ownResolve = 0.25;
        Action a = Action.MEDIATE_YEMEN;
        assertEquals(w(Params.propensity(a)) - w(Params.costWeight(Actor.UN)) * a.cost() * 0.75,
                Consequences.neutral(v, S, a), EPS);
        v.provocation = 1;
        v.hostility[Actor.TEHRAN.ordinal()] = 1;
        assertEquals(w(Params.propensity(a)) - w(Params.costWeight(Actor.UN)) * a.cost() * 0.75,
                Consequences.neutral(v, S, a), EPS, "no beliefs enter the UN's utility");
    }
}
