package org.offramp.standoff.world;

import static org.offramp.standoff.world.CrisisState.clamp;

import org.offramp.standoff.Actor;

/**
 * Phase 3, near the end: the slow variables. Iran's economy recovers and is bitten by sanctions
 * (less what evasion and Moscow's support offset); stability recovers towards its equilibrium and
 * erodes with pain; Tehran's resolve rallies after strikes and tires with pain; Washington's
 * resolve hardens with casualties; orders, deployments, oil disruption, Moscow's support, mediation
 * and the back channel decay. A mechanic of {@link World}.
 */
final class SlowVariables {
    private final WorldTerms t;
    private final Today today;
    private final CrisisState c;
    private final Diplomacy dip;

    SlowVariables(WorldTerms t, Today today, CrisisState c, Diplomacy dip) {
        this.t = t;
        this.today = today;
        this.c = c;
        this.dip = dip;
    }

    /** The day's drift of the slow variables. */
    void update() {
        double evasion = Math.min(0.9, t.economyEvasion + c.moscowSupport);
        c.economy += t.economyRecovery * (1 - c.economy)
                - t.economySanctionBite * c.sanctions * (1 - evasion);
        c.economy = clamp(c.economy);
        double pain = 1 - c.economy;
        c.stability += t.stabilityRecovery * (t.stabilityEquilibrium - c.stability)
                - t.stabilityErosion * Math.max(0, pain - t.stabilityPainTolerance);
        c.stability = clamp(c.stability);
        boolean struck = today.day - c.lastUsStrikeDay < t.tehranTriggerDays;
        c.resolve[Actor.TEHRAN.ordinal()] = clamp(c.tehranBaseResolve + (struck ? t.tehranRallyResolve : 0)
                - t.tehranFatigue * Math.max(0, pain - t.stabilityPainTolerance));
        c.resolve[Actor.WASHINGTON.ordinal()] = clamp(t.washingtonResolve
                + t.washingtonCasualtyResolve * Math.min(1, c.usCasualties / 10.0));
        c.orders *= 1 - t.irgcOrdersDecay;
        c.deployment = Math.max(0, c.deployment - t.deploymentDecay);
        c.oilDisruption *= 1 - t.oilDisruptionDecay;
        c.peakOilPrice = Math.max(c.peakOilPrice, oilPrice());
        c.moscowSupport *= 1 - t.moscowSupportDecay;
        dip.mediation *= 1 - t.mediationDecay;
        dip.backchannel *= 1 - t.backchannelDecay;
    }

    double oilPrice() {
        return t.oilBasePrice * (1 + t.oilElasticity * c.oilDisruption);
    }
}
