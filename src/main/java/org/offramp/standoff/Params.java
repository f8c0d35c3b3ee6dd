package org.offramp.standoff;

import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.offramp.model.Param;
import org.offramp.model.Parameters;

/**
 * The standoff's parameters, each with its unit, baseline value (its default), valid range and
 * reason, declared once as handles into the model's registry {@link #REGISTRY}. The embedded
 * {@code baseline} scenario sets nothing: the baseline <em>is</em> the declared values.
 */
public final class Params {
    /** Declares the parameters below, in order; {@link #REGISTRY} is built from it last. */
    private static final Parameters.Builder B = Parameters.builder(StandoffSchema.NAME).note("Reasons cite"
            + " docs/calibration.md (dated facts known by 2019-05-17) as 'calibration §N' and docs/ODD.md (the"
            + " model's description) as 'ODD §N'.");

    private Params() {
    }

    static Param real(String path, String unit, double baseline, double min, double max, String reason) {
        return B.real(path, unit, baseline, min, max, reason);
    }

    static Param integer(String path, String unit, int baseline, int min, int max, String reason) {
        return B.integer(path, unit, baseline, min, max, reason);
    }

    static Param flag(String path, boolean baseline, String reason) {
        return B.flag(path, baseline, reason);
    }

    // ---- run -----------------------------------------------------------------------------------

    /** The number of simulated days. */
    public static final Param HORIZON = integer("run.horizonDays", "days", 540, 1, 3650,
            "540 days from 2019-05-17 passes the US election of 2020-11-03 (day 536; ODD §2.4).");

    // (the model's parameters follow, section by section)

    // ---- ladder and endings --------------------------------------------------------------------

    /** How many days an act keeps the ladder on its rung. */
    public static final Param LADDER_MEMORY = integer("ladder.memoryDays", "days", 3, 1, 30,
            "Assumption: a deployment, attack or strike dominates the situation for a few days; 3 days "
            + "makes a 'sustained' campaign one that is renewed at least every 3 days.");
    /** The rung the ladder stands on at the start (held for the ladder's memory). */
    public static final Param LADDER_INITIAL_RUNG = integer("ladder.initialRung", "rung", 3, 1, 4,
            "Deniable gray-zone attacks in the week before day 0: the Fujairah sabotage (12 May 2019) and the "
            + "drone strike on the East-West pipeline (14 May 2019) (calibration §2).");
    /** Days on the top rung that make a war. */
    public static final Param WAR_TOP_RUNG_DAYS = integer("endings.war.topRungDays", "days", 7, 1, 60,
            "A war is the top rung held for a week (ODD §7.9).");
    /** Days at rung 6 or above that make a war. */
    public static final Param WAR_CAMPAIGN_DAYS = integer("endings.war.campaignDays", "days", 14, 1, 120,
            "A war is a strike campaign sustained for two weeks (ODD §7.9). Praying Mantis (18 Apr 1988) "
            + "lasted one day and stayed contained (calibration §3).");
    /** Regime stability below which the run ends in chaos. */
    public static final Param CHAOS_THRESHOLD = real("endings.chaos.stabilityThreshold", "stability (0-1)", 0.15, 0, 1,
            "Assumption: the regime weathered the Dec 2017-Jan 2018 unrest in >80 cities (calibration §1) "
            + "at a stability well above this; 0.15 stands for collapse of control.");

    // ---- Iran's economy --------------------------------------------------------------------------

    /** Iran's economic health on day 0. */
    public static final Param ECONOMY_INITIAL = real("economy.initial", "health (0-1)", 0.55, 0, 1,
            "1 = before the 2018 sanctions. Crude exports fell from ~2.8 mb/d (Apr 2018) to ~1.1 mb/d "
            + "(Apr 2019, IEA) and toward zero in early May; IMF Apr 2019: GDP -3.9% (2018), -6.0% (2019), "
            + "CPI 37% (calibration §1). Assumption: about half the pre-sanctions health.");
    /** Daily recovery of the economy toward full health. */
    public static final Param ECONOMY_RECOVERY = real("economy.recovery", "1/day", 0.004, 0, 0.1,
            "Assumption: adaptation (import substitution, rial depreciation) closes 0.4% of the gap a day, "
            + "a time constant of about 8 months.");
    /** Daily loss of economic health per unit of sanctions. */
    public static final Param ECONOMY_SANCTION_BITE = real("economy.sanctionBite", "health/day", 0.003, 0, 0.05,
            "Chosen so that at the day-0 sanctions level (0.85) with baseline evasion the economy slides "
            + "slowly toward ~0.45: the IMF expected the 2019 contraction to deepen after the waivers ended "
            + "(calibration §1).");
    /** The share of sanctions' bite offset by evasion without outside support. */
    public static final Param ECONOMY_EVASION = real("economy.evasion", "share (0-1)", 0.15, 0, 0.9,
            "China 'firmly opposes' unilateral sanctions (23 Apr 2019) and some trade continued; INSTEX was "
            + "not operational (calibration §4). Assumption: 15%.");
    /** Damage of a cyber operation to Iran's economy. */
    public static final Param ECONOMY_CYBER_DAMAGE = real("economy.cyberDamage", "health", 0.005, 0, 0.2,
            "Assumption: a deniable operation disrupts infrastructure briefly.");
    /** Damage of a limited strike to Iran's economy. */
    public static final Param ECONOMY_STRIKE_DAMAGE = real("economy.strikeDamage", "health", 0.02, 0, 0.3,
            "Assumption: a limited strike hits military and some economic targets.");
    /** Daily damage of a strike campaign to Iran's economy. */
    public static final Param ECONOMY_CAMPAIGN_DAMAGE = real("economy.campaignDamage", "health/day", 0.015, 0, 0.3,
            "Assumption: a sustained campaign degrades infrastructure day by day.");

    // ---- sanctions -------------------------------------------------------------------------------

    /** The sanctions level on day 0. */
    public static final Param SANCTIONS_INITIAL = real("sanctions.initial", "level (0-1)", 0.85, 0, 1,
            "Oil, banking and shipping sanctions in force since 5 Nov 2018, the oil waivers ended 2 May "
            + "2019 ('going to zero'), the IRGC designated an FTO on 15 Apr 2019 (calibration §1, §2); "
            + "petrochemicals were still open to new sanctions (Ignatius, May 2019), hence below 1.");
    /** The rise of the sanctions level with each new tranche. */
    public static final Param SANCTIONS_STEP = real("sanctions.step", "level", 0.03, 0, 0.5,
            "Assumption: each tranche (e.g. petrochemicals, metals) adds a small part of what remains.");
    /** The fall of the sanctions level when Washington eases. */
    public static final Param SANCTIONS_EASE_STEP = real("sanctions.easeStep", "level", 0.15, 0, 1,
            "Assumption: easing (e.g. restoring oil waivers) undoes a large part of the 2019 tightening.");

    // ---- regime stability ------------------------------------------------------------------------

