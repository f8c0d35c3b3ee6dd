package org.offramp.standoff.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.offramp.standoff.decision.RuleFixture.EPS;
import static org.offramp.standoff.decision.RuleFixture.NO;
import static org.offramp.standoff.decision.RuleFixture.S;
import static org.offramp.standoff.decision.RuleFixture.assertChange;
import static org.offramp.standoff.decision.RuleFixture.common;
import static org.offramp.standoff.decision.RuleFixture.u;
import static org.offramp.standoff.decision.RuleFixture.w;

import org.junit.jupiter.api.Test;
import org.offramp.standoff.Action;
import org.offramp.standoff.Actor;
import org.offramp.standoff.Params;
import org.offramp.standoff.Rung;

/**
 * The UN's and Moscow's rules (docs/ODD.md, section 7.4), with tension τ = yesterday's rung / 7.
 * The UN has no adversary: its common part is the neutral one.
 */
class UnAndMoscowRuleTest {

    @Test
    void mediationGainsAsItsMomentumFadesWhereTheOffRampIsOn() {
        StubView v = new StubView(Actor.UN);
        assertEquals(common(v, Action.MEDIATE_YEMEN) + w(Params.UN_W_MEDIATE) * (1 - v.mediationMomentum),
                u(v, Action.MEDIATE_YEMEN), EPS);
        assertChange(v, Action.MEDIATE_YEMEN, x -> x.mediationMomentum += 0.5, -w(Params.UN_W_MEDIATE) * 0.5,
                "more momentum");
        v.offRamps.remove(ActorView.OffRamp.UN_MEDIATION);
        assertEquals(NO, u(v, Action.MEDIATE_YEMEN));
    }

    @Test
    void theCouncilIsConvenedOnAReferralWithNoVotePendingAndNoResolution() {
        StubView v = new StubView(Actor.UN);
        assertEquals(NO, u(v, Action.CONVENE_COUNCIL), "no referral");
        v.referralActive = true;
        assertEquals(common(v, Action.CONVENE_COUNCIL) + w(Params.UN_W_COUNCIL), u(v, Action.CONVENE_COUNCIL), EPS);
        v.councilVotePending = true;
        assertEquals(NO, u(v, Action.CONVENE_COUNCIL), "a vote pending");
        v.councilVotePending = false;
        v.resolutionInForce = true;
        assertEquals(NO, u(v, Action.CONVENE_COUNCIL), "a resolution in force");
    }

    @Test
    void aFrameworkGainsWithTension() {
        StubView v = new StubView(Actor.UN);
        v.ladder = Rung.PROXY_CASUALTIES;
        assertEquals(common(v, Action.PROPOSE_FRAMEWORK) + w(Params.UN_W_FRAMEWORK) * 4 / 7.0,
                u(v, Action.PROPOSE_FRAMEWORK), EPS);
        assertChange(v, Action.PROPOSE_FRAMEWORK, x -> x.ladder = Rung.OPEN_WAR, w(Params.UN_W_FRAMEWORK) * 3 / 7.0,
                "three rungs higher");
        v.frameworkStanding = true;
        assertEquals(NO, u(v, Action.PROPOSE_FRAMEWORK), "one stands");
        v.frameworkStanding = false;
        v.talksOpen = true;
        assertEquals(NO, u(v, Action.PROPOSE_FRAMEWORK), "in talks");
        v.talksOpen = false;
        v.offRamps.remove(ActorView.OffRamp.UN_FRAMEWORK);
        assertEquals(NO, u(v, Action.PROPOSE_FRAMEWORK), "the off-ramp switched off");
        assertEquals(w(Params.propensity(Action.UN_HOLD)), u(v, Action.UN_HOLD), EPS);
    }

    @Test
    void moscowVetoesWhileAVotePendsByItsAlignment() {
        StubView v = new StubView(Actor.MOSCOW);
        assertEquals(NO, u(v, Action.VETO));
        v.councilVotePending = true;
        assertEquals(common(v, Action.VETO) + w(Params.MOSCOW_W_VETO) * S.get(Params.MOSCOW_ALIGNMENT), u(v, Action.VETO),
                EPS);
        assertEquals(common(v, Action.VETO) + w(Params.MOSCOW_W_VETO) * 0.25,
                u(v, Action.VETO, S.with(Params.MOSCOW_ALIGNMENT, 0.25)), EPS, "a weaker alignment");
    }

    @Test
    void moscowsDialogueGainsWithTensionAndItsSupportWithSanctions() {
        StubView v = new StubView(Actor.MOSCOW);
        v.ladder = Rung.GRAY_ZONE;
        assertEquals(common(v, Action.CO_SPONSOR_DIALOGUE) + w(Params.MOSCOW_W_DIALOGUE) * 3 / 7.0,
                u(v, Action.CO_SPONSOR_DIALOGUE), EPS);
        assertChange(v, Action.CO_SPONSOR_DIALOGUE, x -> x.ladder = Rung.LIMITED_STRIKE,
                w(Params.MOSCOW_W_DIALOGUE) * 2 / 7.0, "two rungs higher");
        v.dialogueActive = true;
        assertEquals(NO, u(v, Action.CO_SPONSOR_DIALOGUE), "a dialogue under way");
        v.dialogueActive = false;
        v.talksOpen = true;
        assertEquals(NO, u(v, Action.CO_SPONSOR_DIALOGUE), "in talks");
        v.talksOpen = false;
        v.offRamps.remove(ActorView.OffRamp.MOSCOW_DIALOGUE);
        assertEquals(NO, u(v, Action.CO_SPONSOR_DIALOGUE), "the off-ramp switched off");

        assertEquals(common(v, Action.SUPPORT_IRAN) + w(Params.MOSCOW_W_SUPPORT) * v.sanctions, u(v, Action.SUPPORT_IRAN),
                EPS);
        assertChange(v, Action.SUPPORT_IRAN, x -> x.sanctions += 0.3, w(Params.MOSCOW_W_SUPPORT) * 0.3, "more sanctions");
        assertEquals(w(Params.propensity(Action.STAY_ALOOF)), u(v, Action.STAY_ALOOF), EPS);
    }
}
