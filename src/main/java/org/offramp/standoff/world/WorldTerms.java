package org.offramp.standoff.world;

import org.offramp.model.Scenario;
import org.offramp.standoff.Actor;
import org.offramp.standoff.Params;

/**
 * The parameters the world reads during a run, looked up once per scenario instead of on every
 * simulated day: a field per parameter and, for families, an array indexed by actor (or by
 * {@code observer * 6 + target}). Values derived from parameters alone (a pair's noise as a
 * standard deviation, an observer's attribution accuracy) are computed here by the same
 * expressions the world used, so every run reads the same doubles it would have computed.
 *
 * <p>Immutable and safe to share between threads. {@link #of(Scenario)} keeps the terms of the last
 * scenario asked for, so the runs of one experiment share one instance and allocate none.
 */
final class WorldTerms {
    private static final int N = Actor.COUNT;
    /** The terms last built; runs of the same scenario object reuse them. */
    private static volatile WorldTerms last;

    private final Scenario scenario;

    final double accidentLethality;
    final double accidentRate;
    final double attributionErrorScale;
    final double backchannelDecay;
    final double backchannelStep;
    final double breakoutInitial;
    final double breakoutMin;
    final double breakoutStep;
    final double breakoutStrikeSetback;
    final double campaignIranCasualties;
    final double chaosThreshold;
    final double coverBackchannel;
    final double coverDialogue;
    final double coverEasing;
    final double coverFramework;
    final double coverMediation;
    final double coverReferral;
    final double coverResolution;
    final double deploymentDecay;
    final double deploymentStep;
    final int dialogueDays;
    /** The last day of a run, when it ends in a stalemate. */
    final int horizon;
    /** How many days an act keeps the ladder on its rung. */
    final int ladderMemory;
    final double economyCampaignDamage;
    final double economyCyberDamage;
    final double economyEvasion;
    final double economyRecovery;
    final double economySanctionBite;
    final double economyStrikeDamage;
    final int electionDay;
    final double electionNewHardliners;
    final double electionNewRestraint;
    final double electionReelection;
    final double irgcOrdersDecay;
    final double mediationDecay;
    final double mediationStep;
    final double moscowSupportDecay;
    final double moscowSupportStep;
    final int offerDays;
    final boolean offrampDialogue;
    final boolean offrampFramework;
    final boolean offrampMediation;
    final boolean offrampReferral;
    final double oilBasePrice;
    final double oilDisruptionDecay;
    final double oilDroneDisruption;
    final double oilElasticity;
    final double oilMineDisruption;
    final double oilOutputOffset;
    final double oilThreatDisruption;
    final double opennessNewAdmin;
    final double perceptionLethalityThreshold;
    final double perceptionMinorSeverity;
    final double perceptionNoiseScale;
    final double perceptionProvocationMemory;
    final double proxyCapabilityStep;
    final int resolutionDays;
    final double retaliationLethality;
    final double retaliationUsCasualties;
    final double rocketLethality;
    final double sanctionsEaseStep;
    final double sanctionsStep;
    final double stabilityCampaignErosion;
    final double stabilityEquilibrium;
    final double stabilityErosion;
    final double stabilityPainTolerance;
    final double stabilityRally;
    final double stabilityRecovery;
    final double stabilityUnrestHazard;
    final double stabilityUnrestShock;
    final double strikeIranCasualties;
    final double successionDisorder;
    final int successionForcedDay;
    final double successionHardline;
    final double successionHazard;
    final double successionPragmaticDrop;
    final double successionShock;
    final double talksCollapse;
    final double talksTConcession;
    final double talksTOffer;
    final double talksTPainWeight;
    final double talksTReliefDemand;
    final double talksTReliefFloor;
    final double talksTReliefStep;
    final double talksWConcession;
    final double talksWDemand;
    final double talksWFloor;
    final double talksWRelief;
    final double talksWReliefStep;
    final double tehranFatigue;
    final double tehranRallyResolve;
    final int tehranTriggerDays;
    final int vetoWindow;
    final int warCampaignDays;
    final int warTopRungDays;
    final double washingtonCasualtyResolve;
    final double washingtonGate;
    final double washingtonOpennessThreshold;
    final double washingtonRedLine;
    final double washingtonRedLineMultiplier;
    final int washingtonTriggerDays;
    /** The resolve Washington starts from, before casualties harden it. */
    final double washingtonResolve;
    /** The standard deviation of each pair's observation noise on the [0, 1] scale (0 on the diagonal). */
    final double[] noiseSd = new double[N * N];
    /** Each pair's hostility bias (0 on the diagonal). */
    final double[] hostilityBias = new double[N * N];
    /** Each pair's resolve bias (0 on the diagonal). */
    final double[] resolveBias = new double[N * N];
    /** Each observer's chance of naming the true author of a deniable act. */
    final double[] accuracy = new double[N];
    /** Each observer's share of attribution misses that blame the wrong actor. */
    final double[] wrongShare = new double[N];
    /** The weight of each speaker's cheap talk. */
    final double[] credibility = new double[N];
    /** How much each speaker's cheap talk overstates its resolve. */
    final double[] bluff = new double[N];