    /** Iran's regime stability on day 0. */
    public static final Param STABILITY_INITIAL = real("stability.initial", "stability (0-1)", 0.6, 0, 1,
            "Assumption: the regime suppressed the Dec 2017-Jan 2018 protests (>80 cities, 25 deaths; "
            + "calibration §1) and held; strained but in control.");
    /** The level stability returns to without pain. */
    public static final Param STABILITY_EQUILIBRIUM = real("stability.equilibrium", "stability (0-1)", 0.6, 0, 1,
            "Assumption: equal to the day-0 level.");
    /** Daily recovery of stability toward its equilibrium. */
    public static final Param STABILITY_RECOVERY = real("stability.recovery", "1/day", 0.01, 0, 0.2,
            "Assumption: the security apparatus restores control within months after an episode.");
    /** Economic pain the regime tolerates without erosion. */
    public static final Param STABILITY_PAIN_TOLERANCE = real("stability.painTolerance", "pain (0-1)", 0.45, 0, 1,
            "Assumption: the regime absorbed the 2018 contraction; erosion starts when pain exceeds it.");
    /** Daily erosion of stability per unit of pain above tolerance. */
    public static final Param STABILITY_EROSION = real("stability.erosion", "stability/day", 0.015, 0, 0.5,
            "Assumption: sustained pain wears stability down over months.");
    /** Daily hazard of an unrest episode at full pain (scales with pain squared). */
    public static final Param STABILITY_UNREST_HAZARD = real("stability.unrestHazard", "1/day", 0.006, 0, 0.2,
            "One nationwide episode (Dec 2017) in the year and a half before day 0 at pain ~0.4 "
            + "(calibration §1): 0.006 x 0.45^2 x 540 days gives ~0.7 episodes per horizon.");
    /** Mean loss of stability in one unrest episode. */
    public static final Param STABILITY_UNREST_SHOCK = real("stability.unrestShock", "stability", 0.16, 0, 1,
            "Assumption: a nationwide episode costs a quarter of day-0 stability.");
    /** Stability gained from a rally round the flag after a foreign strike. */
    public static final Param STABILITY_RALLY = real("stability.rally", "stability", 0.05, 0, 0.5,
            "Assumption: a foreign strike briefly rallies the public (ODD §7.6).");
    /** Daily loss of stability under a strike campaign. */
    public static final Param STABILITY_CAMPAIGN_EROSION = real("stability.campaignErosion", "stability/day", 0.01, 0, 0.3,
            "Assumption: a campaign aimed at the regime's forces erodes control.");

    // ---- nuclear latency -------------------------------------------------------------------------

    /** Iran's breakout time on day 0. */
    public static final Param BREAKOUT_INITIAL = real("nuclear.initialBreakoutMonths", "months", 12, 0.5, 36,
            "The JCPOA's limits were designed to keep breakout at about a year; on 8 May 2019 Iran stopped "
            + "exporting excess LEU and heavy water but stayed within 3.67% (calibration §2).");
    /** Breakout time lost with each nuclear step. */
    public static final Param BREAKOUT_STEP = real("nuclear.stepMonths", "months", 0.75, 0, 12,
            "Assumption: each step (more LEU, higher enrichment, more centrifuges) shortens breakout by weeks.");
    /** The shortest breakout time steps can reach. */
    public static final Param BREAKOUT_MIN = real("nuclear.minBreakoutMonths", "months", 1, 0, 12,
            "Assumption: weaponisation and diversion take at least a month.");
    /** Breakout time regained when a strike hits nuclear sites. */
    public static final Param BREAKOUT_STRIKE_SETBACK = real("nuclear.strikeSetbackMonths", "months", 2, 0, 24,
            "Assumption: a limited strike sets the programme back by a few months.");

    // ---- forces, casualties and oil -------------------------------------------------------------

    /** US force posture in the Gulf on day 0. */
    public static final Param DEPLOYMENT_INITIAL = real("military.initialDeployment", "level (0-1)", 0.5, 0, 1,
            "The Abraham Lincoln carrier group and a bomber task force were sent on 5 May 2019; a plan for up to "
            + "120,000 troops was reported 13 May (calibration §2): half the reported maximum.");
    /** Rise in US posture with each deployment. */
    public static final Param DEPLOYMENT_STEP = real("military.deploymentStep", "level", 0.1, 0, 1,
            "Assumption: one more squadron, battery or ship group.");
    /** Daily decay of US posture without new deployments. */
    public static final Param DEPLOYMENT_DECAY = real("military.deploymentDecay", "level/day", 0.002, 0, 0.1,
            "Assumption: rotations lapse over about a year.");
    /** Probability that a rocket attack kills Americans, at proxy capability 0.5. */
    public static final Param ROCKET_LETHALITY = real("military.rocketLethality", "probability", 0.12, 0, 1,
            "Assumption: most rocket and mortar fire on bases in Iraq causes no deaths; some does.");
    /** Proxy capability on day 0, which scales rocket lethality. */
    public static final Param PROXY_CAPABILITY = real("military.proxyCapability", "level (0-1)", 0.5, 0, 1,
            "New IRGC missile shipments to proxies were reported in early May 2019 (Ignatius, May 2019); mid-scale.");
    /** Capability gained with each missile shipment. */
    public static final Param PROXY_CAPABILITY_STEP = real("military.capabilityStep", "level", 0.05, 0, 0.5,
            "Assumption: each shipment adds a little range or precision.");
    /** Mean Iranian deaths in a limited strike. */
    public static final Param STRIKE_IRAN_CASUALTIES = real("military.strikeIranCasualties", "people", 15, 0, 1000,
            "Assumption; for scale, Praying Mantis (1988) destroyed two platforms and sank two ships in a day "
            + "(calibration §3).");
    /** Mean Iranian deaths per day of a strike campaign. */
    public static final Param CAMPAIGN_IRAN_CASUALTIES = real("military.campaignIranCasualties", "people/day", 40, 0, 5000,
            "Assumption: a campaign against air defences, bases and the IRGC navy.");
    /** Mean American deaths in Iran's direct retaliation. */
    public static final Param RETALIATION_US_CASUALTIES = real("military.retaliationUsCasualties", "people", 4, 0, 1000,
            "Assumption: missile salvos on bases; warning and defences keep deaths low but not nil.");
    /** Probability that Iran's direct retaliation kills Americans. */
    public static final Param RETALIATION_LETHALITY = real("military.retaliationLethality", "probability", 0.5, 0, 1,
            "Assumption.");
    /** Disruption of Gulf shipping and oil on day 0. */
    public static final Param OIL_INITIAL_DISRUPTION = real("oil.initialDisruption", "disruption (0-1)", 0.1, 0, 1,
            "The Fujairah sabotage and the pipeline drone strike of 12 and 14 May 2019 (calibration §2): "
            + "two attacks' worth of disruption.");
    /** Brent price on day 0. */
    public static final Param OIL_BASE_PRICE = real("oil.basePrice", "USD/barrel", 72, 10, 300,
            "Brent rose to $74.31 on 22 Apr 2019 when the waivers' end was announced (calibration §1); "
            + "~$72 in mid-May (calibration §2).");
    /** Price rise per unit of disruption. */
    public static final Param OIL_ELASTICITY = real("oil.disruptionPremium", "share of price", 0.8, 0, 5,
            "Assumption: full disruption of Gulf shipping would nearly double the price.");
    /** Daily decay of disruption. */
    public static final Param OIL_DISRUPTION_DECAY = real("oil.disruptionDecay", "1/day", 0.03, 0, 1,
            "Assumption: insurance premia and rerouting normalise within weeks (the pipeline attack of 14 May "
            + "2019 shut it only briefly, calibration §2).");
    /** Disruption caused by a tanker mining. */
    public static final Param OIL_MINE_DISRUPTION = real("oil.mineDisruption", "disruption (0-1)", 0.05, 0, 1,
            "Fujairah, 12 May 2019: four ships damaged, no spill (calibration §2).");
    /** Disruption caused by a drone strike on infrastructure. */
    public static final Param OIL_DRONE_DISRUPTION = real("oil.droneDisruption", "disruption (0-1)", 0.07, 0, 1,
            "East-West pipeline, 14 May 2019: two pump stations hit, pipeline briefly shut (calibration §2).");
    /** Disruption caused by a threat to close Hormuz. */
    public static final Param OIL_THREAT_DISRUPTION = real("oil.threatDisruption", "disruption (0-1)", 0.01, 0, 1,
            "Assumption: a risk premium only.");
    /** Disruption offset by a rise in Gulf output. */
    public static final Param OIL_OUTPUT_OFFSET = real("oil.outputOffset", "disruption (0-1)", 0.05, 0, 1,
            "Assumption: Saudi spare capacity offsets a small disruption.");

