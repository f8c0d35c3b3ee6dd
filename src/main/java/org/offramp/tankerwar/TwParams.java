package org.offramp.tankerwar;

import java.util.List;
import org.offramp.model.Param;
import org.offramp.model.Parameters;

/**
 * The parameters of the Tanker War model, each with its unit, default, allowed range and reason.
 * Reasons cite the model's own documents: <b>tanker-war calibration §N</b> is section N of
 * {@code docs/tanker-war/calibration.md} (facts public on or before 1987-07-22), <b>design §N</b>
 * is section N of {@code docs/tanker-war/design.md}; a reason marked <b>Assumption</b> states a
 * modelling choice. Nothing that happened after 1987-07-22 sets a value. The defaults are the
 * forecast from day 0; the embedded scenario {@code preperiod} replays the half-year before it to
 * check the hand calibration against the pre-cut-off targets (design §9).
 *
 * <p>Constants; thread-safe.
 */
public final class TwParams {
    private static final Parameters.Builder B = Parameters.builder(TankerWarModel.NAME);

    // --- run and ladder -------------------------------------------------------------------------
    /** Days simulated. */
    public static final Param HORIZON = B.integer("run.horizonDays", "days", 529, 30, 2000,
            "The last day, 528, is 1988-12-31 when day 0 is 1987-07-22, the first convoy's departure "
                    + "(tanker-war calibration §4.10, §4.12); the forecast must reach past its own horizon question (design §2.3).");
    /** The ladder's rung on day 0. */
    public static final Param INITIAL_RUNG = B.integer("ladder.initialRung", "rung", 3, 0, 7,
            "Mines and unmarked boat attacks in the weeks before day 0 (tanker-war calibration §2.3, §2.4, §3.1, §3.2).");
    /** How long an act keeps the ladder on its rung. */
    public static final Param LADDER_MEMORY = B.integer("ladder.memoryDays", "days", 3, 1, 14,
            "Assumption, as the 2019 model's ladder memory (design §8).");
    /** Days in a row on rung 7 that make WAR. */
    public static final Param WAR_TOP_DAYS = B.integer("endings.war.topRungDays", "days", 7, 1, 60,
            "Assumption, equal to the 2019 model so that WAR means the same in both (design §7.6).");
    /** Days in a row on rung 6 or more that make WAR. */
    public static final Param WAR_CAMPAIGN_DAYS = B.integer("endings.war.campaignDays", "days", 14, 1, 120,
            "Assumption, as above (design §7.6).");
    /** Days a ceasefire needs after acceptance. */
    public static final Param CEASEFIRE_DAYS = B.integer("endings.ceasefire.implementationDays", "days", 21, 1, 120,
            "Resolution 598 asks for observers arranged with the parties (tanker-war calibration §7.3). Assumption on the delay.");
    /** Stability below which Iran's order collapses. */
    public static final Param CHAOS_STABILITY = B.real("endings.chaos.stabilityThreshold", "stability", 0.15, 0, 0.5,
            "Assumption; the regime was firmly in control at day 0 (tanker-war calibration §10).");