    private WorldTerms(Scenario s) {
        this.scenario = s;
        horizon = s.integer(Params.HORIZON);
        ladderMemory = s.integer(Params.LADDER_MEMORY);
        accidentLethality = s.get(Params.ACCIDENT_LETHALITY);
        accidentRate = s.get(Params.ACCIDENT_RATE);
        attributionErrorScale = s.get(Params.ATTRIBUTION_ERROR_SCALE);
        backchannelDecay = s.get(Params.BACKCHANNEL_DECAY);
        backchannelStep = s.get(Params.BACKCHANNEL_STEP);
        breakoutInitial = s.get(Params.BREAKOUT_INITIAL);
        breakoutMin = s.get(Params.BREAKOUT_MIN);
        breakoutStep = s.get(Params.BREAKOUT_STEP);
        breakoutStrikeSetback = s.get(Params.BREAKOUT_STRIKE_SETBACK);
        campaignIranCasualties = s.get(Params.CAMPAIGN_IRAN_CASUALTIES);
        chaosThreshold = s.get(Params.CHAOS_THRESHOLD);
        coverBackchannel = s.get(Params.COVER_BACKCHANNEL);
        coverDialogue = s.get(Params.COVER_DIALOGUE);
        coverEasing = s.get(Params.COVER_EASING);
        coverFramework = s.get(Params.COVER_FRAMEWORK);
        coverMediation = s.get(Params.COVER_MEDIATION);
        coverReferral = s.get(Params.COVER_REFERRAL);
        coverResolution = s.get(Params.COVER_RESOLUTION);
        deploymentDecay = s.get(Params.DEPLOYMENT_DECAY);
        deploymentStep = s.get(Params.DEPLOYMENT_STEP);
        dialogueDays = s.integer(Params.DIALOGUE_DAYS);
        economyCampaignDamage = s.get(Params.ECONOMY_CAMPAIGN_DAMAGE);
        economyCyberDamage = s.get(Params.ECONOMY_CYBER_DAMAGE);
        economyEvasion = s.get(Params.ECONOMY_EVASION);
        economyRecovery = s.get(Params.ECONOMY_RECOVERY);
        economySanctionBite = s.get(Params.ECONOMY_SANCTION_BITE);
        economyStrikeDamage = s.get(Params.ECONOMY_STRIKE_DAMAGE);
        electionDay = s.integer(Params.ELECTION_DAY);
        electionNewHardliners = s.get(Params.ELECTION_NEW_HARDLINERS);
        electionNewRestraint = s.get(Params.ELECTION_NEW_RESTRAINT);
        electionReelection = s.get(Params.ELECTION_REELECTION);
        irgcOrdersDecay = s.get(Params.IRGC_ORDERS_DECAY);
        mediationDecay = s.get(Params.MEDIATION_DECAY);
        mediationStep = s.get(Params.MEDIATION_STEP);
        moscowSupportDecay = s.get(Params.MOSCOW_SUPPORT_DECAY);
        moscowSupportStep = s.get(Params.MOSCOW_SUPPORT_STEP);
        offerDays = s.integer(Params.OFFER_DAYS);
        offrampDialogue = s.flag(Params.OFFRAMP_DIALOGUE);
        offrampFramework = s.flag(Params.OFFRAMP_FRAMEWORK);
        offrampMediation = s.flag(Params.OFFRAMP_MEDIATION);
        offrampReferral = s.flag(Params.OFFRAMP_REFERRAL);
        oilBasePrice = s.get(Params.OIL_BASE_PRICE);
        oilDisruptionDecay = s.get(Params.OIL_DISRUPTION_DECAY);
        oilDroneDisruption = s.get(Params.OIL_DRONE_DISRUPTION);
        oilElasticity = s.get(Params.OIL_ELASTICITY);
        oilMineDisruption = s.get(Params.OIL_MINE_DISRUPTION);
        oilOutputOffset = s.get(Params.OIL_OUTPUT_OFFSET);
        oilThreatDisruption = s.get(Params.OIL_THREAT_DISRUPTION);
        opennessNewAdmin = s.get(Params.OPENNESS_NEW_ADMIN);
        perceptionLethalityThreshold = s.get(Params.PERCEPTION_LETHALITY_THRESHOLD);
        perceptionMinorSeverity = s.get(Params.PERCEPTION_MINOR_SEVERITY);
        perceptionNoiseScale = s.get(Params.PERCEPTION_NOISE_SCALE);
        perceptionProvocationMemory = s.get(Params.PERCEPTION_PROVOCATION_MEMORY);
        proxyCapabilityStep = s.get(Params.PROXY_CAPABILITY_STEP);
        resolutionDays = s.integer(Params.RESOLUTION_DAYS);
        retaliationLethality = s.get(Params.RETALIATION_LETHALITY);
        retaliationUsCasualties = s.get(Params.RETALIATION_US_CASUALTIES);
        rocketLethality = s.get(Params.ROCKET_LETHALITY);
        sanctionsEaseStep = s.get(Params.SANCTIONS_EASE_STEP);
        sanctionsStep = s.get(Params.SANCTIONS_STEP);
        stabilityCampaignErosion = s.get(Params.STABILITY_CAMPAIGN_EROSION);
        stabilityEquilibrium = s.get(Params.STABILITY_EQUILIBRIUM);
        stabilityErosion = s.get(Params.STABILITY_EROSION);
        stabilityPainTolerance = s.get(Params.STABILITY_PAIN_TOLERANCE);
        stabilityRally = s.get(Params.STABILITY_RALLY);
        stabilityRecovery = s.get(Params.STABILITY_RECOVERY);
        stabilityUnrestHazard = s.get(Params.STABILITY_UNREST_HAZARD);
        stabilityUnrestShock = s.get(Params.STABILITY_UNREST_SHOCK);
        strikeIranCasualties = s.get(Params.STRIKE_IRAN_CASUALTIES);
        successionDisorder = s.get(Params.SUCCESSION_DISORDER);
        successionForcedDay = s.integer(Params.SUCCESSION_FORCED_DAY);
        successionHardline = s.get(Params.SUCCESSION_HARDLINE);
        successionHazard = s.get(Params.SUCCESSION_HAZARD);
        successionPragmaticDrop = s.get(Params.SUCCESSION_PRAGMATIC_DROP);
        successionShock = s.get(Params.SUCCESSION_SHOCK);
        talksCollapse = s.get(Params.TALKS_COLLAPSE);
        talksTConcession = s.get(Params.TALKS_T_CONCESSION);
        talksTOffer = s.get(Params.TALKS_T_OFFER);
        talksTPainWeight = s.get(Params.TALKS_T_PAIN_WEIGHT);
        talksTReliefDemand = s.get(Params.TALKS_T_RELIEF_DEMAND);
        talksTReliefFloor = s.get(Params.TALKS_T_RELIEF_FLOOR);
        talksTReliefStep = s.get(Params.TALKS_T_RELIEF_STEP);
        talksWConcession = s.get(Params.TALKS_W_CONCESSION);
        talksWDemand = s.get(Params.TALKS_W_DEMAND);
        talksWFloor = s.get(Params.TALKS_W_FLOOR);
        talksWRelief = s.get(Params.TALKS_W_RELIEF);
        talksWReliefStep = s.get(Params.TALKS_W_RELIEF_STEP);
        tehranFatigue = s.get(Params.TEHRAN_FATIGUE);
        tehranRallyResolve = s.get(Params.TEHRAN_RALLY_RESOLVE);
        tehranTriggerDays = s.integer(Params.TEHRAN_TRIGGER_DAYS);
        vetoWindow = s.integer(Params.VETO_WINDOW);
        warCampaignDays = s.integer(Params.WAR_CAMPAIGN_DAYS);
        warTopRungDays = s.integer(Params.WAR_TOP_RUNG_DAYS);
        washingtonCasualtyResolve = s.get(Params.WASHINGTON_CASUALTY_RESOLVE);
        washingtonGate = s.get(Params.WASHINGTON_GATE);
        washingtonOpennessThreshold = s.get(Params.WASHINGTON_OPENNESS_THRESHOLD);
        washingtonRedLine = s.get(Params.WASHINGTON_RED_LINE);
        washingtonRedLineMultiplier = s.get(Params.WASHINGTON_RED_LINE_MULTIPLIER);
        washingtonTriggerDays = s.integer(Params.WASHINGTON_TRIGGER_DAYS);
        washingtonResolve = s.get(Params.resolve(Actor.WASHINGTON));
        for (Actor o : Actor.ALL) {
            int i = o.ordinal();
            double miss = (1 - s.get(Params.attributionAccuracy(o))) * attributionErrorScale;
            accuracy[i] = 1 - Math.min(1, miss);
            wrongShare[i] = s.get(Params.attributionWrongShare(o));
            credibility[i] = s.get(Params.credibility(o));
            bluff[i] = s.get(Params.bluff(o));
            for (Actor t : Actor.ALL) {
                if (t != o) {
                    int k = i * N + t.ordinal();
                    noiseSd[k] = s.get(Params.noise(o, t)) * perceptionNoiseScale / 20.0;
                    hostilityBias[k] = s.get(Params.hostilityBias(o, t));
                    resolveBias[k] = s.get(Params.resolveBias(o, t));
                }
            }
        }
    }

    /** The standard deviation of {@code observer}'s observation noise about {@code target}. */
    double noiseSd(Actor observer, Actor target) {
        return noiseSd[observer.ordinal() * N + target.ordinal()];
    }

    /**
     * The terms of a scenario: the last ones built when they are for the same scenario object,
     * new ones otherwise.
     *
     * @param s the scenario
     * @return its terms
     */
    static WorldTerms of(Scenario s) {
        WorldTerms t = last;
        if (t == null || t.scenario != s) {
            t = new WorldTerms(s);
            last = t;
        }
        return t;
    }
}