    // ---- accidents ---------------------------------------------------------------------------------

    /** Daily probability of an unintended incident at full alert and tension. */
    public static final Param ACCIDENT_RATE = real("accidents.dailyRate", "1/day", 0.02, 0, 1,
            "Unsafe or unprofessional naval encounters ran at 23-36 a year in 2015-16 (calibration §3); "
            + "few turn deadly (Vincennes/IR655, 1988). Scaled by alert and tension, so lower in practice.");
    /** Probability that an incident costs lives. */
    public static final Param ACCIDENT_LETHALITY = real("accidents.lethality", "probability", 0.3, 0, 1,
            "Assumption: most incidents are near misses (the 2016 sailors were freed in under 24 hours; "
            + "calibration §3).");

    // ---- perception ---------------------------------------------------------------------------

    /** Weight of each new observation in an EWMA belief (and in the revealed truth it tracks). */
    public static final Param PERCEPTION_MEMORY = real("perception.memory", "weight (0-1)", 0.05, 0.001, 1,
            "Assumption: an observer's picture of another actor is shaped by the last few weeks of its acts "
            + "(effective memory 1/0.05 = 20 days).");
    /** Prior mean of every belief on day 0. */
    public static final Param PERCEPTION_PRIOR_MEAN = real("perception.priorMean", "hostility or resolve (0-1)", 0.5, 0, 1,
            "Uninformative prior: each actor's picture is then formed by what it observes.");
    /** Prior standard deviation of every belief on day 0. */
    public static final Param PERCEPTION_PRIOR_SD = real("perception.priorSd", "hostility or resolve (0-1)", 0.25, 0, 1,
            "Uninformative prior over [0, 1].");
    /** Severity of a perceived hostile act below the gray-zone rung, relative to an attack. */
    public static final Param PERCEPTION_MINOR_SEVERITY = real("perception.minorSeverity", "share (0-1)", 0.3, 0, 1,
            "Assumption: sanctions, deployments and threats provoke, but less than an attack.");
    /** Perceived hostility of a rocket attack at or above which Washington reads it as having killed Americans. */
    public static final Param PERCEPTION_LETHALITY_THRESHOLD = real("perception.lethalityThreshold", "hostility", 1.2, 0.5, 3,
            "Assumption: first reports of an attack on US forces exaggerate it when the picture is noisy; a "
            + "rocket attack (hostility 1.0) perceived two noise standard deviations worse (W-IRGC noise 2.0 "
            + "Goldstein points = 0.1) reads as lethal, as a lethal one always does.");
    /** Weight of each day's perceived attacks in an actor's sense of provocation. */
    public static final Param PERCEPTION_PROVOCATION_MEMORY = real("perception.provocationMemory", "weight (0-1)", 0.15, 0.001, 1,
            "Assumption: an attack weighs on face for about a week (1/0.15 days).");
    /** Multiplier of every pair's observation noise. */
    public static final Param PERCEPTION_NOISE_SCALE = real("perception.noiseScale", "multiplier", 1, 0, 10,
            "1 = the pairwise noises as given; a single knob for misperception experiments (ODD §1, pattern 4).");

    private static final Param[][] NOISE = pairs("perception.noise", "Goldstein points (sd)", 0, 5,
            (o, t) -> noiseBaseline(o, t), (o, t) -> noiseReason(o, t));
    private static final Param[][] BIAS_HOSTILITY = pairs("perception.bias", "hostility (-1 to 1)", -1, 1,
            (o, t) -> biasHostility(o, t), (o, t) -> biasReason(o, t, true), ".hostility");
    private static final Param[][] BIAS_RESOLVE = pairs("perception.bias", "resolve (-1 to 1)", -1, 1,
            (o, t) -> biasResolve(o, t), (o, t) -> biasReason(o, t, false), ".resolve");
    private static final Param[] CREDIBILITY = perActor("perception.credibility", "", "weight (0-1)", 0, 1,
            a -> a == Actor.WASHINGTON ? 0.3 : a == Actor.TEHRAN ? 0.4 : 0.5,
            a -> "Weight of " + a.label() + "'s cheap talk (threats, predictions) relative to a costly act. "
                    + (a == Actor.WASHINGTON ? "The President's May 2019 prediction that Iran would soon want to talk "
                    + "(Ignatius, Washington Post, May 2019) ran against Tehran's stated stance: low."
                    : a == Actor.TEHRAN ? "Threats to shipping have a history (Tanker War, calibration §3) but "
                    + "were seldom carried out in full: moderate." : "Assumption: even."));

    /** Multiplier of every observer's attribution errors. */
    public static final Param ATTRIBUTION_ERROR_SCALE = real("attribution.errorScale", "multiplier", 1, 0, 10,
            "1 = the observers' accuracies as given; a miss probability (1 - accuracy) is multiplied by this, "
            + "capped at 1. A single knob for misperception experiments (ODD §1, pattern 4).");
    private static final Param[] ATTRIBUTION_ACCURACY = perActor("attribution", ".accuracy", "probability", 0, 1,
            a -> switch (a) {
                case WASHINGTON -> 0.6;
                case TEHRAN -> 0.7;
                case IRGC -> 0.8;
                case GULF -> 0.5;
                case UN -> 0.4;
                case MOSCOW -> 0.5;
            },
            a -> "Probability that " + a.label() + " identifies the true author of a deniable act (for an "
                    + "unintended incident: that it was no one's). " + switch (a) {
                        case WASHINGTON -> "US officials blamed Iran for Fujairah within days though no attribution "
                                + "was published (calibration §2); good but imperfect intelligence.";
                        case GULF -> "The UAE did not attribute Fujairah publicly (calibration §2).";
                        case UN -> "The UN attributes only after investigation.";
                        default -> "Assumption.";
                    });
    private static final Param[] ATTRIBUTION_WRONG_SHARE = perActor("attribution", ".wrongShare", "share (0-1)", 0, 1,
            a -> a == Actor.UN ? 0.1 : 0.4,
            a -> "Of " + a.label() + "'s misses, the share blamed on the wrong actor (the rest go unattributed). "
                    + (a == Actor.UN ? "The UN rarely names anyone without evidence." : "Assumption: in a tense "
                    + "standoff the usual suspect is blamed often (Vincennes, 1988: a misidentification amid a clash; "
                    + "calibration §3)."));

    // ---- every actor's decision rule ------------------------------------------------------------

