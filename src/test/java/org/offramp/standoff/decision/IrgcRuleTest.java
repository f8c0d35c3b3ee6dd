package org.offramp.standoff.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.offramp.standoff.decision.RuleFixture.EPS;
import static org.offramp.standoff.decision.RuleFixture.S;
import static org.offramp.standoff.decision.RuleFixture.assertChange;
import static org.offramp.standoff.decision.RuleFixture.common;
import static org.offramp.standoff.decision.RuleFixture.u;
import static org.offramp.standoff.decision.RuleFixture.w;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.offramp.standoff.Action;
import org.offramp.standoff.Actor;
import org.offramp.standoff.Params;

/**
 * The IRGC's rule (docs/ODD.md, section 7.4): with autonomy α, every hostile act gains
 * {@code drive = weight.orders × ((1 − α) orders + α H)} and loses {@code weight.council} under a
 * Council resolution; drone strikes lose {@code weight.mediation × mediation momentum}; standing
 * down gains {@code weight.orders × (1 − α)(1 − orders)}.
 */
class IrgcRuleTest {
    private static final double ALPHA = S.get(Params.IRGC_AUTONOMY);
    private static final double WO = S.get(Params.IRGC_W_ORDERS);
    private static final int W = Actor.WASHINGTON.ordinal();

    private static StubView view() {
        return new StubView(Actor.IRGC);
    }

    @ParameterizedTest
    @EnumSource(value = Action.class, names = {"MINE_TANKER", "ROCKET_ATTACK", "MISSILE_SHIPMENT", "DRONE_STRIKE"})
    void hostileActsFollowOrdersAndTheGuardsOwnHostilityAndYieldToACouncilResolution(Action a) {
        StubView v = view();
        double mediation = a == Action.DRONE_STRIKE ? w(Params.IRGC_W_MEDIATION) * v.mediationMomentum : 0;
        assertEquals(common(v, a) + WO * ((1 - ALPHA) * v.orders + ALPHA * v.hostility[W]) - mediation, u(v, a), EPS);
        assertChange(v, a, x -> x.orders += 0.2, WO * (1 - ALPHA) * 0.2, "stronger orders");
        assertChange(v, a, x -> x.hostility[W] += 0.1, WO * ALPHA * 0.1, "a more hostile Washington (autonomy)");
        assertChange(v, a, x -> x.resolutionInForce = true, -w(Params.IRGC_W_COUNCIL), "a Council resolution");
        assertChange(v, a, x -> x.mediationMomentum += 0.2,
                a == Action.DRONE_STRIKE ? -w(Params.IRGC_W_MEDIATION) * 0.2 : 0, "mediation in Yemen");
    }

    @Test
    void standingDownFollowsTheAbsenceOfOrders() {
        StubView v = view();
        assertEquals(common(v, Action.STAND_DOWN) + WO * (1 - ALPHA) * (1 - v.orders), u(v, Action.STAND_DOWN), EPS);
        assertChange(v, Action.STAND_DOWN, x -> x.orders += 0.2, -WO * (1 - ALPHA) * 0.2, "stronger orders");
        assertChange(v, Action.STAND_DOWN, x -> x.resolutionInForce = true, 0, "a resolution does not reward it");
        assertEquals(w(Params.propensity(Action.IRGC_HOLD)), u(v, Action.IRGC_HOLD), EPS);
    }
}
