package org.offramp.standoff.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.offramp.standoff.decision.RuleFixture.EPS;
import static org.offramp.standoff.decision.RuleFixture.NO;
import static org.offramp.standoff.decision.RuleFixture.assertChange;
import static org.offramp.standoff.decision.RuleFixture.common;
import static org.offramp.standoff.decision.RuleFixture.u;
import static org.offramp.standoff.decision.RuleFixture.w;

import org.junit.jupiter.api.Test;
import org.offramp.standoff.Action;
import org.offramp.standoff.Actor;
import org.offramp.standoff.Params;
import org.offramp.standoff.Rung;

/** The Gulf states' rule (docs/ODD.md, section 7.4): protection, referral, hedging and oil. */
class GulfRuleTest {
    private static StubView view() {
        return new StubView(Actor.GULF);
    }

    @Test
    void askingForProtectionGainsWithProvocation() {
        StubView v = view();
        assertEquals(common(v, Action.REQUEST_PROTECTION) + w(Params.GULF_W_PROTECTION) * v.provocation,
                u(v, Action.REQUEST_PROTECTION), EPS);
        assertChange(v, Action.REQUEST_PROTECTION, x -> x.provocation += 0.2, w(Params.GULF_W_PROTECTION) * 0.2,
                "more provocation");
    }

    @Test
    void aReferralNeedsTheOffRampNoReferralAndAFeltAttack() {
        StubView v = view();
        assertEquals(common(v, Action.REFER_TO_COUNCIL) + w(Params.GULF_W_REFERRAL) * v.provocation,
                u(v, Action.REFER_TO_COUNCIL), EPS);
        assertChange(v, Action.REFER_TO_COUNCIL, x -> x.provocation += 0.2, w(Params.GULF_W_REFERRAL) * 0.2,
                "more provocation");
        v.provocation = 0.0199;
        assertEquals(NO, u(v, Action.REFER_TO_COUNCIL), "no attack felt");
        v.provocation = 0.02;
        assertEquals(common(v, Action.REFER_TO_COUNCIL) + w(Params.GULF_W_REFERRAL) * 0.02,
                u(v, Action.REFER_TO_COUNCIL), EPS, "at the threshold");
        v.referralActive = true;
        assertEquals(NO, u(v, Action.REFER_TO_COUNCIL), "a referral stands");
        v.referralActive = false;
        v.offRamps.remove(ActorView.OffRamp.COUNCIL_REFERRAL);
        assertEquals(NO, u(v, Action.REFER_TO_COUNCIL), "the off-ramp switched off");
    }

    @Test
    void theBackChannelGainsWithThePresentRiskOfWar() {
        StubView v = view();
        v.ladder = Rung.PROXY_CASUALTIES;
        assertEquals(common(v, Action.BACKCHANNEL_TEHRAN) + w(Params.GULF_W_HEDGE) * Consequences.presentRisk(v,
                Actor.TEHRAN), u(v, Action.BACKCHANNEL_TEHRAN), EPS);
        int t = Actor.TEHRAN.ordinal();
        assertChange(v, Action.BACKCHANNEL_TEHRAN, x -> x.resolve[t] += 0.2, w(Params.GULF_W_HEDGE) * 4 / 25.0 * 0.1,
                "a more resolute Tehran");
        v.ladder = Rung.POSTURING;
        assertEquals(common(v, Action.BACKCHANNEL_TEHRAN), u(v, Action.BACKCHANNEL_TEHRAN), EPS, "no risk at rung 2");
    }

    @Test
    void raisingOutputGainsWithDisruption() {
        StubView v = view();
        assertEquals(common(v, Action.RAISE_OIL_OUTPUT) + w(Params.GULF_W_OIL) * v.oilDisruption,
                u(v, Action.RAISE_OIL_OUTPUT), EPS);
        assertChange(v, Action.RAISE_OIL_OUTPUT, x -> x.oilDisruption += 0.3, w(Params.GULF_W_OIL) * 0.3,
                "more disruption");
        assertEquals(w(Params.propensity(Action.GULF_HOLD)), u(v, Action.GULF_HOLD), EPS);
    }
}