    private static final Param[] RATIONALITY = perActor("", ".rationality", "1/utility", 0, 50,
            a -> 4.0, a -> "Precision of the logit (quantal response) choice: 0 is random, large is a best "
                    + "response. Assumption: 4 makes a utility gap of 0.5 a 7:1 preference.");
    private static final Param[] RESOLVE = perActor("", ".resolve", "resolve (0-1)", 0, 1,
            a -> switch (a) {
                case WASHINGTON -> 0.55;
                case TEHRAN -> 0.75;
                case IRGC -> 0.85;
                case GULF -> 0.4;
                case UN -> 0.3;
                case MOSCOW -> 0.5;
            },
            a -> "Willingness to bear cost on day 0. " + switch (a) {
                case WASHINGTON -> "Hard-liners want capitulation but the President is averse to a Middle East war "
                        + "(Ignatius, May 2019): middling.";
                case TEHRAN -> "Khamenei's career rests on resistance and he refused talks emphatically (Ignatius, May 2019): high.";
                case IRGC -> "The Guard and its proxies are the resistance's instrument: highest.";
                case GULF -> "They bear the damage and want no war on their soil (ODD §4.4).";
                case UN -> "It has no forces of its own.";
                case MOSCOW -> "Interested but not at stake.";
            });
    private static final Param[] BLUFF = perActor("", ".bluff", "resolve (0-1)", 0, 1,
            a -> a == Actor.WASHINGTON || a == Actor.TEHRAN ? 0.2 : 0.0,
            a -> "How much " + a.label() + "'s cheap talk overstates its resolve. "
                    + (a == Actor.WASHINGTON || a == Actor.TEHRAN ? "Both capitals' rhetoric ran ahead of what they "
                    + "would do (Ignatius, May 2019: neither wants a raging fire)." : "Assumption: none."));
    private static final Param[] WEIGHT_PAIN = perActor("", ".weight.pain", "utility", 0, 10,
            a -> switch (a) {
                case WASHINGTON, TEHRAN -> 1.0;
                case IRGC -> 1.2;
                case GULF -> 0.5;
                default -> 0.2;
            },
            a -> "Utility of harming the adversary, per unit of pain, scaled by its perceived hostility "
                    + "(each side wants the other to feel more pain, Ignatius, May 2019).");
    private static final Param[] WEIGHT_COST = perActor("", ".weight.cost", "utility", 0, 10,
            a -> 1.0, a -> "Disutility of an act's own cost, per unit, scaled by (1 - own resolve). Assumption.");
    private static final Param[] WEIGHT_RISK = perActor("", ".weight.risk", "utility", 0, 20,
            a -> switch (a) {
                case WASHINGTON -> 3.0;
                case TEHRAN -> 3.0;
                case IRGC -> 1.5;
                case GULF -> 4.0;
                default -> 2.0;
            },
            a -> "Disutility of the perceived risk of war an act carries. Neither capital wants a raging fire (Ignatius, "
                    + "May 2019); the Gulf states fear war on their soil most; the IRGC least.");
    private static final Param[] WEIGHT_FACE = perActor("", ".weight.face", "utility", 0, 10,
            a -> switch (a) {
                case WASHINGTON, TEHRAN -> 1.5;
                case IRGC -> 2.0;
                default -> 0.5;
            },
            a -> "Utility of answering a perceived attack (face, reputation), per unit of provocation and pain. "
                    + "Assumption: high for the capitals and the Guard.");
    private static final Param[] PROPENSITY = propensities();

    // ---- Washington -----------------------------------------------------------------------------

    /** The President's restraint against direct strikes. */
    public static final Param WASHINGTON_RESTRAINT = real("washington.restraint", "restraint (0-1)", 0.8, 0, 1,
            "The President is described as not wanting war with Iran and averse to Middle East wars "
            + "(Ignatius, Washington Post, May 2019): strong.");
    /** The hard-liners' influence on Washington's choices. */
    public static final Param WASHINGTON_HARDLINERS = real("washington.hardliners", "influence (0-1)", 0.6, 0, 1,
            "Bolton announced the carrier and bombers (5 May 2019) and the NYT reported a 120,000-troop plan "
            + "(calibration §2): strong influence.");
    /** Hard-liners' appetite for a disproportionate answer to a first strike. */
    public static final Param WASHINGTON_PUNCH = real("washington.punchInTheNose", "appetite (0-1)", 0.3, 0, 1,
            "Sen. Angus King's image of advisers hoping for an Iranian 'punch in the nose' to answer with a "
            + "'baseball bat' (Ignatius, May 2019). Held by some, not the President: 0.3.");
    /** Daily chance that the restraint gate opens without a trigger, at zero restraint and full hard-liner influence. */
    public static final Param WASHINGTON_GATE = real("washington.gateDaily", "1/day", 0.0015, 0, 1,
            "Assumption: without an attributed lethal attack, a strike needs the President's restraint to fail; "
            + "scaled by (1 - restraint) x hard-liners, so ~0.02% a day at baseline (about one run in ten sees the gate open).");
    /** Days an attributed lethal attack keeps direct strikes on the table. */
    public static final Param WASHINGTON_TRIGGER_DAYS = integer("washington.triggerMemoryDays", "days", 14, 1, 180,
            "Triggers: a rocket attack that kills Americans, any direct Iranian strike on US forces, or a lethal "
            + "incident taken for an attack. Praying Mantis came four days after the Samuel B. Roberts was mined "
            + "(calibration §3); two "
            + "weeks covers deliberation.");
    /** Breakout time below which Washington's red line is crossed. */
    public static final Param WASHINGTON_RED_LINE = real("washington.redLineMonths", "months", 3, 0, 24,
            "Assumption: a breakout of a few months, far below the JCPOA's year, alarms Washington.");
    /** Multiplier of the gate's chance once the red line is crossed. */
    public static final Param WASHINGTON_RED_LINE_MULTIPLIER = real("washington.redLineMultiplier", "multiplier", 5, 1, 100,
            "Assumption: nuclear latency moves Washington's red lines (ODD §7.2).");
    /** Utility weight of restraint against the strike options. */
    public static final Param WASHINGTON_W_RESTRAINT = real("washington.weight.restraint", "utility", 2.5, 0, 20,
            "Assumption: at baseline restraint, a strike loses 2 utility units.");
    /** Utility weight of the punch-in-the-nose appetite on a strike campaign. */
    public static final Param WASHINGTON_W_PUNCH = real("washington.weight.punch", "utility", 4, 0, 20,
            "Assumption: at full appetite the baseball bat gains 4 utility units after a first strike.");
    /** Utility of striking back while an attributed lethal attack is fresh. */
    public static final Param WASHINGTON_W_RETALIATE = real("washington.weight.retaliate", "utility", 3, 0, 20,
            "Assumption: an attack that kills Americans creates strong pressure to respond.");
    /** Utility of continuing a strike campaign under way. */
    public static final Param WASHINGTON_W_MOMENTUM = real("washington.weight.momentum", "utility", 2.5, 0, 20,
            "Assumption: a campaign, once begun, has military and political momentum.");
    /** Utility of more sanctions per unit of believed Iranian weakness (1 - perceived resolve). */
    public static final Param WASHINGTON_W_PRESSURE = real("washington.weight.pressure", "utility", 2, 0, 20,
            "Officials spoke of adding petrochemical sanctions, believing Iran would have to deal within six "
            + "months (Ignatius, May 2019).");
    /** Utility of offering talks per unit of believed Iranian weakness and openness. */
    public static final Param WASHINGTON_W_TALKS = real("washington.weight.talks", "utility", 1.5, 0, 20,
            "The President publicly predicted in May 2019 that Iran would soon want to talk (Ignatius, May 2019).");
    /** Utility of deploying forces after a Gulf request for protection. */
    public static final Param WASHINGTON_W_PROTECTION_REQUEST = real("washington.weight.protectionRequest", "utility", 0.75,
            0, 20, "Assumption: a partner's request weighs like a moderate provocation.");
    /** Utility of offering talks under a new administration. */
    public static final Param WASHINGTON_W_NEW_ADMIN_TALKS = real("washington.weight.newAdministrationTalks", "utility",
            1.5, 0, 20, "Assumption: a successor administration seeks talks (ODD §7.2).");
    /** Utility of deploying forces per unit of provocation. */
    public static final Param WASHINGTON_W_DEPLOY = real("washington.weight.deploy", "utility", 1.5, 0, 20,
            "The 5 May 2019 deployment answered 'heightened Iranian readiness' (calibration §2).");
    /** Rise of Washington's resolve per 10 American deaths. */
    public static final Param WASHINGTON_CASUALTY_RESOLVE = real("washington.casualtyResolve", "resolve", 0.15, 0, 1,
            "Assumption: deaths harden resolve to respond.");

    // ---- Tehran -------------------------------------------------------------------------------

