package org.offramp.standoff.world;

import static org.offramp.standoff.StoryCategory.ACT;
import static org.offramp.standoff.StoryCategory.DIPLOMACY;
import static org.offramp.standoff.StoryCategory.ENDING;
import static org.offramp.standoff.StoryCategory.LADDER;
import static org.offramp.standoff.StoryCategory.PERCEPTION;
import static org.offramp.standoff.StoryCategory.SHOCK;

import java.util.Arrays;
import java.util.Locale;
import org.offramp.model.Scenario;
import org.offramp.random.KeyedStreams;
import org.offramp.random.RandomStream;
import org.offramp.standoff.Action;
import org.offramp.standoff.Actor;
import org.offramp.standoff.ElectionResult;
import org.offramp.standoff.Outcome;
import org.offramp.standoff.Params;
import org.offramp.standoff.Rung;
import org.offramp.standoff.StandoffRecord;
import org.offramp.standoff.Successor;
import org.offramp.standoff.Trigger;
import org.offramp.standoff.decision.ActorView;
import org.offramp.standoff.perception.Beliefs;
import org.offramp.standoff.perception.RevealedTruth;

/**
 * The true state of the standoff and its daily mechanics: the calendar's shocks, the effects of
 * the actors' acts, what each actor observes of them, the ladder, talks, the slow variables
 * (economy, stability, resolve) and the endings. See {@code docs/ODD.md} for the process overview.
 *
 * <p>A day runs in three phases, driven by the simulation's schedule: {@link #beginDay(int)}
 * (calendar and shocks), one {@link #submit(Actor, Action)} per actor (their simultaneous choices,
 * made from {@link #view(Actor)}), then {@link #resolveDay()}.
 *
 * <p>Decision code never sees this class: it sees an {@link ActorView}, which exposes only the
 * viewer's own state, its own beliefs and public facts. Not thread-safe: one world per run.
 */
public final class World {
    private static final int N = Actor.COUNT;
    private static final int FAR_PAST = -1_000_000;
    private static final double HOLD_HOSTILITY = Action.hostilityOf(0);

    private final Scenario s;
    private final long seed;
    private final Chronicle story;
    private final RunStreams streams;
    private final Beliefs beliefs;
    private final RevealedTruth truth;
    private final View[] views = new View[N];
    private final Action[] acts = new Action[N];
    private final int horizon;
    private final int ladderMemory;

    private int day = -1;

    // Iran
    private double economy;
    private double stability;
    private double breakout;
    private boolean leaderRefuses;
    private double tehranBaseResolve;
    private Successor successor = Successor.NONE;
    private int successionDay = -1;
    // the United States
    private double sanctions;
    private double deployment;
    private double restraint;
    private double hardliners;
    private boolean newAdministration;
    private ElectionResult election = ElectionResult.NOT_REACHED;
    private boolean gateOpen;
    // IRGC, Gulf, Moscow
    private double orders;
    private double proxyCapability;
    private double oilDisruption;
    private double peakOilPrice;
    private double moscowSupport;
    private final double[] resolve = new double[N];
    // casualties
    private int usCasualties;
    private int iranCasualties;
    // ladder
    private final int[] lastDayOfRung = new int[Rung.COUNT];
    private final int[] firstDayOfRung = new int[Rung.COUNT];
    private int rung = Rung.PRESSURE.level();
    private int highestRung = Rung.PRESSURE.level();
    private int daysAtTop;
    private int daysAtCampaign;
    private boolean blowsExchanged;
    private boolean fellBackAfterBlows;
    private int lastCampaignDay = FAR_PAST;
    private int lastUsStrikeDay = FAR_PAST;
    private int lastIranStrikeDay = FAR_PAST;
    // diplomacy
    private int usOfferDay = FAR_PAST;
    private int frameworkDay = FAR_PAST;
    private int councilCallDay = FAR_PAST;
    private int dialogueDay = FAR_PAST;
    private int referralDay = FAR_PAST;
    private int votePendingDay = FAR_PAST;
    private int resolutionDay = FAR_PAST;
    private int easingDay = FAR_PAST;
    private int protectionDay = FAR_PAST;
    private double mediation;
    private double backchannel;
    private boolean talksOpen;
    private int talksStartDay = FAR_PAST;
    // incidents of the day
    private boolean incidentToday;
    private boolean incidentLethal;
    private boolean incidentUsVictims;
    private boolean rocketLethalToday;
    private boolean retaliationLethalToday;
    // record
    private int attacks;
    private int misattributions;
    private int accidents;
    private int vetoes;
    private int firstReferral = -1;
    private int firstResolution = -1;
    private int firstMediation = -1;
    private int firstDialogue = -1;
    private int firstFramework = -1;
    private int firstOffer = -1;
    private int firstTalks = -1;
    private final int[] actionCounts = new int[Action.COUNT];
    private Outcome outcome;
    private Trigger trigger;
    private int endDay = -1;

    /**
     * Creates the world of one run on the eve of day 0.
     *
     * @param scenario the parameters
     * @param seed     the run's seed
     * @param story    where the story goes ({@link Chronicle#OFF} for none)
     */
    public World(Scenario scenario, long seed, Chronicle story) {
        this(scenario, new KeyedStreams(seed), story);
    }