    // --- Iran's slow variables ------------------------------------------------------------------
    /** Iran's economy on day 0. */
    public static final Param ECONOMY = B.real("iran.economy.initial", "health", 0.5, 0, 1,
            "1986 export earnings about $10 bn, the lowest since 1973, and a $5.4 bn deficit with the oil price halved "
                    + "(tanker-war calibration §10.1); OPEC's $18 from January 1987 a partial recovery (tanker-war calibration §8.5). "
                    + "Assumption on the number.");
    /** Damage of one Iraqi raid on Iran-bound shipping. */
    public static final Param RAID_DAMAGE = B.real("iran.economy.raidDamage", "health per raid", 0.01, 0, 0.05,
            "Assumption, scaled on Kharg's capacity cut from 6.5 to 2.5 million barrels a day within three months of the "
                    + "1984 raids (tanker-war calibration §10.2).");
    /** Damage of one Iraqi strike on oil terminals. */
    public static final Param TERMINAL_DAMAGE = B.real("iran.economy.terminalDamage", "health per strike", 0.03, 0, 0.1,
            "Assumption: three raids' worth; terminal raids cut export capacity itself (tanker-war calibration §10.2).");
    /** Daily recovery of Iran's economy toward its target. */
    public static final Param RECOVERY = B.real("iran.economy.recovery", "1/day", 0.01, 0, 0.1,
            "Assumption: damaged jetties and shuttle tankers were replaced within months (tanker-war calibration §10.2).");
    /** The level Iran's economy recovers toward. */
    public static final Param ECONOMY_TARGET = B.real("iran.economy.target", "health", 0.68, 0, 1,
            "Hand calibration: with the recovery rate above and Iraq's 1986 raid tempo (design §9, T1), 0.68 makes "
                    + "day 0's 0.5 the steady state, so the pre-cut-off economy neither collapses nor recovers on its own.");
    /** Iran's war position on day 0. */
    public static final Param WAR_POSITION = B.real("iran.warPosition.initial", "position", 0.55, 0, 1,
            "Iran held Faw (tanker-war calibration §10.3) but its Basra offensive failed at great cost; the US assessment was "
                    + "'a standoff' (tanker-war calibration §10.4, §10.5, §10.7). Assumption on the number.");
    /** Daily drift of the war position. */
    public static final Param WAR_DRIFT = B.real("iran.warPosition.drift", "1/day", -0.0005, -0.01, 0.01,
            "Assumption: slow attrition of a strategy of failed offensives (tanker-war calibration §10.4, §10.7).");
    /** Daily hazard of an Iraqi ground offensive at day 0's war position. */
    public static final Param IRAQ_OFFENSIVE = B.real("iraq.offensiveHazard", "1/day", 0.002, 0, 0.05,
            "Assumption: Iraq had fought on the defensive (tanker-war calibration §10.4, §10.6); the hazard scales with "
                    + "0.55 over Iran's position, rising as the position falls.");
    /** Mean shift of Iran's war position by an Iraqi offensive. */
    public static final Param IRAQ_OFFENSIVE_SHIFT = B.real("iraq.offensiveShift", "position", -0.06, -0.3, 0.1,
            "Assumption: an offensive by the side on the defensive takes ground when it comes; sd 0.04.");
    /** Mean shift of Iran's war position by an Iranian offensive. */
    public static final Param IRAN_OFFENSIVE_SHIFT = B.real("iran.offensiveShift", "position", -0.01, -0.3, 0.1,
            "Assumption: Iran's offensives of 1986-87 cost more than they gained (tanker-war calibration §10.4, §10.7); sd 0.05.");
    /** Iran's stability on day 0. */
    public static final Param STABILITY = B.real("iran.stability.initial", "stability", 0.6, 0, 1,
            "Assumption: strained but in control (tanker-war calibration §10).");
    /** War position below which stability erodes. */
    public static final Param WAR_TOLERANCE = B.real("iran.stability.warTolerance", "position", 0.25, 0, 1,
            "Assumption: stability erodes only when the front is close to breaking.");

    // --- Tehran -----------------------------------------------------------------------------------
    /** War position below which Tehran may accept 598. */
    public static final Param ACCEPT_WAR = B.real("tehran.accept.warThreshold", "position", 0.3, 0, 1,
            "Assumption: acceptance needs a war position far below day 0's; Iran had accepted none of three Council "
                    + "ceasefire calls (tanker-war calibration §12.9).");
    /** Pain above which Tehran may accept 598, given cover. */
    public static final Param ACCEPT_PAIN = B.real("tehran.accept.painThreshold", "pain", 0.6, 0, 1.5,
            "Assumption, same logic (tanker-war calibration §12.9).");
    /** Cover above which pain may lead Tehran to accept. */
    public static final Param ACCEPT_COVER = B.real("tehran.accept.coverThreshold", "cover", 0.4, 0, 1,
            "Assumption, as the 2019 model's refusal rule (design §7.5).");
    /** Utility of a major Iranian ground offensive. */
    public static final Param IRAN_OFFENSIVE = B.real("tehran.propensity.groundOffensive", "utility", -5.9, -12, 2,
            "Assumption: about one major offensive a year, as in 1986-87 (tanker-war calibration §10.3, §10.4).");
    /** Base utility of Iranian fire on US forces. */
    public static final Param TEHRAN_RETALIATE = B.real("tehran.propensity.directRetaliation", "utility", -4, -12, 4,
            "Hand calibration to T7: Iran had never fired on US forces (tanker-war calibration §12.7) though it vowed "
                    + "to keep attacking ships despite US flags (tanker-war calibration §3.7); -3 let exchanges escalate "
                    + "to WAR in 6 % of preperiod runs, -4 in none.");