    /** Whether the Leader refuses talks with the United States. */
    public static final Param TEHRAN_REFUSES = flag("tehran.leaderRefusesTalks", true,
            "Khamenei had refused, emphatically and repeatedly, to negotiate with Washington (Ignatius, May 2019).");
    /** Economic pain above which the Leader's refusal can yield. */
    public static final Param TEHRAN_REFUSAL_PAIN = real("tehran.refusal.painThreshold", "pain (0-1)", 0.65, 0, 1,
            "The Leader accepts talks only when pain and face-saving cover are both high (ODD §4.4). "
            + "Day-0 pain is 0.45.");
    /** Face-saving cover above which the Leader's refusal can yield. */
    public static final Param TEHRAN_REFUSAL_COVER = real("tehran.refusal.coverThreshold", "cover (0-1)", 0.5, 0, 1,
            "He accepted the 2015 deal reluctantly, expecting US reneging, and will not risk that again (Ignatius, "
            + "May 2019): needs real cover.");
    /** Tehran's belief that the President will be re-elected. */
    public static final Param TEHRAN_PERCEIVED_REELECTION = real("tehran.perceivedReelection", "probability", 0.6, 0, 1,
            "Tehran judged the President's re-election likely enough that waiting him out had stopped working "
            + "(Ignatius, May 2019).");
    /** Utility of waiting the administration out, per unit of believed defeat. */
    public static final Param TEHRAN_W_WAIT = real("tehran.weight.wait", "utility", 1, 0, 20,
            "Tehran had been waiting out the administration until a few weeks before day 0 (Ignatius, May 2019).");
    /** Utility of ordering proxy operations per unit of pain and believed re-election. */
    public static final Param TEHRAN_W_CONFRONT = real("tehran.weight.confront", "utility", 2, 0, 20,
            "Tehran concluded confrontation was the only answer and messaged the IRGC to plan strikes (Ignatius, May 2019).");
    /** Utility of a nuclear step per unit of pain. */
    public static final Param TEHRAN_W_NUCLEAR = real("tehran.weight.nuclear", "utility", 2, 0, 20,
            "The 8 May 2019 ultimatum: 60 days before exceeding 3.67% (calibration §2).");
    /** Utility of direct retaliation while a US strike is fresh. */
    public static final Param TEHRAN_W_RETALIATE = real("tehran.weight.retaliate", "utility", 3, 0, 20,
            "Assumption: the resistance doctrine demands an answer to a direct strike.");
    /** Utility of accepting talks per unit of (pain + cover - Washington's perceived hostility). */
    public static final Param TEHRAN_W_TALKS = real("tehran.weight.talks", "utility", 2, 0, 20,
            "Assumption: talks become attractive as pain and face-saving cover rise, less so the more hostile "
            + "Washington seems.");
    /** Utility of restraining the proxies per unit of perceived risk of war. */
    public static final Param TEHRAN_W_RESTRAIN = real("tehran.weight.restrain", "utility", 3, 0, 20,
            "Neither side wants a raging fire (Ignatius, May 2019): Tehran reins in proxies when war looms.");
    /** Utility of restraining the proxies while talks are open. */
    public static final Param TEHRAN_W_RESTRAIN_IN_TALKS = real("tehran.weight.restrainInTalks", "utility", 1, 0, 20,
            "Assumption: Tehran keeps its proxies quiet to protect talks it agreed to.");
    /** Utility of rejecting talks while the Leader refuses them. */
    public static final Param TEHRAN_W_REFUSAL = real("tehran.weight.refusal", "utility", 1, 0, 20,
            "The Leader's stated refusal makes explicit rejection the expected answer to an offer (Ignatius, May 2019).");
    /** Days a US strike (or a blamed incident with Iranian deaths) keeps direct retaliation on the table. */
    public static final Param TEHRAN_TRIGGER_DAYS = integer("tehran.triggerMemoryDays", "days", 14, 1, 180,
            "Assumption: as for Washington.");
    /** Rise of Tehran's resolve right after a foreign strike (rally). */
    public static final Param TEHRAN_RALLY_RESOLVE = real("tehran.rallyResolve", "resolve", 0.1, 0, 1,
            "Assumption: a strike vindicates the hard-liners' distrust.");
    /** Loss of Tehran's resolve per unit of pain above the regime's tolerance. */
    public static final Param TEHRAN_FATIGUE = real("tehran.fatigue", "resolve", 0.5, 0, 5,
            "Assumption: deep pain wears resolve down; the analysts doubted it would break (Ignatius, May 2019).");

    // ---- IRGC -----------------------------------------------------------------------------------

    /** The IRGC's autonomy from Tehran (principal-agent slippage). */
    public static final Param IRGC_AUTONOMY = real("irgc.autonomy", "share (0-1)", 0.3, 0, 1,
            "The Guard and proxies act on Tehran's orders but also on their own (ODD §4.4); the Houthis "
            + "and Iraqi militias have their own agendas. Assumption: 30%.");
    /** Tehran's orders to the IRGC on day 0 (1 = plan strikes). */
    public static final Param IRGC_INITIAL_ORDERS = real("irgc.initialOrders", "orders (0-1)", 0.8, 0, 1,
            "Tehran had messaged the IRGC and proxies to plan strikes on American targets (Ignatius, May 2019).");
    /** Daily fading of standing orders. */
    public static final Param IRGC_ORDERS_DECAY = real("irgc.ordersDecay", "1/day", 0.01, 0, 1,
            "Assumption: orders lose force over a few months unless renewed.");
    /** Utility of attacking per unit of (orders, or own hostility for the autonomous share). */
    public static final Param IRGC_W_ORDERS = real("irgc.weight.orders", "utility", 2, 0, 20,
            "Assumption: orders and the Guard's own hostility drive its operations.");
    /** Disutility of drone strikes per unit of UN mediation momentum in Yemen. */
    public static final Param IRGC_W_MEDIATION = real("irgc.weight.mediation", "utility", 1.5, 0, 20,
            "The Houthis' pull-out from Hodeidah, Salif and Ras Isa (11-14 May 2019) followed UN mediation "
            + "(calibration §4).");
    /** Disutility of attacks while a Council resolution is in force. */
    public static final Param IRGC_W_COUNCIL = real("irgc.weight.council", "utility", 1, 0, 20,
            "Assumption: a Council resolution raises the diplomatic cost of attacks.");

    // ---- Gulf states, UN, Moscow ------------------------------------------------------------------