    /**
     * Creates the world of one run on the eve of day 0, drawing from the run's keyed streams (a
     * simulation state's).
     *
     * @param scenario the parameters
     * @param streams  the run's keyed streams, holding none of the standoff's yet; their seed is the run's
     * @param story    where the story goes ({@link Chronicle#OFF} for none)
     */
    public World(Scenario scenario, KeyedStreams streams, Chronicle story) {
        this.s = scenario;
        this.seed = streams.seed();
        this.story = story;
        this.streams = new RunStreams(streams);
        this.horizon = s.integer(Params.HORIZON);
        this.ladderMemory = s.integer(Params.LADDER_MEMORY);
        this.beliefs = new Beliefs(s.get(Params.PERCEPTION_PRIOR_MEAN), s.get(Params.PERCEPTION_PRIOR_SD),
                s.get(Params.PERCEPTION_MEMORY));
        this.truth = new RevealedTruth(s.get(Params.PERCEPTION_MEMORY));
        for (Actor a : Actor.ALL) {
            views[a.ordinal()] = new View(a);
            resolve[a.ordinal()] = s.get(Params.resolve(a));
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
        peakOilPrice = oilPrice();
        mediation = s.get(Params.MEDIATION_INITIAL);
        Arrays.fill(lastDayOfRung, FAR_PAST);
        // the attacks of the days before day 0 keep the ladder on its initial rung for its memory
        lastDayOfRung[s.integer(Params.LADDER_INITIAL_RUNG)] = -1;
        rung = s.integer(Params.LADDER_INITIAL_RUNG);
        highestRung = rung;
        Arrays.fill(firstDayOfRung, -1);
        firstDayOfRung[rung] = 0;
    }

    // =================================================================================================
    // phase 1: calendar and shocks
    // =================================================================================================

    /** Starts a day: restarts the random streams and applies the calendar's shocks. */
    public void beginDay(int d) {
        if (ended()) {
            throw new IllegalStateException("the run has ended on day " + endDay);
        }
        day = d;
        streams.startDay(d);
        Arrays.fill(acts, null);
        RandomStream shock = streams.shocks();
        // draws in a fixed order and number, so shocks align across scenarios
        double uSuccession = shock.nextDouble();
        double uSuccessor = shock.nextDouble();
        double uElection = shock.nextDouble();
        double uUnrest = shock.nextDouble();
        double uUnrestSize = shock.nextDouble();
        double uAccident = shock.nextDouble();
        double uAccidentLethal = shock.nextDouble();
        double uAccidentSide = shock.nextDouble();
        double uGate = streams.gate().nextDouble();

        if (successor == Successor.NONE
                && (d == s.integer(Params.SUCCESSION_FORCED_DAY) || uSuccession < s.get(Params.SUCCESSION_HAZARD))) {
            succession(uSuccessor);
            if (ended()) {
                return;
            }
        }
        if (d == s.integer(Params.ELECTION_DAY)) {
            boolean reelected = uElection < s.get(Params.ELECTION_REELECTION);
            election = reelected ? ElectionResult.REELECTED : ElectionResult.NEW_ADMINISTRATION;
            if (!reelected) {
                newAdministration = true;
                restraint = s.get(Params.ELECTION_NEW_RESTRAINT);
                hardliners = s.get(Params.ELECTION_NEW_HARDLINERS);
            }
            story.add(d, SHOCK, reelected ? "The US President is re-elected."
                    : "The US President loses the election; a new administration signals openness to talks.");
        }
        double pain = 1 - economy;
        if (uUnrest < s.get(Params.STABILITY_UNREST_HAZARD) * pain * pain) {
            double size = s.get(Params.STABILITY_UNREST_SHOCK) * (0.5 + uUnrestSize);
            stability -= size;
            if (story.on()) {
                // A shock can take stability below 0 until the day's end clamps it to [0, 1]; the
                // story shows the share on its scale, where nothing left is 0.
                story.add(d, SHOCK, String.format(Locale.ROOT,
                        "Protests spread across Iran's cities; regime stability falls to %.2f.", clamp(stability)));
            }
        }
        double tension = rung / (double) (Rung.COUNT - 1);
        incidentToday = uAccident < s.get(Params.ACCIDENT_RATE) * deployment * tension;
        if (incidentToday) {
            accidents++;
            incidentLethal = uAccidentLethal < s.get(Params.ACCIDENT_LETHALITY);
            incidentUsVictims = uAccidentSide < 0.5;
            if (incidentLethal) {
                if (incidentUsVictims) {
                    usCasualties += 1;
                } else {
                    iranCasualties += 2;
                }
            }
            story.add(d, SHOCK, "An unintended incident in the Gulf: " + (incidentLethal
                    ? (incidentUsVictims ? "an American is killed" : "Iranians are killed")
                    : "a near miss between US and Iranian forces") + ". No one ordered it.");
        }
        double gateChance = s.get(Params.WASHINGTON_GATE) * (1 - restraint) * hardliners
                * (breakout < s.get(Params.WASHINGTON_RED_LINE) ? s.get(Params.WASHINGTON_RED_LINE_MULTIPLIER) : 1);
        gateOpen = uGate < gateChance;
    }

    private void succession(double uSuccessor) {
        boolean hardline = uSuccessor < s.get(Params.SUCCESSION_HARDLINE);
        successor = hardline ? Successor.HARDLINE : Successor.PRAGMATIC;
        successionDay = day;
        stability -= s.get(Params.SUCCESSION_SHOCK);
        story.add(day, SHOCK, "The Supreme Leader dies or is removed; a " + (hardline ? "hard-line" : "more pragmatic")
                + " successor is chosen.");
        if (stability < s.get(Params.SUCCESSION_DISORDER)) {
            end(Trigger.DISORDERLY_SUCCESSION, "CHAOS: the succession is disorderly; the weakened regime loses control.");
            return;
        }
        if (!hardline) {
            leaderRefuses = false;
            tehranBaseResolve = Math.max(0, tehranBaseResolve - s.get(Params.SUCCESSION_PRAGMATIC_DROP));
        }
    }

    // =================================================================================================
    // phase 2: decisions
    // =================================================================================================

    /** What {@code actor} may know today. The same object is reused every day. */
    public ActorView view(Actor actor) {
        return views[actor.ordinal()];
    }

    /** The random stream for {@code actor}'s choice today. */
    public RandomStream choiceStream(Actor actor) {
        return streams.choice(actor);
    }

    /**
     * Submits an actor's act for today.
     *
     * @throws IllegalArgumentException if the act is not the actor's or the actor already acted today
     */
    public void submit(Actor actor, Action action) {
        if (action.actor() != actor) {
            throw new IllegalArgumentException(action + " is not an action of " + actor);
        }
        if (acts[actor.ordinal()] != null) {
            throw new IllegalArgumentException(actor + " already acted on day " + day);
        }
        acts[actor.ordinal()] = action;
    }

    // =================================================================================================
    // phase 3: resolution
    // =================================================================================================

    /** Resolves the day: effects, observation, ladder, talks, slow variables, endings. */
    public void resolveDay() {
        for (Actor a : Actor.ALL) {
            if (acts[a.ordinal()] == null) {
                throw new IllegalStateException(a + " did not act on day " + day);
            }
        }
        rocketLethalToday = false;
        retaliationLethalToday = false;
        for (Actor a : Actor.ALL) {
            apply(acts[a.ordinal()]);
        }
        observe();
        updateLadder();
        diplomacy();
        if (!ended()) {
            checkWar();
        }
        slowVariables();
        if (!ended() && stability < s.get(Params.CHAOS_THRESHOLD)) {
            boolean underFire = day - lastCampaignDay < 30;
            end(underFire ? Trigger.COLLAPSE_UNDER_FIRE : Trigger.MASS_UNREST, underFire
                    ? "CHAOS: under the strike campaign the regime's control collapses."
                    : "CHAOS: mass unrest overwhelms the regime.");
        }
        if (!ended() && day >= horizon - 1) {
            endDay = horizon;
            outcome = Outcome.STALEMATE;
            trigger = Trigger.HORIZON;
            story.add(horizon, ENDING, "STALEMATE: the horizon is reached; the gray zone persists.");
        }
        incidentToday = false;
    }

    private void apply(Action a) {
        actionCounts[a.ordinal()]++;
        Actor who = a.actor();
        RandomStream rng = streams.consequence(who);
        double u1 = rng.nextDouble();
        double u2 = rng.nextDouble();
        switch (a) {
            case ADD_SANCTIONS -> sanctions = Math.min(1, sanctions + s.get(Params.SANCTIONS_STEP));
            case DEPLOY_FORCES -> deployment = Math.min(1, deployment + s.get(Params.DEPLOYMENT_STEP));
            case CYBER_OPERATION -> economy = Math.max(0, economy - s.get(Params.ECONOMY_CYBER_DAMAGE));
            case LIMITED_STRIKE -> {
                iranCasualties += (int) Math.round(s.get(Params.STRIKE_IRAN_CASUALTIES) * (0.5 + u1));
                stability += s.get(Params.STABILITY_RALLY);
                breakout = Math.min(s.get(Params.BREAKOUT_INITIAL), breakout + s.get(Params.BREAKOUT_STRIKE_SETBACK));
                economy = Math.max(0, economy - s.get(Params.ECONOMY_STRIKE_DAMAGE));
                lastUsStrikeDay = day;
            }
            case STRIKE_CAMPAIGN -> {
                iranCasualties += (int) Math.round(s.get(Params.CAMPAIGN_IRAN_CASUALTIES) * (0.5 + u1));
                if (day - lastCampaignDay >= ladderMemory) {
                    stability += s.get(Params.STABILITY_RALLY);
                }
                stability -= s.get(Params.STABILITY_CAMPAIGN_EROSION);
                economy = Math.max(0, economy - s.get(Params.ECONOMY_CAMPAIGN_DAMAGE));
                breakout = Math.min(s.get(Params.BREAKOUT_INITIAL),
                        breakout + s.get(Params.BREAKOUT_STRIKE_SETBACK) / 4);
                lastCampaignDay = day;
                lastUsStrikeDay = day;
            }
            case OFFER_TALKS -> {
                usOfferDay = day;
                firstOffer = firstOffer < 0 ? day : firstOffer;
            }
            case EASE_SANCTIONS -> {
                sanctions = Math.max(0, sanctions - s.get(Params.SANCTIONS_EASE_STEP));
                easingDay = day;
            }
            case ORDER_PROXY_OPS -> orders = 1;
            case RESTRAIN_PROXIES -> orders = 0;
            case NUCLEAR_STEP -> breakout = Math.max(s.get(Params.BREAKOUT_MIN), breakout - s.get(Params.BREAKOUT_STEP));
            case THREATEN_SHIPPING -> oilDisruption = Math.min(1, oilDisruption + s.get(Params.OIL_THREAT_DISRUPTION));
            case DIRECT_RETALIATION -> {
                if (u1 < s.get(Params.RETALIATION_LETHALITY)) {
                    usCasualties += Math.max(1, (int) Math.round(s.get(Params.RETALIATION_US_CASUALTIES) * (0.5 + u2)));
                    retaliationLethalToday = true;
                }
                lastIranStrikeDay = day;
            }
            case MINE_TANKER -> {
                attacks++;
                oilDisruption = Math.min(1, oilDisruption + s.get(Params.OIL_MINE_DISRUPTION));
            }
            case DRONE_STRIKE -> {
                attacks++;
                oilDisruption = Math.min(1, oilDisruption + s.get(Params.OIL_DRONE_DISRUPTION));
            }
            case ROCKET_ATTACK -> {
                attacks++;
                double p = Math.min(1, s.get(Params.ROCKET_LETHALITY) * proxyCapability / 0.5);
                if (u1 < p) {
                    usCasualties += 1 + (int) (u2 * 3);
                    rocketLethalToday = true;
                }
            }
            case MISSILE_SHIPMENT -> proxyCapability = Math.min(1, proxyCapability + s.get(Params.PROXY_CAPABILITY_STEP));
            case REQUEST_PROTECTION -> protectionDay = day;
            case REFER_TO_COUNCIL -> {
                referralDay = day;
                firstReferral = firstReferral < 0 ? day : firstReferral;
            }
            case BACKCHANNEL_TEHRAN -> backchannel = Math.min(1, backchannel + s.get(Params.BACKCHANNEL_STEP));
            case RAISE_OIL_OUTPUT -> oilDisruption = Math.max(0, oilDisruption - s.get(Params.OIL_OUTPUT_OFFSET));
            case MEDIATE_YEMEN -> {
                mediation = Math.min(1, mediation + s.get(Params.MEDIATION_STEP));
                firstMediation = firstMediation < 0 ? day : firstMediation;
            }
            case CONVENE_COUNCIL -> {
                votePendingDay = day;
                // the Council's discussion calls both sides to talks, which Washington backs only when open to them
                if (openness() >= s.get(Params.WASHINGTON_OPENNESS_THRESHOLD)) {
                    councilCallDay = day;
                    firstOffer = firstOffer < 0 ? day : firstOffer;
                    story.add(day, DIPLOMACY, "The Security Council, with Washington's backing, calls on both sides to talk.");
                }
            }
            case PROPOSE_FRAMEWORK -> {
                frameworkDay = day;
                firstFramework = firstFramework < 0 ? day : firstFramework;
                firstOffer = firstOffer < 0 ? day : firstOffer;
            }
            case VETO -> {
                // the draft fails and the matter leaves the agenda until attacks are referred again
                votePendingDay = FAR_PAST;
                referralDay = FAR_PAST;
                vetoes++;
            }
            case CO_SPONSOR_DIALOGUE -> {
                if (openness() >= s.get(Params.WASHINGTON_OPENNESS_THRESHOLD)) {
                    dialogueDay = day;
                    firstDialogue = firstDialogue < 0 ? day : firstDialogue;
                    firstOffer = firstOffer < 0 ? day : firstOffer;
                } else {
                    story.add(day, DIPLOMACY, "Washington declines Moscow's offer of a co-sponsored dialogue.");
                }
            }
            case SUPPORT_IRAN -> moscowSupport = Math.min(1, moscowSupport + s.get(Params.MOSCOW_SUPPORT_STEP));
            default -> {
                // holds, threats, talk decisions and stand-downs change no state here
            }
        }
        if (story.on() && !a.isHold()) {
            String extra = "";
            if (a == Action.ROCKET_ATTACK && rocketLethalToday || a == Action.DIRECT_RETALIATION && retaliationLethalToday) {
                extra = ", killing Americans";
            }
            story.add(day, ACT, who.subject() + " " + a.phrase() + extra + (a.deniable() ? " (deniably)" : "") + ".");
        }
    }

    // ---- observation ------------------------------------------------------------------------------

    private double noiseSd(Actor observer, Actor target) {
        return s.get(Params.noise(observer, target)) * s.get(Params.PERCEPTION_NOISE_SCALE) / 20.0;
    }

    private double accuracy(Actor observer) {
        double miss = (1 - s.get(Params.attributionAccuracy(observer))) * s.get(Params.ATTRIBUTION_ERROR_SCALE);
        return 1 - Math.min(1, miss);
    }

    private static Actor scapegoat(Actor author) {
        return switch (author) {
            case IRGC -> Actor.TEHRAN;
            case TEHRAN -> Actor.IRGC;
            case WASHINGTON -> Actor.GULF;
            default -> null;
        };
    }

    private static Actor usualSuspect(Actor observer) {
        return switch (observer) {
            case WASHINGTON, GULF -> Actor.TEHRAN;
            case TEHRAN, IRGC, MOSCOW -> Actor.WASHINGTON;
            default -> null;
        };
    }

    private static boolean adversaries(Actor observer, Actor other) {
        boolean west = observer == Actor.WASHINGTON || observer == Actor.GULF;
        boolean iran = observer == Actor.TEHRAN || observer == Actor.IRGC;
        if (west) {
            return other == Actor.TEHRAN || other == Actor.IRGC;
        }
        if (iran) {
            return other == Actor.WASHINGTON || other == Actor.GULF;
        }
        return observer == Actor.MOSCOW && other == Actor.WASHINGTON;
    }

    private double displayedResolve(Actor author, Action a) {
        double r = resolve[author.ordinal()];
        return a.kind() == Action.Kind.CHEAP_TALK ? Math.min(1, r + s.get(Params.bluff(author))) : r;
    }

    private double weight(Action a) {
        return a.kind() == Action.Kind.CHEAP_TALK ? s.get(Params.credibility(a.actor())) : 1.0;
    }

    private void observe() {
        double provocationMemory = s.get(Params.PERCEPTION_PROVOCATION_MEMORY);
        for (Actor j : Actor.ALL) {
            Action a = acts[j.ordinal()];
            truth.record(j, a.hostility(), resolve[j.ordinal()], weight(a));
        }
        for (Actor o : Actor.ALL) {
            double worst = 0;
            RandomStream attributionRng = streams.attribution(o);
            for (Actor j : Actor.ALL) {
                if (j == o) {
                    continue;
                }
                Action a = acts[j.ordinal()];
                RandomStream noise = streams.perception(o, j);
                double e1 = noise.nextGaussian();
                double e2 = noise.nextGaussian();
                double sd = noiseSd(o, j);
                double var = sd * sd;
                Actor blamed = j;
                if (a.deniable()) {
                    double u = attributionRng.nextDouble();
                    double acc = accuracy(o);
                    if (u >= acc) {
                        Actor goat = scapegoat(j);
                        boolean wrong = u < acc + (1 - acc) * s.get(Params.attributionWrongShare(o));
                        blamed = wrong && goat != null && goat != o ? goat : null;
                        if (blamed == null && o == Actor.WASHINGTON && a == Action.ROCKET_ATTACK && rocketLethalToday) {
                            // Americans were killed: Washington does not leave it unattributed but blames its
                            // usual suspect, the Iranian state
                            blamed = usualSuspect(o);
                        }
                    }
                }
                double resolveSignal = displayedResolve(j, a);
                double perceived = Double.NaN;
                if (blamed == j) {
                    double h = a.hostility() + sd * e1 + s.get(Params.hostilityBias(o, j));
                    perceived = h;
                    beliefs.observe(o, j, h, resolveSignal + sd * e2 + s.get(Params.resolveBias(o, j)), weight(a), var);
                    worst = Math.max(worst, severity(o, j, a, h));
                } else {
                    // the author appears to have held its course
                    beliefs.observe(o, j, HOLD_HOSTILITY + sd * e1 + s.get(Params.hostilityBias(o, j)),
                            resolveSignal + sd * e2 + s.get(Params.resolveBias(o, j)), 1.0, var);
                    if (blamed != null) {
                        misattributions++;
                        double sdk = noiseSd(o, blamed);
                        RandomStream noiseK = streams.misattribution(o);
                        double h = a.hostility() + sdk * noiseK.nextGaussian() + s.get(Params.hostilityBias(o, blamed));
                        perceived = h;
                        beliefs.observe(o, blamed, h, resolveSignal + sdk * noiseK.nextGaussian()
                                + s.get(Params.resolveBias(o, blamed)), 1.0, sdk * sdk);
                        worst = Math.max(worst, severity(o, blamed, a, h));
                        if (story.on() && (o == Actor.WASHINGTON || o == Actor.TEHRAN)) {
                            story.add(day, PERCEPTION, o.subject() + " blames " + blamed.label() + " for what "
                                    + j.label() + " did (" + a.phrase() + ").");
                        }
                    } else if (story.on() && a.deniable() && (o == Actor.WASHINGTON || o == Actor.TEHRAN)) {
                        story.add(day, PERCEPTION, o.label() + " cannot tell who " + a.phrase() + ".");
                    }
                }
                if (blamed != null) {
                    fireTriggers(o, blamed, a, perceived);
                }
            }
            if (incidentToday) {
                worst = Math.max(worst, observeIncident(o, attributionRng));
            }
            beliefs.feelProvocation(o, worst, provocationMemory);
        }
    }

    private double severity(Actor observer, Actor blamed, Action a, double perceivedHostility) {
        if (!adversaries(observer, blamed) || a.pain() <= 0) {
            return 0;
        }
        double sev = Math.max(0, Math.min(1, 2 * (perceivedHostility - 0.5)));
        return a.rung().level() >= Rung.GRAY_ZONE.level() ? sev : s.get(Params.PERCEPTION_MINOR_SEVERITY) * sev;
    }

    private void fireTriggers(Actor observer, Actor blamed, Action a, double perceivedHostility) {
        // an attack on US forces read as lethal: it was, or it looked bad enough to be reported so
        boolean seenLethal = a == Action.ROCKET_ATTACK
                && (rocketLethalToday || perceivedHostility >= s.get(Params.PERCEPTION_LETHALITY_THRESHOLD));
        if (observer == Actor.WASHINGTON && (blamed == Actor.TEHRAN || blamed == Actor.IRGC)
                && (a == Action.DIRECT_RETALIATION || seenLethal)) {
            if (blamed == Actor.TEHRAN) {
                beliefs.fireStateTrigger(Actor.WASHINGTON, day);
            } else {
                beliefs.fireTrigger(Actor.WASHINGTON, day);
            }
        }
        if (observer == Actor.TEHRAN && blamed == Actor.WASHINGTON
                && (a == Action.LIMITED_STRIKE || a == Action.STRIKE_CAMPAIGN)) {
            beliefs.fireTrigger(Actor.TEHRAN, day);
        }
    }

    private double observeIncident(Actor o, RandomStream attributionRng) {
        double u = attributionRng.nextDouble();
        double acc = accuracy(o);
        Actor suspect = usualSuspect(o);
        if (u < acc || suspect == null || u >= acc + (1 - acc) * s.get(Params.attributionWrongShare(o))) {
            return 0;
        }
        misattributions++;
        double sd = noiseSd(o, suspect);
        RandomStream noise = streams.misattribution(o);
        double h = 1.0 + sd * noise.nextGaussian() + s.get(Params.hostilityBias(o, suspect));
        beliefs.observe(o, suspect, h, beliefs.resolve(o, suspect), 1.0, sd * sd);
        boolean ownVictims = o == Actor.WASHINGTON ? incidentUsVictims : o == Actor.TEHRAN && !incidentUsVictims;
        if (incidentLethal && ownVictims && (o == Actor.WASHINGTON || o == Actor.TEHRAN)) {
            // an incident taken for an attack is blamed on the adversary state itself
            beliefs.fireStateTrigger(o, day);
        }
        if (story.on() && (o == Actor.WASHINGTON || o == Actor.TEHRAN)) {
            story.add(day, PERCEPTION, o.label() + " takes the incident for a deliberate attack by "
                    + suspect.label() + ".");
        }
        return incidentLethal ? 1.0 : 0.6;
    }

    // ---- ladder ---------------------------------------------------------------------------------------

    private void updateLadder() {
        for (Action a : acts) {
            int r = a.rung().level();
            if (a == Action.ROCKET_ATTACK && rocketLethalToday) {
                r = Rung.PROXY_CASUALTIES.level();
            }
            if (r >= Rung.PRESSURE.level()) {
                lastDayOfRung[r] = day;
            }
        }
        if (incidentToday) {
            lastDayOfRung[incidentLethal ? Rung.PROXY_CASUALTIES.level() : Rung.GRAY_ZONE.level()] = day;
        }
        boolean campaignRecent = day - lastCampaignDay < ladderMemory;
        boolean iranStrikeRecent = day - lastIranStrikeDay < ladderMemory;
        if (campaignRecent && iranStrikeRecent) {
            lastDayOfRung[Rung.OPEN_WAR.level()] = day;
        }
        int floor = talksOpen ? Rung.TALKS.level() : (sanctions > 0 ? Rung.PRESSURE.level() : Rung.TALKS.level());
        int r = floor;
        for (int k = Rung.COUNT - 1; k > floor; k--) {
            if (day - lastDayOfRung[k] < ladderMemory) {
                r = k;
                break;
            }
        }
        if (r != rung && story.on() && Math.max(r, rung) >= Rung.GRAY_ZONE.level()) {
            story.add(day, LADDER, "The ladder " + (r > rung ? "rises" : "falls") + " to rung " + r + ": "
                    + Rung.of(r).description() + ".");
        }
        rung = r;
        if (firstDayOfRung[r] < 0) {
            firstDayOfRung[r] = day;
        }
        highestRung = Math.max(highestRung, r);
        if (r >= Rung.LIMITED_STRIKE.level()) {
            blowsExchanged = true;
        } else if (blowsExchanged) {
            fellBackAfterBlows = true;
        }
        daysAtTop = r == Rung.OPEN_WAR.level() ? daysAtTop + 1 : 0;
        daysAtCampaign = r >= Rung.STRIKE_CAMPAIGN.level() ? daysAtCampaign + 1 : 0;
    }

    private void checkWar() {
        if (daysAtTop >= s.integer(Params.WAR_TOP_RUNG_DAYS)) {
            end(Trigger.TOP_RUNG_HELD, "WAR: open war between the United States and Iran has raged for "
                    + daysAtTop + " days.");
        } else if (daysAtCampaign >= s.integer(Params.WAR_CAMPAIGN_DAYS)) {
            end(Trigger.CAMPAIGN_SUSTAINED, "WAR: the US strike campaign has been sustained for " + daysAtCampaign
                    + " days.");
        }
    }

    // ---- diplomacy and talks ---------------------------------------------------------------------------

    private double openness() {
        return (1 - hardliners) * restraint + (newAdministration ? s.get(Params.OPENNESS_NEW_ADMIN) : 0);
    }

    private boolean within(int since, org.offramp.model.Param days) {
        return day - since < s.integer(days) && since > FAR_PAST;
    }

    private boolean usOfferStanding() {
        return within(usOfferDay, Params.OFFER_DAYS);
    }

    private boolean frameworkStanding() {
        return within(frameworkDay, Params.OFFER_DAYS);
    }

    private boolean dialogueActive() {
        return within(dialogueDay, Params.DIALOGUE_DAYS);
    }

    private boolean resolutionInForce() {
        return within(resolutionDay, Params.RESOLUTION_DAYS);
    }

    private boolean referralActive() {
        return within(referralDay, Params.RESOLUTION_DAYS);
    }

    private boolean votePending() {
        return votePendingDay > FAR_PAST && day > votePendingDay;
    }

    private double cover() {
        double c = (frameworkStanding() ? s.get(Params.COVER_FRAMEWORK) : 0)
                + (dialogueActive() ? s.get(Params.COVER_DIALOGUE) : 0)
                + (resolutionInForce() ? s.get(Params.COVER_RESOLUTION) : referralActive() ? s.get(Params.COVER_REFERRAL) : 0)
                + s.get(Params.COVER_MEDIATION) * mediation
                + s.get(Params.COVER_BACKCHANNEL) * backchannel
                + (within(easingDay, Params.OFFER_DAYS) ? s.get(Params.COVER_EASING) : 0);
        return Math.min(1, c);
    }

    private boolean offerStanding() {
        return usOfferStanding() || frameworkStanding() || dialogueActive() || within(councilCallDay, Params.OFFER_DAYS);
    }

    private void diplomacy() {
        if (votePendingDay > FAR_PAST && day - votePendingDay >= s.integer(Params.VETO_WINDOW)) {
            votePendingDay = FAR_PAST;
            resolutionDay = day;
            firstResolution = firstResolution < 0 ? day : firstResolution;
            story.add(day, DIPLOMACY, "The Security Council adopts a resolution on the attacks; Moscow lets it pass.");
        }
        Action tehran = acts[Actor.TEHRAN.ordinal()];
        if (tehran == Action.REJECT_TALKS) {
            usOfferDay = FAR_PAST;
            frameworkDay = FAR_PAST;
            councilCallDay = FAR_PAST;
        }
        if (talksOpen) {
            talksDay();
        } else if (tehran == Action.ACCEPT_TALKS) {
            boolean washingtonConsents = usOfferStanding()
                    || openness() >= s.get(Params.WASHINGTON_OPENNESS_THRESHOLD);
            if (washingtonConsents) {
                talksOpen = true;
                talksStartDay = day;
                firstTalks = firstTalks < 0 ? day : firstTalks;
                story.add(day, DIPLOMACY, "Talks open between Washington and Tehran.");
            } else {
                story.add(day, DIPLOMACY, "Tehran signals readiness, but Washington will not join the framework.");
            }
        }
    }

    private void talksDay() {
        boolean violence = false;
        for (Action a : acts) {
            Actor who = a.actor();
            if ((who == Actor.WASHINGTON || who == Actor.TEHRAN || who == Actor.IRGC)
                    && a.rung().level() >= Rung.GRAY_ZONE.level()) {
                violence = true;
            }
        }
        RandomStream w = streams.talks(Actor.WASHINGTON);
        RandomStream t = streams.talks(Actor.TEHRAN);
        double uCollapse = w.nextDouble();
        double ew = w.nextGaussian();
        double et = t.nextGaussian();
        if (violence || uCollapse < s.get(Params.TALKS_COLLAPSE)) {
            talksOpen = false;
            usOfferDay = FAR_PAST;
            frameworkDay = FAR_PAST;
            story.add(day, DIPLOMACY, violence ? "Violence wrecks the talks." : "The talks collapse without a deal.");
            return;
        }
        int tau = day - talksStartDay;
        double pain = 1 - economy;
        double believedResolve = clamp(beliefs.resolve(Actor.WASHINGTON, Actor.TEHRAN));
        double demandW = Math.max(s.get(Params.TALKS_W_FLOOR),
                s.get(Params.TALKS_W_DEMAND) - s.get(Params.TALKS_W_CONCESSION) * tau * (0.5 + believedResolve));
        double offerT = Math.min(1, s.get(Params.TALKS_T_OFFER) + s.get(Params.TALKS_T_PAIN_WEIGHT) * pain
                + s.get(Params.TALKS_T_CONCESSION) * tau * (0.5 + cover()));
        double reliefW = Math.min(1, s.get(Params.TALKS_W_RELIEF)
                + s.get(Params.TALKS_W_RELIEF_STEP) * tau * (0.5 + believedResolve));
        double demandT = Math.max(s.get(Params.TALKS_T_RELIEF_FLOOR),
                s.get(Params.TALKS_T_RELIEF_DEMAND) - s.get(Params.TALKS_T_RELIEF_STEP) * tau * (0.5 + pain));
        double seenByW = offerT + noiseSd(Actor.WASHINGTON, Actor.TEHRAN) * ew;
        double seenByT = reliefW + noiseSd(Actor.TEHRAN, Actor.WASHINGTON) * et;
        if (seenByW >= demandW && seenByT >= demandT) {
            if (story.on()) {
                // Each side decides on the other's terms as it reads them, so the story shows the
                // perceived values the comparison used (and the true ones beside them). Rounding to
                // two places is monotone, so a printed reading is never below its printed demand.
                story.add(day, DIPLOMACY, String.format(Locale.ROOT,
                        "After %d days of talks, Washington reads Tehran's offer as %.2f (it is %.2f), enough for "
                                + "its demand of %.2f, and Tehran reads Washington's relief as %.2f (it is %.2f), "
                                + "enough for its own demand of %.2f.",
                        tau, seenByW, offerT, demandW, seenByT, reliefW, demandT));
            }
            end(Trigger.AGREEMENT, "DEAL: Washington and Tehran strike an agreement.");
        }
    }

    // ---- slow variables -------------------------------------------------------------------------------

    private void slowVariables() {
        double evasion = Math.min(0.9, s.get(Params.ECONOMY_EVASION) + moscowSupport);
        economy += s.get(Params.ECONOMY_RECOVERY) * (1 - economy)
                - s.get(Params.ECONOMY_SANCTION_BITE) * sanctions * (1 - evasion);
        economy = clamp(economy);
        double pain = 1 - economy;
        stability += s.get(Params.STABILITY_RECOVERY) * (s.get(Params.STABILITY_EQUILIBRIUM) - stability)
                - s.get(Params.STABILITY_EROSION) * Math.max(0, pain - s.get(Params.STABILITY_PAIN_TOLERANCE));
        stability = clamp(stability);
        boolean struck = day - lastUsStrikeDay < s.integer(Params.TEHRAN_TRIGGER_DAYS);
        resolve[Actor.TEHRAN.ordinal()] = clamp(tehranBaseResolve + (struck ? s.get(Params.TEHRAN_RALLY_RESOLVE) : 0)
                - s.get(Params.TEHRAN_FATIGUE) * Math.max(0, pain - s.get(Params.STABILITY_PAIN_TOLERANCE)));
        resolve[Actor.WASHINGTON.ordinal()] = clamp(s.get(Params.resolve(Actor.WASHINGTON))
                + s.get(Params.WASHINGTON_CASUALTY_RESOLVE) * Math.min(1, usCasualties / 10.0));
        orders *= 1 - s.get(Params.IRGC_ORDERS_DECAY);
        deployment = Math.max(0, deployment - s.get(Params.DEPLOYMENT_DECAY));
        oilDisruption *= 1 - s.get(Params.OIL_DISRUPTION_DECAY);
        peakOilPrice = Math.max(peakOilPrice, oilPrice());
        moscowSupport *= 1 - s.get(Params.MOSCOW_SUPPORT_DECAY);
        mediation *= 1 - s.get(Params.MEDIATION_DECAY);
        backchannel *= 1 - s.get(Params.BACKCHANNEL_DECAY);
    }

    private double oilPrice() {
        return s.get(Params.OIL_BASE_PRICE) * (1 + s.get(Params.OIL_ELASTICITY) * oilDisruption);
    }

    private static double clamp(double x) {
        return x < 0 ? 0 : Math.min(1, x);
    }

    // ---- endings and record ---------------------------------------------------------------------------

    private void end(Trigger t, String sentence) {
        outcome = t.outcome();
        trigger = t;
        endDay = day;
        story.add(day, ENDING, sentence);
    }

    /** Whether the run has ended. */
    public boolean ended() {
        return outcome != null;
    }

    /** The current day (-1 before day 0). */
    public int day() {
        return day;
    }

    /** The run's record. @throws IllegalStateException before the run has ended */
    public StandoffRecord record() {
        if (!ended()) {
            throw new IllegalStateException("the run has not ended (day " + day + ")");
        }
        boolean contained = blowsExchanged && fellBackAfterBlows && outcome != Outcome.WAR;
        return new StandoffRecord(seed, outcome, endDay, trigger, highestRung, firstDayOfRung, blowsExchanged, contained,
                attacks, misattributions, accidents, firstReferral, firstResolution, vetoes, firstMediation,
                firstDialogue, firstFramework, firstOffer, firstTalks, successor, successionDay, election,
                usCasualties, iranCasualties, economy, stability, sanctions, breakout, peakOilPrice, actionCounts);
    }

    /** Everyone's beliefs (for tests and analysis; decision code never sees this). */
    public Beliefs beliefs() {
        return beliefs;
    }

    /** The revealed truth the beliefs aim at (for tests and analysis). */
    public RevealedTruth truth() {
        return truth;
    }

    /** The rung the ladder stands on. */
    public Rung ladder() {
        return Rung.of(rung);
    }

    /** Iran's economic health. */
    public double economy() {
        return economy;
    }

    /** Iran's regime stability. */
    public double stability() {
        return stability;
    }

    /** The oil price today, in US$ per barrel (for a run's timeline). @return the price */
    public double oilPriceToday() {
        return oilPrice();
    }

    /** The attacks so far (mines, drone and rocket strikes). @return the count */
    public int attacks() {
        return attacks;
    }

    /** The misattributions so far: an observer blamed the wrong actor. @return the count */
    public int misattributions() {
        return misattributions;
    }

    /** The unintended incidents so far. @return the count */
    public int accidents() {
        return accidents;
    }

    /**
     * How often an act was taken so far.
     *
     * @param action the act
     * @return the count
     */
    public int actionCount(Action action) {
        return actionCounts[action.ordinal()];
    }

    /** The US election's result, or {@link ElectionResult#NOT_REACHED} before it. @return the result */
    public ElectionResult election() {
        return election;
    }

    /** Who succeeded the Supreme Leader, or {@link Successor#NONE}. @return the successor */
    public Successor successor() {
        return successor;
    }

    // =================================================================================================
    // what one actor may see
    // =================================================================================================

    private final class View implements ActorView {
        private final Actor self;

        View(Actor self) {
            this.self = self;
        }

        private void require(Actor owner, String what) {
            if (self != owner) {
                throw new IllegalStateException(what + " is " + owner.label() + "'s own state; "
                        + self.label() + " cannot read it");
            }
        }

        @Override
        public Actor self() {
            return self;
        }

        @Override
        public int day() {
            return day;
        }

        @Override
        public double hostility(Actor other) {
            return clamp(beliefs.hostility(self, other));
        }

        @Override
        public double hostilitySd(Actor other) {
            return beliefs.hostilitySd(self, other);
        }

        @Override
        public double resolve(Actor other) {
            return clamp(beliefs.resolve(self, other));
        }

        @Override
        public double resolveSd(Actor other) {
            return beliefs.resolveSd(self, other);
        }

        @Override
        public double provocation() {
            return beliefs.provocation(self);
        }

        private int triggerMemory() {
            return self == Actor.WASHINGTON ? s.integer(Params.WASHINGTON_TRIGGER_DAYS)
                    : self == Actor.TEHRAN ? s.integer(Params.TEHRAN_TRIGGER_DAYS) : 0;
        }

        @Override
        public boolean triggered() {
            return day - beliefs.triggerDay(self) < triggerMemory();
        }

        @Override
        public boolean triggeredByState() {
            return day - beliefs.stateTriggerDay(self) < triggerMemory();
        }

        @Override
        public double triggerFreshness() {
            int m = triggerMemory();
            int since = day - beliefs.triggerDay(self);
            return m == 0 || since >= m ? 0 : 1 - since / (double) m;
        }

        @Override
        public double ownResolve() {
            return resolve[self.ordinal()];
        }

        @Override
        public double ownPain() {
            return switch (self) {
                case TEHRAN -> 1 - economy;
                case GULF -> oilDisruption;
                default -> 0;
            };
        }

        @Override
        public double restraint() {
            require(Actor.WASHINGTON, "restraint");
            return restraint;
        }

        @Override
        public double hardliners() {
            require(Actor.WASHINGTON, "hard-liner influence");
            return hardliners;
        }

        @Override
        public boolean newAdministration() {
            return newAdministration;
        }

        @Override
        public boolean gateOpen() {
            require(Actor.WASHINGTON, "the restraint gate");
            return gateOpen;
        }

        @Override
        public double openness() {
            require(Actor.WASHINGTON, "openness to talks");
            return World.this.openness();
        }

        @Override
        public boolean leaderRefusesTalks() {
            require(Actor.TEHRAN, "the Leader's refusal");
            return leaderRefuses;
        }

        @Override
        public double orders() {
            if (self != Actor.TEHRAN && self != Actor.IRGC) {
                throw new IllegalStateException("Tehran's orders to the IRGC are not known to " + self.label());
            }
            return orders;
        }

        @Override
        public Rung ladder() {
            return Rung.of(rung);
        }

        @Override
        public double sanctions() {
            return sanctions;
        }

        @Override
        public double deployment() {
            return deployment;
        }

        @Override
        public double oilDisruption() {
            return oilDisruption;
        }

        @Override
        public double breakoutMonths() {
            return breakout;
        }

        @Override
        public boolean talksOpen() {
            return talksOpen;
        }

        @Override
        public boolean offerStanding() {
            return World.this.offerStanding();
        }

        @Override
        public boolean washingtonOfferStanding() {
            return usOfferStanding();
        }

        @Override
        public boolean frameworkStanding() {
            return World.this.frameworkStanding();
        }

        @Override
        public boolean dialogueActive() {
            return World.this.dialogueActive();
        }

        @Override
        public double cover() {
            return World.this.cover();
        }

        @Override
        public boolean referralActive() {
            return World.this.referralActive();
        }

        @Override
        public boolean councilVotePending() {
            return votePending();
        }

        @Override
        public boolean resolutionInForce() {
            return World.this.resolutionInForce();
        }

        @Override
        public double mediationMomentum() {
            return mediation;
        }

        @Override
        public boolean protectionRequested() {
            return day - protectionDay < 30;
        }

        @Override
        public boolean campaignUnderWay() {
            return day - lastCampaignDay < ladderMemory;
        }

        @Override
        public boolean offRampEnabled(OffRamp offRamp) {
            return switch (offRamp) {
                case COUNCIL_REFERRAL -> s.flag(Params.OFFRAMP_REFERRAL);
                case UN_MEDIATION -> s.flag(Params.OFFRAMP_MEDIATION);
                case MOSCOW_DIALOGUE -> s.flag(Params.OFFRAMP_DIALOGUE);
                case UN_FRAMEWORK -> s.flag(Params.OFFRAMP_FRAMEWORK);
            };
        }
    }
}
