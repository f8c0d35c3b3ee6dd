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
 * Tehran's rule (docs/ODD.md, section 7.4): the Leader's refusal gate, the election's waiting game
 * and each own term. Pain is {@code ownPain}; before election day {@code q} is the perceived chance of
 * re-election, afterwards 0 under a new administration and 1 otherwise.
 */
class TehranRuleTest {
    private static final int W = Actor.WASHINGTON.ordinal();
    private static final double PAIN_THRESHOLD = S.get(Params.TEHRAN_REFUSAL_PAIN);
    private static final double COVER_THRESHOLD = S.get(Params.TEHRAN_REFUSAL_COVER);
    private static final int ELECTION = S.integer(Params.ELECTION_DAY);

    private static StubView view() {
        return new StubView(Actor.TEHRAN);
    }

    /** A view with an offer standing and talks closed: accepting or rejecting is on the table. */
    private static StubView offered() {
        StubView v = view();
        v.offerStanding = true;
        return v;
    }

    private static double talksTerm(StubView v) {
        return w(Params.TEHRAN_W_TALKS) * (v.ownPain + v.cover - v.hostility[W]);
    }

    @Test
    void theRefusalBindsUnlessPainAndCoverAreBothAtTheirThresholds() {
        StubView v = offered();
        v.ownPain = PAIN_THRESHOLD - 0.01;
        v.cover = COVER_THRESHOLD + 0.2;
        assertEquals(NO, u(v, Action.ACCEPT_TALKS), "pain below its threshold");
        assertEquals(common(v, Action.REJECT_TALKS) + w(Params.TEHRAN_W_REFUSAL), u(v, Action.REJECT_TALKS), EPS,
                "a binding refusal favours rejection");
        v.ownPain = PAIN_THRESHOLD + 0.2;
        v.cover = COVER_THRESHOLD - 0.01;
        assertEquals(NO, u(v, Action.ACCEPT_TALKS), "cover below its threshold");
        v.ownPain = PAIN_THRESHOLD;
        v.cover = COVER_THRESHOLD;
        assertEquals(common(v, Action.ACCEPT_TALKS) + talksTerm(v), u(v, Action.ACCEPT_TALKS), EPS,
                "both at their thresholds: the refusal yields");
        assertEquals(common(v, Action.REJECT_TALKS), u(v, Action.REJECT_TALKS), EPS, "no refusal bonus once it yields");
        v.ownPain = 0.1;
        v.cover = 0;
        v.leaderRefusesTalks = false;
        assertEquals(common(v, Action.ACCEPT_TALKS) + talksTerm(v), u(v, Action.ACCEPT_TALKS), EPS,
                "without the refusal, low pain and no cover do not block");
    }

    @Test
    void talksNeedAnOfferAndClosedTalks() {
        StubView v = view();
        v.leaderRefusesTalks = false;
        assertEquals(NO, u(v, Action.ACCEPT_TALKS), "no offer");
        assertEquals(NO, u(v, Action.REJECT_TALKS), "no offer");
        v.offerStanding = true;
        v.talksOpen = true;
        assertEquals(NO, u(v, Action.ACCEPT_TALKS), "talks already open");
        assertEquals(NO, u(v, Action.REJECT_TALKS), "talks already open");
    }

    @Test
    void acceptingGainsWithPainAndCoverAndLosesWithWashingtonsHostility() {
        StubView v = offered();
        v.leaderRefusesTalks = false;
        double wt = w(Params.TEHRAN_W_TALKS);
        assertChange(v, Action.ACCEPT_TALKS, x -> x.ownPain += 0.1, wt * 0.1, "more pain");
        assertChange(v, Action.ACCEPT_TALKS, x -> x.cover += 0.1, wt * 0.1, "more cover");
        assertChange(v, Action.ACCEPT_TALKS, x -> x.hostility[W] += 0.1, -wt * 0.1, "a more hostile Washington");
    }

    @Test
    void holdingWaitsOutAnAdministrationThatMayLoseUntilElectionDay() {
        double q = S.get(Params.TEHRAN_PERCEIVED_REELECTION);
        StubView v = view();
        v.day = ELECTION - 1;
        assertEquals(w(Params.propensity(Action.TEHRAN_HOLD)) + w(Params.TEHRAN_W_WAIT) * (1 - q),
                u(v, Action.TEHRAN_HOLD), EPS);
        v.day = ELECTION;
        assertEquals(w(Params.propensity(Action.TEHRAN_HOLD)), u(v, Action.TEHRAN_HOLD), EPS, "election day");
        assertEquals(w(Params.propensity(Action.TEHRAN_HOLD)) + w(Params.TEHRAN_W_WAIT),
                u(v, Action.TEHRAN_HOLD, S.with(Params.TEHRAN_PERCEIVED_REELECTION, 0).with(Params.ELECTION_DAY, 600)),
                EPS, "a sure defeat before the election: the whole waiting weight");
    }