    /** Utility of asking for protection per unit of provocation. */
    public static final Param GULF_W_PROTECTION = real("gulf.weight.protection", "utility", 2, 0, 20,
            "They seek US protection of shipping and infrastructure (ODD §4.4).");
    /** Utility of a Council referral per unit of provocation. */
    public static final Param GULF_W_REFERRAL = real("gulf.weight.referral", "utility", 2, 0, 20,
            "The UAE could refer the tanker attacks to the Council (Ignatius, May 2019).");
    /** Utility of a back channel to Tehran per unit of perceived risk of war. */
    public static final Param GULF_W_HEDGE = real("gulf.weight.hedge", "utility", 4, 0, 20,
            "Assumption: hedging rises with the danger of war on their soil.");
    /** Utility of raising output per unit of disruption. */
    public static final Param GULF_W_OIL = real("gulf.weight.oil", "utility", 4, 0, 50,
            "Assumption: Saudi Arabia uses spare capacity to calm the market.");
    /** Utility of mediation per unit of missing momentum. */
    public static final Param UN_W_MEDIATE = real("un.weight.mediate", "utility", 1, 0, 20,
            "The envoy's momentum after Hodeidah (Ignatius, May 2019; calibration §4).");
    /** Utility of convening the Council once an attack is referred. */
    public static final Param UN_W_COUNCIL = real("un.weight.council", "utility", 3, 0, 20,
            "Assumption: a referral is taken up.");
    /** Utility of proposing an off-ramp framework per unit of tension (rung / 7). */
    public static final Param UN_W_FRAMEWORK = real("un.weight.framework", "utility", 2, 0, 20,
            "Assumption: the Secretary-General's urgency grows with the ladder.");
    /** Moscow's alignment with Tehran. */
    public static final Param MOSCOW_ALIGNMENT = real("moscow.alignment", "alignment (0-1)", 0.7, 0, 1,
            "Russia vetoed a draft naming Iran over Yemen missiles (26 Feb 2018) and called US sanctions deeply "
            + "disappointing (calibration §4).");
    /** Utility of a veto per unit of alignment. */
    public static final Param MOSCOW_W_VETO = real("moscow.weight.veto", "utility", 3, 0, 20,
            "At least 14 Russian vetoes 2011-May 2019 (calibration §4).");
    /** Utility of co-sponsoring a dialogue with Washington. */
    public static final Param MOSCOW_W_DIALOGUE = real("moscow.weight.dialogue", "utility", 1, 0, 20,
            "Moscow wants a seat at the table (ODD §4.4); Ignatius (May 2019) floats a co-sponsored dialogue.");
    /** Utility of supporting Iran per unit of sanctions. */
    public static final Param MOSCOW_W_SUPPORT = real("moscow.weight.support", "utility", 1, 0, 20,
            "Russia and China said business as usual with Iran (calibration §4).");
    /** Evasion gained with each act of Moscow's support. */
    public static final Param MOSCOW_SUPPORT_STEP = real("moscow.supportStep", "share", 0.02, 0, 0.5,
            "Assumption: each deal (arms, grain, oil swaps) offsets a little of the sanctions' bite.");
    /** Daily fading of Moscow's support. */
    public static final Param MOSCOW_SUPPORT_DECAY = real("moscow.supportDecay", "1/day", 0.01, 0, 1,
            "Assumption: support must be renewed.");

    // ---- off-ramps and talks ----------------------------------------------------------------------

    /** Whether the Gulf states can refer attacks to the Security Council. */
    public static final Param OFFRAMP_REFERRAL = flag("offramps.councilReferral", true,
            "The UAE could refer the tanker attacks to the Council (Ignatius, May 2019).");
    /** Whether the UN envoy can mediate in Yemen. */
    public static final Param OFFRAMP_MEDIATION = flag("offramps.unMediation", true,
            "The envoy's success at Hodeidah (Ignatius, May 2019; calibration §4).");
    /** Whether Moscow can co-sponsor a dialogue with Washington. */
    public static final Param OFFRAMP_DIALOGUE = flag("offramps.moscowDialogue", true,
            "Moscow and Washington could jointly sponsor a dialogue (Ignatius, May 2019).");
    /** Whether the UN can propose an off-ramp framework for talks. */
    public static final Param OFFRAMP_FRAMEWORK = flag("offramps.unFramework", true,
            "The UN can propose an off-ramp framework (ODD §4.4).");
    /** Days an offer of talks stands. */
    public static final Param OFFER_DAYS = integer("offramps.offerValidDays", "days", 30, 1, 365,
            "Assumption: an offer is stale after a month.");
    /** Days after a Council draft within which Moscow may veto it. */
    public static final Param VETO_WINDOW = integer("offramps.vetoWindowDays", "days", 3, 1, 30,
            "Assumption: drafts go to a vote within days.");
    /** Days a Council resolution stays in force (and a referral stays on the agenda). */
    public static final Param RESOLUTION_DAYS = integer("offramps.resolutionDays", "days", 90, 1, 730,
            "Assumption: a resolution's pull fades within a quarter; a referral without a vote lapses as fast.");
    /** Days a Moscow–Washington dialogue lasts. */
    public static final Param DIALOGUE_DAYS = integer("offramps.dialogueDays", "days", 90, 1, 730,
            "Assumption.");
    /** Openness to talks a new US administration adds. */
    public static final Param OPENNESS_NEW_ADMIN = real("offramps.newAdministrationOpenness", "openness", 0.5, 0, 1,
            "Assumption: a successor administration is open to a dialogue or framework (ODD §7.2).");
    /** UN mediation momentum on day 0. */
    public static final Param MEDIATION_INITIAL = real("offramps.initialMediation", "momentum (0-1)", 0.5, 0, 1,
            "The envoy's momentum after the Houthi pull-out from Hodeidah, Salif and Ras Isa, verified 14 May 2019 "
            + "(calibration §4).");
    /** Washington's openness needed to join a dialogue or framework. */
    public static final Param WASHINGTON_OPENNESS_THRESHOLD = real("offramps.washingtonOpenness", "openness (0-1)", 0.5, 0, 1,
            "Openness is (1 - hard-liners) x restraint, plus offramps.newAdministrationOpenness for a new "
            + "administration: 0.32 at baseline, so "
            + "Washington joins only when its posture changes.");
    /** Momentum added by each mediation. */
    public static final Param MEDIATION_STEP = real("offramps.mediationStep", "momentum", 0.15, 0, 1,
            "Assumption.");
    /** Daily fading of mediation momentum. */
    public static final Param MEDIATION_DECAY = real("offramps.mediationDecay", "1/day", 0.01, 0, 1,
            "Assumption: momentum fades over months (redeployment at Hodeidah was due in 21 days and took five "
            + "months, calibration §4).");
    /** Back-channel momentum added by each Gulf contact. */
    public static final Param BACKCHANNEL_STEP = real("offramps.backchannelStep", "momentum", 0.2, 0, 1,
            "Assumption.");
    /** Daily fading of back-channel momentum. */
    public static final Param BACKCHANNEL_DECAY = real("offramps.backchannelDecay", "1/day", 0.02, 0, 1,
            "Assumption.");
    /** Face-saving cover from a UN framework in place. */
    public static final Param COVER_FRAMEWORK = real("offramps.cover.framework", "cover", 0.35, 0, 1,
            "Assumption: a UN framework lets Tehran say it talks to the world, not to Washington.");
    /** Face-saving cover from a Moscow–Washington dialogue under way. */
    public static final Param COVER_DIALOGUE = real("offramps.cover.dialogue", "cover", 0.3, 0, 1,
            "Assumption: a Russian co-sponsor vouches for Tehran's interests.");
    /** Face-saving cover from attacks referred to the Council (before or without a resolution). */
    public static final Param COVER_REFERRAL = real("offramps.cover.referral", "cover", 0.1, 0, 1,
            "Assumption: a Council discussion gives a forum even when a veto blocks a resolution.");
    /** Face-saving cover from a Council resolution in force. */
    public static final Param COVER_RESOLUTION = real("offramps.cover.resolution", "cover", 0.15, 0, 1,
            "Assumption.");
    /** Face-saving cover at full mediation momentum. */
    public static final Param COVER_MEDIATION = real("offramps.cover.mediation", "cover", 0.2, 0, 1,
            "Assumption: progress in Yemen shows diplomacy can deliver.");
    /** Face-saving cover at full back-channel momentum. */
    public static final Param COVER_BACKCHANNEL = real("offramps.cover.backchannel", "cover", 0.15, 0, 1,
            "Assumption.");
    /** Face-saving cover after Washington eases sanctions. */
    public static final Param COVER_EASING = real("offramps.cover.easing", "cover", 0.3, 0, 1,
            "Assumption: relief without talks lets Tehran claim resistance worked.");
    /** Daily hazard that open talks collapse. */
    public static final Param TALKS_COLLAPSE = real("talks.collapseHazard", "1/day", 0.01, 0, 1,
            "Assumption: talks without a deal in about three months collapse.");
    /** What Washington first demands of Iran (nuclear and regional limits). */
    public static final Param TALKS_W_DEMAND = real("talks.washington.demand", "concession (0-1)", 0.9, 0, 1,
            "A 'mega-deal' on both the nuclear programme and regional activity (Ignatius, May 2019): most of everything.");
    /** The least Washington will accept. */
    public static final Param TALKS_W_FLOOR = real("talks.washington.floor", "concession (0-1)", 0.45, 0, 1,
            "Assumption: more than the JCPOA's terms.");
    /** Washington's daily concession in talks, scaled by Tehran's perceived resolve. */
    public static final Param TALKS_W_CONCESSION = real("talks.washington.concession", "concession/day", 0.006, 0, 0.2,
            "Assumption: Washington yields faster when it believes Iran will not cave.");
    /** The sanctions relief Washington first offers. */
    public static final Param TALKS_W_RELIEF = real("talks.washington.relief", "relief (0-1)", 0.2, 0, 1,
            "Assumption: little relief up front.");
    /** Washington's daily increase of relief offered. */
    public static final Param TALKS_W_RELIEF_STEP = real("talks.washington.reliefStep", "relief/day", 0.006, 0, 0.2,
            "Assumption.");
    /** What Tehran first offers (nuclear and regional limits). */
    public static final Param TALKS_T_OFFER = real("talks.tehran.offer", "concession (0-1)", 0.2, 0, 1,
            "Assumption: a return to JCPOA compliance, nothing regional.");
    /** Tehran's extra offer per unit of economic pain. */
    public static final Param TALKS_T_PAIN_WEIGHT = real("talks.tehran.painWeight", "concession", 0.3, 0, 1,
            "Assumption: pain buys concessions, but the analysts doubted it buys capitulation (Ignatius, May 2019).");
    /** Tehran's daily concession in talks, scaled by face-saving cover. */
    public static final Param TALKS_T_CONCESSION = real("talks.tehran.concession", "concession/day", 0.006, 0, 0.2,
            "Assumption.");
    /** The relief Tehran first demands. */
    public static final Param TALKS_T_RELIEF_DEMAND = real("talks.tehran.reliefDemand", "relief (0-1)", 0.85, 0, 1,
            "Assumption: the lifting of the 2018-19 sanctions.");
    /** The least relief Tehran will accept. */
    public static final Param TALKS_T_RELIEF_FLOOR = real("talks.tehran.reliefFloor", "relief (0-1)", 0.35, 0, 1,
            "Assumption: the oil waivers restored.");
    /** Tehran's daily lowering of its relief demand, scaled by pain. */
    public static final Param TALKS_T_RELIEF_STEP = real("talks.tehran.reliefStep", "relief/day", 0.006, 0, 0.2,
            "Assumption.");

