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

/** Washington's rule (docs/ODD.md, section 7.4): availability, the restraint penalty and each own term. */
class WashingtonRuleTest {
    private static final int T = Actor.TEHRAN.ordinal();

    private static StubView view() {
        return new StubView(Actor.WASHINGTON);
    }

    @Test
    void holdIsItsPropensity() {
        assertEquals(w(Params.propensity(Action.WASHINGTON_HOLD)), u(view(), Action.WASHINGTON_HOLD), EPS);
    }

    @Test
    void strikesNeedATriggerOrTheGate() {
        StubView v = view();
        assertEquals(NO, u(v, Action.LIMITED_STRIKE));
        assertEquals(NO, u(v, Action.STRIKE_CAMPAIGN));
        v.triggered = true;
        assertEquals(common(v, Action.LIMITED_STRIKE) - w(Params.WASHINGTON_W_RESTRAINT) * v.restraint,
                u(v, Action.LIMITED_STRIKE), EPS, "a trigger of freshness 0");
        v.triggered = false;
        v.gateOpen = true;
        assertEquals(common(v, Action.LIMITED_STRIKE) + w(Params.WASHINGTON_W_RETALIATE), u(v, Action.LIMITED_STRIKE),
                EPS, "the gate");
    }

    /**
     * The restraint penalty, {@code weight.restraint × restraint}, applies to both strikes unless the
     * gate opened without a trigger; the retaliation term is {@code weight.retaliate × freshness}
     * with a trigger and {@code weight.retaliate} on a gate day without one.
     */
    @Test
    void theRestraintPenaltyAndTheRetaliationTerm() {
        StubView v = view();
        v.triggered = true;
        v.triggerFreshness = 0.5;
        v.ladder = Rung.LIMITED_STRIKE;   // a campaign is available too
        for (Action a : new Action[] {Action.LIMITED_STRIKE, Action.STRIKE_CAMPAIGN}) {
            assertChange(v, a, x -> x.restraint += 0.1, -w(Params.WASHINGTON_W_RESTRAINT) * 0.1, "more restraint");
            assertChange(v, a, x -> x.triggerFreshness += 0.2, w(Params.WASHINGTON_W_RETALIATE) * 0.2, "fresher trigger");
        }
        double withTrigger = u(v, Action.LIMITED_STRIKE) - common(v, Action.LIMITED_STRIKE);
        assertEquals(-w(Params.WASHINGTON_W_RESTRAINT) * v.restraint + w(Params.WASHINGTON_W_RETALIATE) * v.triggerFreshness,
                withTrigger, EPS);
        v.gateOpen = true;
        assertEquals(withTrigger, u(v, Action.LIMITED_STRIKE) - common(v, Action.LIMITED_STRIKE), EPS,
                "a gate day with a live trigger: the trigger's terms");
        v.triggered = false;
        v.triggerFreshness = 0;
        assertEquals(w(Params.WASHINGTON_W_RETALIATE), u(v, Action.LIMITED_STRIKE) - common(v, Action.LIMITED_STRIKE),
                EPS, "the gate without a trigger: no penalty, full retaliation");
        assertChange(v, Action.LIMITED_STRIKE, x -> x.restraint += 0.1, 0, "restraint on a gate day");
    }

    @Test
    void aCampaignNeedsEscalationAStateTriggerOrOneUnderWay() {
        StubView v = view();
        v.triggered = true;
        v.ladder = Rung.PROXY_CASUALTIES;
        assertEquals(NO, u(v, Action.STRIKE_CAMPAIGN), "a proxy trigger below rung 5");
        v.triggeredByState = true;
        double punch = S.get(Params.WASHINGTON_PUNCH);
        assertEquals(common(v, Action.STRIKE_CAMPAIGN) - w(Params.WASHINGTON_W_RESTRAINT) * v.restraint
                + w(Params.WASHINGTON_W_PUNCH) * punch, u(v, Action.STRIKE_CAMPAIGN), EPS, "Tehran's own strike");
        assertEquals(NO, u(v, Action.STRIKE_CAMPAIGN, S.with(Params.WASHINGTON_PUNCH, 0)),
                "no punch-in-the-nose appetite: a state trigger below rung 5 is not enough");
        v.triggeredByState = false;
        v.ladder = Rung.LIMITED_STRIKE;
        assertChange(v, Action.STRIKE_CAMPAIGN, x -> x.triggeredByState = true, w(Params.WASHINGTON_W_PUNCH) * punch,
                "the punch term needs a state trigger");
        v = view();
        v.campaignUnderWay = true;
        assertEquals(common(v, Action.STRIKE_CAMPAIGN) - w(Params.WASHINGTON_W_RESTRAINT) * v.restraint
                + w(Params.WASHINGTON_W_MOMENTUM), u(v, Action.STRIKE_CAMPAIGN), EPS, "momentum, without a trigger");
    }

