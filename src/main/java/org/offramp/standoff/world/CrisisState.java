package org.offramp.standoff.world;

import org.offramp.model.Scenario;
import org.offramp.standoff.Actor;
import org.offramp.standoff.ElectionResult;
import org.offramp.standoff.Params;
import org.offramp.standoff.Successor;

/**
 * The standoff's stocks: Iran's economy, stability, breakout time, leadership and succession; the
 * United States' sanctions, deployment, politics and election; the IRGC's orders, proxy capability,
 * the Gulf's oil disruption, Moscow's support; each actor's resolve; casualties; the days of the
 * last strikes. A state holder of {@link World}, set from the scenario on the eve of day 0. Not
 * thread-safe.
 */
final class CrisisState {
    // Iran
    double economy;
    double stability;
    double breakout;
    boolean leaderRefuses;
    double tehranBaseResolve;
    Successor successor = Successor.NONE;
    int successionDay = -1;
    // the United States
    double sanctions;
    double deployment;
    double restraint;
    double hardliners;
    boolean newAdministration;
    ElectionResult election = ElectionResult.NOT_REACHED;
    boolean gateOpen;
    // IRGC, Gulf, Moscow
    double orders;
    double proxyCapability;
    double oilDisruption;
    double peakOilPrice;
    double moscowSupport;
    /** Each actor's true resolve, indexed by actor ordinal. */
    final double[] resolve = new double[Actor.COUNT];
    // casualties
    int usCasualties;
    int iranCasualties;
    // the last strikes
    int lastCampaignDay = Today.FAR_PAST;
    int lastUsStrikeDay = Today.FAR_PAST;
    int lastIranStrikeDay = Today.FAR_PAST;

    /** The stocks of a scenario on the eve of day 0 (the peak oil price is set by the slow variables). */
    CrisisState(Scenario s) {
        for (int i = 0; i < Actor.COUNT; i++) {
            resolve[i] = s.get(Params.resolve(Actor.ALL.get(i)));
        }
        economy = s.get(Params.ECONOMY_INITIAL);
        stability = s.get(Params.STABILITY_INITIAL);
        breakout = s.get(Params.BREAKOUT_INITIAL);
        leaderRefuses = s.flag(Params.TEHRAN_REFUSES);
        tehranBaseResolve = s.get(Params.resolve(Actor.TEHRAN));
        sanctions = s.get(Params.SANCTIONS_INITIAL);
        deployment = s.get(Params.DEPLOYMENT_INITIAL);
        restraint = s.get(Params.WASHINGTON_RESTRAINT);
        hardliners = s.get(Params.WASHINGTON_HARDLINERS);
        orders = s.get(Params.IRGC_INITIAL_ORDERS);
        proxyCapability = s.get(Params.PROXY_CAPABILITY);
        oilDisruption = s.get(Params.OIL_INITIAL_DISRUPTION);
    }

    /** {@code x} clamped to [0, 1], the range of shares and levels. */
    static double clamp(double x) {
        return x < 0 ? 0 : Math.min(1, x);
    }
}