    // ---- calendar and shocks ------------------------------------------------------------------

    /** Day of the US presidential election. */
    public static final Param ELECTION_DAY = integer("election.day", "day", 536, 0, 3650,
            "3 Nov 2020 is day 536 from 17 May 2019 (ODD §2.4).");
    /** Probability that the incumbent is re-elected. */
    public static final Param ELECTION_REELECTION = real("election.reelectionProbability", "probability", 0.42, 0, 1,
            "Prediction markets priced re-election around 40% on 27 Apr 2019 and in the low-to-mid 40s in the "
            + "following months (calibration §5; the exact 17 May price is unconfirmed).");
    /** A new administration's restraint. */
    public static final Param ELECTION_NEW_RESTRAINT = real("election.newRestraint", "restraint (0-1)", 0.9, 0, 1,
            "Assumption: a successor posture that favours diplomacy (ODD §7.2).");
    /** A new administration's hard-liner influence. */
    public static final Param ELECTION_NEW_HARDLINERS = real("election.newHardliners", "influence (0-1)", 0.2, 0, 1,
            "Assumption.");
    /** Daily hazard that the Leader dies or is removed. */
    public static final Param SUCCESSION_HAZARD = real("succession.dailyHazard", "1/day", 2.04e-4, 0, 0.1,
            "Khamenei was 80 (born 1939); q80 = 0.0717 (SSA table) gives -ln(1-q)/365 = 2.04e-4 a day, about 10% "
            + "over 540 days (calibration §5).");
    /** A forced succession day (the Leader removed on that day), or -1 for none. */
    public static final Param SUCCESSION_FORCED_DAY = integer("succession.forcedDay", "day", -1, -1, 3650,
            "-1: no forced succession in the baseline; set a day to study the Leader's removal (ODD §1, pattern 6).");
    /** Probability that a successor is hard-line. */
    public static final Param SUCCESSION_HARDLINE = real("succession.hardlineShare", "probability", 0.85, 0, 1,
            "Ignatius (May 2019) sees little evidence of a more pliable successor absent a war for regime change.");
    /** Stability lost at a succession. */
    public static final Param SUCCESSION_SHOCK = real("succession.shock", "stability", 0.12, 0, 1,
            "Assumption: the first succession since 1989 (calibration §5) shakes the system.");
    /** Stability below which a succession is disorderly (chaos). */
    public static final Param SUCCESSION_DISORDER = real("succession.disorderThreshold", "stability (0-1)", 0.3, 0, 1,
            "Assumption: a weakened regime cannot manage the Assembly of Experts' choice in order.");
    /** Resolve lost with a pragmatic successor. */
    public static final Param SUCCESSION_PRAGMATIC_DROP = real("succession.pragmaticResolveDrop", "resolve", 0.2, 0, 1,
            "Assumption.");

    /**
     * The standoff's parameter registry: every parameter above, in declaration order (the order of
     * documents and hashes). Declared last, so that it holds them all.
     */
    public static final Parameters REGISTRY = B.build();

    /** {@return every parameter, in declaration order (the order of documents and hashes)} */
    public static List<Param> all() {
        return REGISTRY.all();
    }

    /** {@return the number of parameters} */
    public static int count() {
        return REGISTRY.count();
    }

    /**
     * The parameter with the given path.
     *
     * @param path the parameter's path, e.g. {@code washington.restraint}
     * @return the parameter
     * @throws NullPointerException     if {@code path} is null
     * @throws IllegalArgumentException naming the path when there is none
     */
    public static Param byPath(String path) {
        return REGISTRY.byPath(path);
    }

    /**
     * The parameter with the given path, or null.
     *
     * @param path the parameter's path
     * @return the parameter, or null when there is none
     * @throws NullPointerException if {@code path} is null
     */
    public static Param find(String path) {
        return REGISTRY.find(path);
    }
    // ---- families --------------------------------------------------------------------------------

    /**
     * {@return the parameter of the observation noise of {@code observer} watching {@code target}, in Goldstein points}
     *
     * @param observer the actor who watches
     * @param target the actor it watches
     */
    public static Param noise(Actor observer, Actor target) {
        return pair(NOISE, observer, target);
    }

    /**
     * {@return the parameter of the hostility bias of {@code observer}'s lens on {@code target}}
     *
     * @param observer the actor who watches
     * @param target the actor it watches
     */
    public static Param hostilityBias(Actor observer, Actor target) {
        return pair(BIAS_HOSTILITY, observer, target);
    }

    /**
     * {@return the parameter of the resolve bias of {@code observer}'s lens on {@code target}}
     *
     * @param observer the actor who watches
     * @param target the actor it watches
     */
    public static Param resolveBias(Actor observer, Actor target) {
        return pair(BIAS_RESOLVE, observer, target);
    }

    /**
     * {@return the parameter of the weight given to {@code speaker}'s cheap talk}
     *
     * @param speaker the actor whose statements are weighed
     */
    public static Param credibility(Actor speaker) {
        return CREDIBILITY[Objects.requireNonNull(speaker, "speaker").ordinal()];
    }

    /**
     * {@return the parameter of the probability that {@code observer} identifies the true author of a deniable act}
     *
     * @param observer the actor who attributes
     */
    public static Param attributionAccuracy(Actor observer) {
        return ATTRIBUTION_ACCURACY[Objects.requireNonNull(observer, "observer").ordinal()];
    }