    @Test
    void orderingProxyOpsGainsWithPainReelectionAndLooseOrders() {
        double q = S.get(Params.TEHRAN_PERCEIVED_REELECTION);
        double wc = w(Params.TEHRAN_W_CONFRONT);
        StubView v = view();
        assertEquals(common(v, Action.ORDER_PROXY_OPS) + wc * v.ownPain * q * (1 - v.orders),
                u(v, Action.ORDER_PROXY_OPS), EPS, "before the election");
        assertChange(v, Action.ORDER_PROXY_OPS, x -> x.ownPain += 0.1, wc * 0.1 * q * (1 - v.orders), "more pain");
        assertChange(v, Action.ORDER_PROXY_OPS, x -> x.orders += 0.2, -wc * v.ownPain * q * 0.2, "orders already out");
        v.day = ELECTION;
        assertEquals(common(v, Action.ORDER_PROXY_OPS) + wc * v.ownPain * (1 - v.orders), u(v, Action.ORDER_PROXY_OPS),
                EPS, "the President re-elected");
        v.newAdministration = true;
        assertEquals(common(v, Action.ORDER_PROXY_OPS), u(v, Action.ORDER_PROXY_OPS), EPS, "a new administration");
        v.talksOpen = true;
        assertEquals(NO, u(v, Action.ORDER_PROXY_OPS), "in talks");
    }

    @Test
    void restrainingGainsWithThePresentRiskAndInTalks() {
        StubView v = view();
        v.ladder = Rung.LIMITED_STRIKE;
        assertEquals(common(v, Action.RESTRAIN_PROXIES) + w(Params.TEHRAN_W_RESTRAIN) * Consequences.presentRisk(v,
                Actor.WASHINGTON), u(v, Action.RESTRAIN_PROXIES), EPS);
        assertChange(v, Action.RESTRAIN_PROXIES, x -> x.ladder = Rung.STRIKE_CAMPAIGN, w(Params.TEHRAN_W_RESTRAIN)
                * (16 - 9) / 25.0 * (v.hostility[W] + v.resolve[W]) / 2, "a higher rung");
        assertChange(v, Action.RESTRAIN_PROXIES, x -> x.talksOpen = true, w(Params.TEHRAN_W_RESTRAIN_IN_TALKS), "talks");
        v.orders = 0.05;
        assertEquals(NO, u(v, Action.RESTRAIN_PROXIES), "nothing to restrain");
    }

    @Test
    void aNuclearStepGainsWithPain() {
        StubView v = view();
        assertEquals(common(v, Action.NUCLEAR_STEP) + w(Params.TEHRAN_W_NUCLEAR) * v.ownPain, u(v, Action.NUCLEAR_STEP),
                EPS);
        assertChange(v, Action.NUCLEAR_STEP, x -> x.ownPain += 0.1, w(Params.TEHRAN_W_NUCLEAR) * 0.1, "more pain");
        v.breakoutMonths = S.get(Params.BREAKOUT_MIN);
        assertEquals(NO, u(v, Action.NUCLEAR_STEP), "breakout at its minimum");
        v.breakoutMonths = 12;
        v.talksOpen = true;
        assertEquals(NO, u(v, Action.NUCLEAR_STEP), "in talks");
    }

    @Test
    void retaliationNeedsATriggerAndGainsWithItsFreshness() {
        StubView v = view();
        assertEquals(NO, u(v, Action.DIRECT_RETALIATION));
        v.triggered = true;
        v.triggerFreshness = 0.5;
        assertEquals(common(v, Action.DIRECT_RETALIATION) + w(Params.TEHRAN_W_RETALIATE) * 0.5,
                u(v, Action.DIRECT_RETALIATION), EPS);
        assertChange(v, Action.DIRECT_RETALIATION, x -> x.triggerFreshness += 0.25, w(Params.TEHRAN_W_RETALIATE) * 0.25,
                "a fresher trigger");
        assertEquals(common(v, Action.THREATEN_SHIPPING), u(v, Action.THREATEN_SHIPPING), EPS);
    }
}