    // --- the IRGC -----------------------------------------------------------------------------------
    /** Utility of an unmarked boat attack on shipping. */
    public static final Param BOAT = B.real("irgc.propensity.boatAttack", "utility", -2.45, -8, 4,
            "Hand calibration to T2, 4.5 Iranian attacks a month (3-6) in the half-year before day 0 (tanker-war "
                    + "calibration §12.3, §13.2): the preperiod scenario gives 4.5 a month (400 runs, seed 1987).");
    /** Utility of a minelaying sortie. */
    public static final Param LAY_MINES = B.real("irgc.propensity.layMines", "utility", -4.6, -10, 2,
            "Hand calibration to T4: 4 mine strikes on shipping in the half-year before day 0, Poisson 90 % interval "
                    + "1.4-9.2 (tanker-war calibration §12.5): the preperiod scenario gives 2.9.");
    /** Utility of a Silkworm strike. */
    public static final Param MISSILE = B.real("irgc.propensity.missileStrike", "utility", -7, -12, 2,
            "Silkworms were on launchers near the Strait but said not to be operational, and none had been fired at a "
                    + "ship (tanker-war calibration §3.3, §3.4). Assumption on the number: rare.");
    /** Utility of harassing US warships. */
    public static final Param HARASS = B.real("irgc.propensity.harass", "utility", -3, -10, 2,
            "Assumption: close approaches are cheap and deniable (tanker-war calibration §3.6).");
    /** Weight of Tehran's provocation in the IRGC's attacks. */
    public static final Param IRGC_RETALIATION = B.real("irgc.retaliationWeight", "utility per provocation", 3, 0, 10,
            "Iran's attacks answered Iraq's and turned on Kuwait's trade (tanker-war calibration §1.2, §1.9, §2.2). "
                    + "Assumption on the weight.");
    /** Utility lost when Tehran orders the IRGC to stand down. */
    public static final Param SLIPPAGE = B.real("irgc.restraintPenalty", "utility", 3, 0, 10,
            "Assumption: an order to stand down cuts the IRGC's attacks about twentyfold but not to zero "
                    + "(principal-agent slippage, design §2.1).");
    /** Share of Silkworm strikes near Kuwait that hit a US-flag ship. */
    public static final Param US_FLAG_SHARE = B.real("irgc.missile.usFlagShare", "share", 0.3, 0, 1,
            "Eleven of Kuwait's 21-22 tankers were reflagged (tanker-war calibration §4.7); Assumption that fewer than "
                    + "half are in Kuwaiti waters on a given day.");

    // --- Iraq -----------------------------------------------------------------------------------------
    /** Utility of an Iraqi air strike on shipping. */
    public static final Param IRAQ_AIR = B.real("iraq.propensity.airStrikeShipping", "utility", -1.55, -8, 4,
            "Hand calibration to T1, 5.5 +- 2 Iraqi attacks a month (tanker-war calibration §12.1, §12.2, §13.1): the "
                    + "preperiod scenario gives 5.6 a month (400 runs, seed 1987).");
    /** Utility of an Iraqi strike on oil terminals. */
    public static final Param IRAQ_TERMINALS = B.real("iraq.propensity.strikeOilTerminals", "utility", -4, -10, 2,
            "Raids on Kharg, Sirri and Larak (tanker-war calibration §10.2, §2.6). Assumption: about one a month.");
    /** Days of Iraq's pause after an incident that kills Americans. */
    public static final Param IRAQ_PAUSE = B.integer("iraq.pauseDays", "days", 34, 0, 120,
            "Iraq's lull after the Stark (tanker-war calibration §2.5, §11.2, §12.8).");
    /** Weight of Iraq's Gulf and Soviet backing in its attack utility. */
    public static final Param IRAQ_BACKING = B.real("iraq.backingWeight", "utility per backing", 1, 0, 5,
            "Gulf finance and Soviet arms sustained Iraq's campaign (tanker-war calibration §8.1, §9.1). Assumption on the weight.");