    /**
     * {@return the parameter of the share of {@code observer}'s attribution misses blamed on the wrong actor}
     *
     * @param observer the actor who attributes
     */
    public static Param attributionWrongShare(Actor observer) {
        return ATTRIBUTION_WRONG_SHARE[Objects.requireNonNull(observer, "observer").ordinal()];
    }

    /**
     * {@return the parameter of the logit precision of {@code actor}'s choices}
     *
     * @param actor the deciding actor
     */
    public static Param rationality(Actor actor) {
        return RATIONALITY[Objects.requireNonNull(actor, "actor").ordinal()];
    }

    /**
     * {@return the parameter of {@code actor}'s day-0 resolve, on [0, 1]}
     *
     * @param actor the actor whose resolve it sets
     */
    public static Param resolve(Actor actor) {
        return RESOLVE[Objects.requireNonNull(actor, "actor").ordinal()];
    }

    /**
     * {@return the parameter of how much {@code actor}'s cheap talk overstates its resolve}
     *
     * @param actor the actor who speaks
     */
    public static Param bluff(Actor actor) {
        return BLUFF[Objects.requireNonNull(actor, "actor").ordinal()];
    }

    /**
     * {@return the parameter of {@code actor}'s utility weight on harming the adversary}
     *
     * @param actor the deciding actor
     */
    public static Param painWeight(Actor actor) {
        return WEIGHT_PAIN[Objects.requireNonNull(actor, "actor").ordinal()];
    }

    /**
     * {@return the parameter of {@code actor}'s utility weight on its own cost}
     *
     * @param actor the deciding actor
     */
    public static Param costWeight(Actor actor) {
        return WEIGHT_COST[Objects.requireNonNull(actor, "actor").ordinal()];
    }

    /**
     * {@return the parameter of {@code actor}'s utility weight on the perceived risk of war}
     *
     * @param actor the deciding actor
     */
    public static Param riskWeight(Actor actor) {
        return WEIGHT_RISK[Objects.requireNonNull(actor, "actor").ordinal()];
    }

    /**
     * {@return the parameter of {@code actor}'s utility weight on answering perceived attacks}
     *
     * @param actor the deciding actor
     */
    public static Param faceWeight(Actor actor) {
        return WEIGHT_FACE[Objects.requireNonNull(actor, "actor").ordinal()];
    }

    /**
     * {@return the parameter of the base utility (propensity) of an action}
     *
     * @param action one of the standoff's actions
     */
    public static Param propensity(Action action) {
        return PROPENSITY[Objects.requireNonNull(action, "action").ordinal()];
    }

    private static Param pair(Param[][] table, Actor observer, Actor target) {
        Param p = table[Objects.requireNonNull(observer, "observer").ordinal()][Objects.requireNonNull(target,
                "target").ordinal()];
        if (p == null) {
            throw new IllegalArgumentException("an actor has no perception parameter about itself: " + observer.key());
        }
        return p;
    }

    private static Param[][] pairs(String prefix, String unit, double min, double max,
                                   BiFunction<Actor, Actor, Double> baseline, BiFunction<Actor, Actor, String> reason) {
        return pairs(prefix, unit, min, max, baseline, reason, "");
    }

    private static Param[][] pairs(String prefix, String unit, double min, double max,
                                   BiFunction<Actor, Actor, Double> baseline, BiFunction<Actor, Actor, String> reason,
                                   String suffix) {
        Param[][] t = new Param[Actor.COUNT][Actor.COUNT];
        for (Actor o : Actor.ALL) {
            for (Actor g : Actor.ALL) {
                if (o != g) {
                    t[o.ordinal()][g.ordinal()] = real(prefix + "." + o.key() + "." + g.key() + suffix, unit,
                            baseline.apply(o, g), min, max, reason.apply(o, g));
                }
            }
        }
        return t;
    }

    private static Param[] perActor(String prefix, String suffix, String unit, double min, double max,
                                    Function<Actor, Double> baseline, Function<Actor, String> reason) {
        Param[] t = new Param[Actor.COUNT];
        for (Actor a : Actor.ALL) {
            String path = (prefix.isEmpty() ? "" : prefix + ".") + a.key() + suffix;
            t[a.ordinal()] = real(path, unit, baseline.apply(a), min, max, reason.apply(a));
        }
        return t;
    }

    private static Param[] propensities() {
        Param[] t = new Param[Action.COUNT];
        for (Action x : Action.ALL) {
            t[x.ordinal()] = real(x.actor().key() + ".propensity." + x.key(), "utility",
                    Propensities.baseline(x), -20, 20, Propensities.reason(x));
        }
        return t;
    }

    private static boolean pairIs(Actor o, Actor t, Actor a, Actor b) {
        return (o == a && t == b) || (o == b && t == a);
    }

    private static double noiseBaseline(Actor o, Actor t) {
        if (pairIs(o, t, Actor.WASHINGTON, Actor.TEHRAN)) {
            return 2.5;
        }
        if (pairIs(o, t, Actor.WASHINGTON, Actor.GULF) || pairIs(o, t, Actor.TEHRAN, Actor.IRGC)) {
            return 0.8;
        }
        if (o == Actor.WASHINGTON && t == Actor.IRGC || o == Actor.IRGC && t == Actor.WASHINGTON
                || pairIs(o, t, Actor.GULF, Actor.TEHRAN) || pairIs(o, t, Actor.GULF, Actor.IRGC)) {
            return 2.0;
        }
        if (pairIs(o, t, Actor.MOSCOW, Actor.TEHRAN)) {
            return 1.0;
        }
        return 1.5;
    }

    private static String noiseReason(Actor o, Actor t) {
        double v = noiseBaseline(o, t);
        if (pairIs(o, t, Actor.WASHINGTON, Actor.TEHRAN)) {
            return "Washington and Tehran have no direct channel (ODD §4.7; the 2016 sailors were freed "
                    + "through Kerry-Zarif calls, calibration §3, a channel gone by 2019): the noisiest pair.";
        }
        if (v == 0.8) {
            return "Allies and principal-agent pairs read each other well (ODD §4.7).";
        }
        if (v == 2.0) {
            return "Adversaries without a channel, across a deniable proxy layer: noisy.";
        }
        if (v == 1.0) {
            return "Moscow and Tehran talk directly and often.";
        }
        return "Assumption: ordinary diplomatic visibility.";
    }

    private static double biasHostility(Actor o, Actor t) {
        if (o == Actor.TEHRAN && t == Actor.WASHINGTON) {
            return 0.15;
        }
        if (o == Actor.IRGC && t == Actor.WASHINGTON || o == Actor.GULF && t == Actor.TEHRAN) {
            return 0.1;
        }
        return 0.0;
    }

    private static double biasResolve(Actor o, Actor t) {
        return o == Actor.WASHINGTON && t == Actor.TEHRAN ? -0.15 : 0.0;
    }

    private static String biasReason(Actor o, Actor t, boolean hostility) {
        double v = hostility ? biasHostility(o, t) : biasResolve(o, t);
        if (v == 0) {
            return "No systematic lens assumed.";
        }
        if (o == Actor.TEHRAN) {
            return "Tehran sees Washington as untrustworthy and warlike and overrates its appetite for regime "
                    + "change (Ignatius, May 2019; ODD §4.7).";
        }
        if (o == Actor.WASHINGTON) {
            return "Washington overrates how soon sanctions make Iran cave (a deal or street chaos within about six "
                    + "months, while analysts doubted it; Ignatius, May 2019): it underrates Tehran's resolve.";
        }
        if (o == Actor.IRGC) {
            return "The Guard's ideology reads US moves as hostile.";
        }
        return "The Gulf states see Iran as the aggressor behind the May 2019 attacks (calibration §2).";
    }
}