    @Test
    void pressureGainsWithBelievedIranianWeakness() {
        StubView v = view();
        assertEquals(common(v, Action.ADD_SANCTIONS) + w(Params.WASHINGTON_W_PRESSURE) * (1 - v.resolve[T]),
                u(v, Action.ADD_SANCTIONS), EPS);
        assertChange(v, Action.ADD_SANCTIONS, x -> x.resolve[T] += 0.1, -w(Params.WASHINGTON_W_PRESSURE) * 0.1,
                "a more resolute Tehran");
        v.sanctions = 1;
        assertEquals(NO, u(v, Action.ADD_SANCTIONS), "sanctions at their ceiling");
        v.sanctions = 0.5;
        v.talksOpen = true;
        assertEquals(NO, u(v, Action.ADD_SANCTIONS), "in talks");
    }

    @Test
    void deployingGainsWithProvocationAndAProtectionRequest() {
        StubView v = view();
        assertChange(v, Action.DEPLOY_FORCES, x -> x.provocation += 0.2, w(Params.WASHINGTON_W_DEPLOY) * 0.2,
                "more provocation");
        assertChange(v, Action.DEPLOY_FORCES, x -> x.protectionRequested = true,
                w(Params.WASHINGTON_W_PROTECTION_REQUEST), "a Gulf request");
        v.deployment = 1;
        assertEquals(NO, u(v, Action.DEPLOY_FORCES));
    }

    @Test
    void threatsAndCyberCarryOnlyTheCommonTerms() {
        StubView v = view();
        assertEquals(common(v, Action.THREATEN_FORCE), u(v, Action.THREATEN_FORCE), EPS);
        assertEquals(common(v, Action.CYBER_OPERATION), u(v, Action.CYBER_OPERATION), EPS);
        v.talksOpen = true;
        assertEquals(NO, u(v, Action.CYBER_OPERATION), "no cyber operation in talks");
        assertEquals(common(v, Action.THREATEN_FORCE), u(v, Action.THREATEN_FORCE), EPS);
    }

    @Test
    void offeringTalksGainsWithBelievedWeaknessAndANewAdministration() {
        StubView v = view();
        assertEquals(common(v, Action.OFFER_TALKS) + w(Params.WASHINGTON_W_TALKS) * (1 - v.resolve[T]),
                u(v, Action.OFFER_TALKS), EPS);
        assertChange(v, Action.OFFER_TALKS, x -> x.resolve[T] += 0.1, -w(Params.WASHINGTON_W_TALKS) * 0.1,
                "a more resolute Tehran");
        assertChange(v, Action.OFFER_TALKS, x -> x.newAdministration = true, w(Params.WASHINGTON_W_NEW_ADMIN_TALKS),
                "a new administration");
        v.washingtonOfferStanding = true;
        assertEquals(NO, u(v, Action.OFFER_TALKS), "its offer stands");
        v.washingtonOfferStanding = false;
        v.talksOpen = true;
        assertEquals(NO, u(v, Action.OFFER_TALKS), "in talks");
    }

    @Test
    void easingNeedsTalksOrANewAdministrationAndSanctionsToEase() {
        StubView v = view();
        assertEquals(NO, u(v, Action.EASE_SANCTIONS));
        v.newAdministration = true;
        assertEquals(common(v, Action.EASE_SANCTIONS) + w(Params.WASHINGTON_W_TALKS) * 0.5, u(v, Action.EASE_SANCTIONS),
                EPS, "a new administration outside talks");
        v.talksOpen = true;
        assertEquals(common(v, Action.EASE_SANCTIONS) + w(Params.WASHINGTON_W_TALKS), u(v, Action.EASE_SANCTIONS), EPS,
                "in talks");
        v.sanctions = 0;
        assertEquals(NO, u(v, Action.EASE_SANCTIONS), "nothing to ease");
    }
}