    // --- shipping, mines, convoys --------------------------------------------------------------------
    /** Crew deaths per attack on shipping. */
    public static final Param DEATHS_PER_ATTACK = B.real("shipping.deathsPerAttack", "people", 0.6, 0, 5,
            "About 120 killed in more than 200 attacks, 1984 to May 1987 (tanker-war calibration §2.2, §12.4).");
    /** Daily mine strikes on unprotected shipping at density 1. */
    public static final Param MINE_DAILY = B.real("mines.strikePerDayAtFullDensity", "1/day", 0.12, 0, 1,
            "Four mine strikes in 34 days in the uncleared Kuwaiti channel; density 1 is that field (tanker-war calibration §12.5).");
    /** Probability that a convoy transit meets a mine, at density 1. */
    public static final Param MINE_TRANSIT = B.real("mines.strikePerTransit", "probability", 0.25, 0, 1,
            "Assumption: a convoy of two or three ships crosses the field's lanes once each way.");
    /** Mine density on day 0. */
    public static final Param MINE_DENSITY = B.real("mines.initialDensity", "density", 0.1, 0, 2,
            "The Kuwaiti channel was declared clear on 19 July, the source of the mines not neutralised (tanker-war "
                    + "calibration §3.2). Assumption on the residue.");
    /** Share of the field cleared a day by standing capacity. */
    public static final Param SWEEP = B.real("mines.sweepPerDay", "share/day", 0.016, 0, 1,
            "The channel was declared clear 64 days after its first strike, with almost no US sweeping capacity "
                    + "(tanker-war calibration §2.4, §3.2, §6.8).");
    /** Extra share cleared on a day of a US sweeping effort. */
    public static final Param US_SWEEP = B.real("mines.usSweep", "share", 0.03, 0, 1,
            "Assumption: a small US mine-countermeasures team (tanker-war calibration §3.2, §6.8).");
    /** Extra share cleared a day at full Gulf cooperation. */
    public static final Param GULF_SWEEP = B.real("mines.gulfSweep", "share/day", 0.02, 0, 1,
            "Saudi minesweepers patrolled the Kuwaiti channel (tanker-war calibration §3.2, §8.3). Assumption on the rate.");
    /** Density added by one minelaying sortie. */
    public static final Param LAY_STEP = B.real("mines.layStep", "density", 0.3, 0, 2,
            "Assumption: one sortie seeds part of a field of the Kuwaiti size, about eight mines (tanker-war calibration §3.2).");
    /** Whether the escort operation runs. */
    public static final Param CONVOYS = B.flag("convoy.enabled", true,
            "Escorts began on day 0 (tanker-war calibration §4.10, §4.12); off in the preperiod scenario.");
    /** Convoy transits a month once the schedule is at full rate. */
    public static final Param TRANSITS_MAX = B.integer("convoy.transitsMax", "transits/month", 10, 0, 31,
            "Convoys were expected to run '10 or more times each month' (tanker-war calibration §4.9); one in July and "
                    + "three in August first (tanker-war calibration §4.10).");
    /** Probability that US forces sight an IRGC unit in the act, per act, at day 0's ship count. */
    public static final Param SIGHTING = B.real("military.sightingProbability", "probability", 0.05, 0, 1,
            "Assumption: unmarked boats and night minelaying were seldom caught (tanker-war calibration §3.1, §3.6); "
                    + "scaled by ships present over day 0's 15.");
    /** US ships in and near the Gulf on day 0. */
    public static final Param SHIPS = B.integer("military.initialShips", "ships", 15, 0, 100,
            "Nine inside the Gulf, about six with the carrier outside (tanker-war calibration §6.6, §12.11).");
    /** Ships added by one deployment. */
    public static final Param SHIP_STEP = B.integer("military.shipStep", "ships", 2, 0, 20,
            "Assumption; three more ships were announced in June (tanker-war calibration §6.3).");
    /** The most US ships the theatre holds. */
    public static final Param MAX_SHIPS = B.integer("military.maxShips", "ships", 45, 0, 200,
            "Assumption: no pre-cut-off source gives a ceiling.");

    // --- accidents --------------------------------------------------------------------------------------
    /** Daily incident hazard per US ship at routine alert. */
    public static final Param ACCIDENTS = B.real("accidents.perShipDay", "1/ship-day", 1.7e-4, 0, 0.01,
            "One lethal misidentification against a US warship (the Stark) in about 3.2 years with about five US ships: "
                    + "1/(3.2 x 365 x 5) (tanker-war calibration §5.1, §12.6).");
    /** Multiplier of the hazard on rung 3 or above. */
    public static final Param ALERT = B.real("accidents.alertMultiplier", "multiplier", 2, 1, 10,
            "Assumption: 'hostile intent' rules and heightened alert since 18 May 1987 lower the threshold to fire "
                    + "(tanker-war calibration §6.1, §6.3).");
    /** Share of incidents with a US author. */
    public static final Param AUTHOR_US = B.real("accidents.authorShares.us", "share", 0.4, 0, 1,
            "Assumption: the new rules make a US misidentification possible (tanker-war calibration §6.3).");
    /** Share of incidents with an Iraqi author. */
    public static final Param AUTHOR_IRAQ = B.real("accidents.authorShares.iraq", "share", 0.4, 0, 1,
            "Assumption: the one pre-cut-off case had an Iraqi author (tanker-war calibration §5.1). Iran has the rest.");
    /** Probability that an incident kills. */
    public static final Param LETHALITY = B.real("accidents.lethality", "probability", 0.5, 0, 1,
            "Assumption; the one pre-cut-off case killed 37 (tanker-war calibration §5.1).");
    /** Share of incidents whose victims are non-combatants. */
    public static final Param CIVILIAN = B.real("accidents.civilianShare", "share", 0.2, 0, 1,
            "Assumption: a busy waterway and airspace.");
    /** Share of lethal civilian incidents that kill 100 or more. */
    public static final Param MASS = B.real("accidents.massCasualtyShare", "share", 0.1, 0, 1,
            "Assumption: no pre-cut-off base rate for a mass-casualty misidentification in this theatre.");

    // --- perception and attribution -------------------------------------------------------------------
    /** Washington's accuracy in attributing mines. */
    public static final Param ACC_MINES = B.real("attribution.washington.accuracy.mines", "probability", 0.6, 0, 1,
            "Evidence 'suggesting' Iranian minelaying, no proof, Iran silent (tanker-war calibration §3.1, §3.2).");
    /** Washington's accuracy in attributing boat attacks. */
    public static final Param ACC_BOATS = B.real("attribution.washington.accuracy.boats", "probability", 0.85, 0, 1,
            "Unmarked craft, but shipping sources and Tass named Iranian gunboats (tanker-war calibration §2.3, §3.6).");
    /** Washington's accuracy in attributing incidents. */
    public static final Param ACC_INCIDENTS = B.real("attribution.washington.accuracy.incidents", "probability", 0.8,
            0, 1, "The Stark's Iraqi author was known within hours (tanker-war calibration §5.3); Assumption that "
                    + "a night engagement is sometimes not.");
    /** The Gulf states' attribution accuracy. */
    public static final Param ACC_GULF = B.real("attribution.gulf.accuracy", "probability", 0.7, 0, 1,
            "Kuwait's ministry blamed Revolutionary Guard boats for the channel's mines (tanker-war calibration §3.2).");
    /** Tehran's attribution accuracy. */
    public static final Param ACC_TEHRAN = B.real("attribution.tehran.accuracy", "probability", 0.8, 0, 1,
            "Assumption.");
    /** Others' attribution accuracy (Iraq, Moscow, the UN). */
    public static final Param ACC_OTHERS = B.real("attribution.others.accuracy", "probability", 0.7, 0, 1,
            "Assumption; Tass named the boats as Iranian (tanker-war calibration §2.3).");
    /** Share of misses that blame the state (Tehran) rather than no one. */
    public static final Param SCAPEGOAT = B.real("attribution.scapegoatShare", "share", 0.5, 0, 1,
            "'The villain in the piece is really Iran', two days after an Iraqi strike (tanker-war calibration §5.4). "
                    + "Assumption on the number.");
    /** Washington's lens on Tehran's hostility. */
    public static final Param BIAS_WT = B.real("perception.bias.washington.tehran", "hostility", 0.05, -0.5, 0.5,
            "Washington framed Iran as the villain even for an Iraqi strike (tanker-war calibration §5.4).");
    /** Tehran's lens on Washington's hostility. */
    public static final Param BIAS_TW = B.real("perception.bias.tehran.washington", "hostility", 0.05, -0.5, 0.5,
            "Iran treated the escorts as protecting a belligerent's ships (tanker-war calibration §1.9, §3.7, §8.1).");
    /** Noise of Washington's reading of Tehran, in Goldstein points. */
    public static final Param NOISE_WT = B.real("perception.noise.washington.tehran", "Goldstein points (sd)", 2.5, 0,
            10, "Assumption, as the 2019 model: the noisiest pair; the secret channel of 1985-86 had been exposed "
                    + "(tanker-war calibration §10.8).");
    /** Noise of every other pair, in Goldstein points. */
    public static final Param NOISE = B.real("perception.noise.default", "Goldstein points (sd)", 1.5, 0, 10,
            "Assumption.");
    /** Weight of one observation in a belief. */
    public static final Param MEMORY = B.real("perception.memory", "weight", 0.1, 0.001, 1,
            "Assumption, as the 2019 model's belief memory (design §8).");
    /** Weight of one day in an actor's provocation. */
    public static final Param PROVOCATION_MEMORY = B.real("perception.provocationMemory", "weight", 0.15, 0, 1,
            "Assumption, as the 2019 model's provocation memory (design §8).");
    /** Days a trigger stays live. */
    public static final Param TRIGGER_DAYS = B.integer("triggers.memoryDays", "days", 7, 1, 60,
            "Assumption: a response comes within a week or not at all.");

    // --- Washington ----------------------------------------------------------------------------------------
    /** Washington's restraint. */
    public static final Param RESTRAINT = B.real("washington.restraint", "restraint", 0.7, 0, 1,
            "A mission limited to US-flag ships, no retaliation against Iraq for 37 dead, Congress pressing for delay "
                    + "(tanker-war calibration §4.10, §5.4, §6.4).");
    /** The hardliners' influence in Washington. */
    public static final Param HARDLINERS = B.real("washington.hardliners", "influence", 0.3, 0, 1,
            "Assumption; senior Republicans too questioned the policy (tanker-war calibration §4.6).");
    /** Base utility of a limited strike with a live trigger. */
    public static final Param STRIKE_BASE = B.real("washington.propensity.limitedStrike", "utility", -3, -10, 4,
            "Silkworm deployment was named a hostile act that would 'run the risk of retaliation' (tanker-war "
                    + "calibration §3.3): a strike is a live option once a trigger fires. Hand calibration to T7 and to "
                    + "the restraint after the Stark (tanker-war calibration §5.4, §12.7): -1.5 gave 4.7 strike days in "
                    + "202 preperiod days, where there were none; -3 gives 0.03.");
    /** Whether a Silkworm hit on a US-flag ship fires Washington's trigger. */
    public static final Param SILKWORM_TRIGGER = B.flag("washington.silkwormTrigger", true,
            "Silkworm deployment was named a hostile act (tanker-war calibration §3.3).");

    // --- Gulf, Moscow, UN ---------------------------------------------------------------------------------
    /** Gulf cooperation with Washington on day 0. */
    public static final Param COOPERATION = B.real("gulf.cooperation.initial", "cooperation", 0.4, 0, 1,
            "Neighbours opposed at first; Saudi-led cooperation growing by day 0; no bases (tanker-war calibration §8.2, §8.3).");
    /** Moscow's lean toward Tehran. */
    public static final Param MOSCOW = B.real("moscow.alignment", "toward Tehran", 0.3, 0, 1,
            "Arms Iraq, carries Kuwait's oil, courts Tehran, protests mildly (tanker-war calibration §9).");
    /** Whether Resolution 598 stands on day 0. */
    public static final Param RESOLUTION = B.flag("un.resolutionAdopted", true,
            "Adopted unanimously two days before day 0 and accepted by Iraq (tanker-war calibration §7.3, §7.4); off in "
                    + "the preperiod scenario.");
    /** UN momentum on day 0. */
    public static final Param MOMENTUM = B.real("un.momentum.initial", "momentum", 0.7, 0, 1,
            "598 adopted unanimously under Articles 39-40 two days before day 0 (tanker-war calibration §7.3).");
    /** Daily decay of UN momentum. */
    public static final Param MOMENTUM_DECAY = B.real("un.momentum.decay", "1/day", 0.005, 0, 0.1,
            "Assumption; earlier calls faded without effect (tanker-war calibration §7.1, §7.2).");
    /** Pain an adopted enforcement resolution adds. */
    public static final Param EMBARGO_PAIN = B.real("un.embargoPain", "pain", 0.1, 0, 1,
            "Assumption: an arms embargo was the obvious follow-up (tanker-war calibration §7 notes), short of a blockade.");

    /** The registry. */
    public static final Parameters PARAMETERS = B.note("Facts are those public on or before 1987-07-22 "
            + "(docs/tanker-war/calibration.md); nothing after it sets a value.").build();

    private TwParams() {
    }

    /** {@return every parameter, in declaration order} */
    public static List<Param> all() {
        return PARAMETERS.all();
    }
}
