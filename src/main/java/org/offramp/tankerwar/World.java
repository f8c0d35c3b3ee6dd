package org.offramp.tankerwar;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.offramp.model.Scenario;
import org.offramp.model.StoryEvent;
import org.offramp.model.Timeline;
import org.offramp.perception.Attribution;
import org.offramp.perception.Beliefs;
import org.offramp.perception.Lenses;
import org.offramp.perception.RevealedTruth;
import org.offramp.random.KeyedStreams;
import org.offramp.random.RandomStream;

/**
 * The true state of one Tanker War run and its daily mechanics (design §3, §7): the acts of the
 * day applied in actor order, convoys against the mine field, incidents, perception with noisy
 * attribution, the ladder, diplomacy, the slow variables and the endings.
 *
 * <p>Not thread-safe; one world per run.
 */
final class World {
    /** Day 0: the first escorted convoy's departure. */
    static final LocalDate START = LocalDate.of(1987, 7, 22);

    // stream purposes; append only, so that existing streams keep their numbers
    private static final int CHOICE = 0;
    private static final int PERCEIVE = 1;
    private static final int ATTRIBUTE = 2;
    private static final int CONVOY = 3;
    private static final int MINES = 4;
    private static final int SHIPPING = 5;
    private static final int INCIDENT = 6;
    private static final int OFFENSIVE = 7;
    private static final int SIGHTING = 8;

    private static final int W = TwActor.WASHINGTON.ordinal();
    private static final int T = TwActor.TEHRAN.ordinal();
    private static final int I = TwActor.IRGC.ordinal();
    private static final int Q = TwActor.IRAQ.ordinal();
    private static final int G = TwActor.GULF.ordinal();
    private static final int N = TwActor.COUNT;
    /** Deaths of a mass-casualty accident: at least this many. */
    private static final int MASS_DEATHS = 100;
    private static final int DEC1987_FIRST = 132;
    private static final int DEC1987_LAST = 162;

    private final Scenario s;
    private final Decisions decisions;
    private final List<List<Act>> repertoires = new ArrayList<>();
    private final RandomStream[] choice = new RandomStream[N];
    private final RandomStream[][] perceive = new RandomStream[N][N];
    private final RandomStream[] attribute = new RandomStream[N];
    private final RandomStream convoy;
    private final RandomStream mines;
    private final RandomStream[] shipping = new RandomStream[N];
    private final RandomStream incident;
    private final RandomStream offensive;
    private final RandomStream sightingStream;
    private final Beliefs beliefs;
    private final RevealedTruth truth;
    private final Lenses lenses;
    private final boolean[] transitDay;
    private final int horizon;
    private final List<StoryEvent> story;
    private final Series series;

    // the day's acts
    private final Act[] acts = new Act[N];
    private int day;
    // state
    private int ships;
    private double density;
    private double cooperation;
    private double momentum;
    private double moscowHedge;
    private double gulfHedge;
    private double backing;
    private double economy;
    private double position;
    private double stability;
    private boolean orders = true;
    private boolean widened;
    private boolean convoySailed;
    private boolean answered;
    private int acceptDay = -1;
    private int ceasefireClock;
    private boolean draftPending;
    private boolean draftSettled;
    private int draftDay;
    private boolean embargo;
    private int pressDay = Beliefs.NEVER;
    private int pauseLeft;
    private boolean sightedYesterday;
    private boolean sightedToday;
    private boolean harassToday;
    private final int[] dailyRung;
    private int rung;
    private int lastStrikeDay = Beliefs.NEVER;
    private int lastRetaliationDay = Beliefs.NEVER;
    private int lastCampaignDay = Beliefs.NEVER;
    private int topRungRun;
    private int campaignRun;
    private int strikeRun;
    // record
    private int ending = -1;
    private int trigger = -1;
    private int endDay = -1;
    private int protectedMines;
    private int firstProtectedMine = -1;
    private int otherMines;
    private int firstDirectFire = -1;
    private int firstLethalClash = -1;
    private int strikeDays;
    private int firstStrike = -1;
    private int longestStrikeRun;
    private int massAccidentDay = -1;
    private int incidents;
    private int americansKilled;
    private int firstSilkworm = -1;
    private int iraqiOnUs = -1;
    private int december;
    private int iraqiAttacks;
    private int iranianAttacks;
    private int misattributions;
    private int maxRung;
    // the day's perceived severity per observer, for provocation
    private final double[] severity = new double[N];

    World(Scenario scenario, KeyedStreams streams, boolean tell) {
        this.s = scenario;
        this.decisions = new Decisions(scenario);
        for (TwActor a : TwActor.ALL) {
            int i = a.ordinal();
            repertoires.add(Decisions.repertoire(a));
            choice[i] = streams.stream(CHOICE, i, 0);
            attribute[i] = streams.stream(ATTRIBUTE, i, 0);
            shipping[i] = streams.stream(SHIPPING, i, 0);
            for (int j = 0; j < N; j++) {
                perceive[i][j] = streams.stream(PERCEIVE, i, j);
            }
        }
        convoy = streams.stream(CONVOY, 0, 0);
        mines = streams.stream(MINES, 0, 0);
        incident = streams.stream(INCIDENT, 0, 0);
        offensive = streams.stream(OFFENSIVE, 0, 0);
        sightingStream = streams.stream(SIGHTING, 0, 0);
        double memory = s.get(TwParams.MEMORY);
        beliefs = new Beliefs(N, 0.5, 0.25, memory);
        truth = new RevealedTruth(N, memory);
        lenses = new Lenses(N);
        double noise = s.get(TwParams.NOISE) / 20;
        for (int o = 0; o < N; o++) {
            for (int t = 0; t < N; t++) {
                lenses.set(o, t, 0, noise);
            }
        }
        lenses.set(W, T, s.get(TwParams.BIAS_WT), s.get(TwParams.NOISE_WT) / 20);
        lenses.set(W, I, s.get(TwParams.BIAS_WT), s.get(TwParams.NOISE_WT) / 20);
        lenses.set(T, W, s.get(TwParams.BIAS_TW), noise);
        lenses.set(I, W, s.get(TwParams.BIAS_TW), noise);
        horizon = s.integer(TwParams.HORIZON);
        transitDay = schedule(horizon, s.flag(TwParams.CONVOYS) ? s.integer(TwParams.TRANSITS_MAX) : -1);
        ships = s.integer(TwParams.SHIPS);
        density = s.get(TwParams.MINE_DENSITY);
        cooperation = s.get(TwParams.COOPERATION);
        momentum = s.get(TwParams.MOMENTUM);
        moscowHedge = s.get(TwParams.MOSCOW);
        gulfHedge = 0.2;
        economy = s.get(TwParams.ECONOMY);
        position = s.get(TwParams.WAR_POSITION);
        stability = s.get(TwParams.STABILITY);
        dailyRung = new int[horizon];
        rung = s.integer(TwParams.INITIAL_RUNG);
        maxRung = rung;
        story = tell ? new ArrayList<>() : null;
        series = tell ? new Series(horizon) : null;
    }

    /**
     * The announced convoy schedule (tanker-war calibration §4.10): one transit in what is left of
     * July 1987 (on day 0), three in August, then {@code max} a month, spread evenly over each month.
     * A negative {@code max} means no escort operation.
     */
    static boolean[] schedule(int days, int max) {
        boolean[] out = new boolean[days];
        if (max < 0) {
            return out;
        }
        int first = 0;
        while (first < days) {
            YearMonth month = YearMonth.from(START.plusDays(first));
            int last = (int) (START.until(month.atEndOfMonth(), java.time.temporal.ChronoUnit.DAYS));
            int length = last - first + 1;
            int k = month.equals(YearMonth.of(1987, 7)) ? 1 : month.equals(YearMonth.of(1987, 8)) ? 3 : max;
            for (int j = 0; j < k; j++) {
                int d = first + (int) ((long) j * length / k);
                if (d < days) {
                    out[d] = true;
                }
            }
            first = last + 1;
        }
        return out;
    }

    // ---------------------------------------------------------------------------------------------
    // phase 1: the calendar and shocks

    void beginDay(int d) {
        day = d;
        sightedYesterday = sightedToday;
        sightedToday = false;
        harassToday = false;
        java.util.Arrays.fill(severity, 0);
        // Iraq's offensives: a hazard rising as Iran's position falls (design §8, iraq.offensiveHazard)
        double hazard = s.get(TwParams.IRAQ_OFFENSIVE) * 0.55 / Math.max(position, 0.05);
        double u = offensive.nextDouble();
        double z = offensive.nextGaussian();
        if (u < hazard && acceptDay < 0) {
            double before = position;
            position = clamp(position + s.get(TwParams.IRAQ_OFFENSIVE_SHIFT) + 0.04 * z);
            tell("WAR", String.format("Iraq launches a ground offensive; Iran's war position moves from %.2f to %.2f",
                    before, position));
            noteProvocation(T, 1.0);
            noteProvocation(I, 1.0);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // phase 2: the actors choose

    void choose(TwActor actor) {
        int i = actor.ordinal();
        acts[i] = decisions.choose(repertoires.get(i), view(actor), choice[i]);
    }

    private View view(TwActor actor) {
        int i = actor.ordinal();
        return new View() {
            @Override public TwActor self() { return actor; }
            @Override public int day() { return day; }
            @Override public double hostility(TwActor target) { return beliefs.hostility(i, target.ordinal()); }
            @Override public double provocation() { return beliefs.provocation(i); }
            @Override public boolean triggerLive() {
                return beliefs.triggerLive(i, day, s.integer(TwParams.TRIGGER_DAYS));
            }
            @Override public boolean stateTriggerLive() {
                return beliefs.stateTriggerLive(i, day, s.integer(TwParams.TRIGGER_DAYS));
            }
            @Override public int rung() { return rung; }
            @Override public int ships() { return ships; }
            @Override public double mineDensity() { return density; }
            @Override public double momentum() { return momentum; }
            @Override public boolean draftPending() { return draftPending; }
            @Override public boolean draftSettled() { return draftSettled; }
            @Override public boolean resolutionStands() { return s.flag(TwParams.RESOLUTION); }
            @Override public boolean accepted() { return acceptDay >= 0; }
            @Override public boolean answered() { return answered; }
            @Override public boolean councilPressed() { return day - pressDay < 30; }
            @Override public boolean protectionWidened() { return widened; }
            @Override public boolean usStrikeRecent() {
                return day - lastStrikeDay < s.integer(TwParams.LADDER_MEMORY);
            }
            @Override public boolean sighting() { return own(TwActor.WASHINGTON) && sightedYesterday; }
            @Override public boolean navalOrders() { return (own(TwActor.TEHRAN) || own(TwActor.IRGC)) && orders; }
            @Override public boolean acceptanceAvailable() { return own(TwActor.TEHRAN) && acceptanceHolds(); }
            @Override public double warPosition() { return own(TwActor.TEHRAN) ? position : Double.NaN; }
            @Override public int pauseDaysLeft() { return own(TwActor.IRAQ) ? pauseLeft : 0; }
            @Override public double backing() { return own(TwActor.IRAQ) ? backing : 0; }
            @Override public double cooperation() { return own(TwActor.GULF) ? cooperation : 0; }

            private boolean own(TwActor owner) {
                return actor == owner;
            }
        };
    }

    /** Tehran's acceptance condition (design §7.5). */
    private boolean acceptanceHolds() {
        if (!s.flag(TwParams.RESOLUTION)) {
            return false;
        }
        return position < s.get(TwParams.ACCEPT_WAR)
                || (pain() > s.get(TwParams.ACCEPT_PAIN) && cover() > s.get(TwParams.ACCEPT_COVER));
    }

    private double pain() {
        return 1 - economy + (embargo ? s.get(TwParams.EMBARGO_PAIN) : 0);
    }

    private double cover() {
        return (momentum + moscowHedge + gulfHedge) / 3;
    }

    // ---------------------------------------------------------------------------------------------
    // phase 3: resolution

    void resolveDay() {
        int todayRung = 0;
        boolean directFire = false;
        boolean lethalClash = false;
        boolean strike = false;
        boolean severeUsAct = false;
        for (TwActor actor : TwActor.ALL) {
            Act a = acts[actor.ordinal()];
            Effect e = apply(a);
            if (a.rung() >= 0 && (actor == TwActor.WASHINGTON || actor == TwActor.TEHRAN || actor == TwActor.IRGC)) {
                todayRung = Math.max(todayRung, e.rung);
            }
            directFire |= e.directFire;
            lethalClash |= e.directFire && e.deaths > 0;
            strike |= a == Act.LIMITED_STRIKE || a == Act.STRIKE_CAMPAIGN;
            severeUsAct |= e.rung >= 5;
            observe(actor, a, e);
        }
        if (transitDay[day]) {
            todayRung = Math.max(todayRung, 2);
            transit();
        }
        // unprotected shipping meets the field
        if (mines.chance(Math.min(1, s.get(TwParams.MINE_DAILY) * density))) {
            otherMines++;
            shipHit();
            tell("MINE", "A merchant ship strikes a mine outside the convoys");
        }
        Incident inc = incident();
        if (inc != null) {
            todayRung = Math.max(todayRung, inc.rung);
            directFire |= inc.directFire;
            lethalClash |= inc.directFire && inc.deaths > 0;
            severeUsAct |= inc.rung >= 5;
        }
        if (directFire && firstDirectFire < 0) {
            firstDirectFire = day;
            mark("direct-fire", "First US–Iran direct fire");
        }
        if (lethalClash && firstLethalClash < 0) {
            firstLethalClash = day;
        }
        strikeBookkeeping(strike);
        for (int o = 0; o < N; o++) {
            if (o == W || o == T || o == I || o == G || o == Q) {
                beliefs.feelProvocation(o, severity[o], s.get(TwParams.PROVOCATION_MEMORY));
            }
        }
        ladder(todayRung);
        diplomacy(severeUsAct);
        slowVariables();
        if (ending < 0 && stability < s.get(TwParams.CHAOS_STABILITY)) {
            end(TwSchema.CHAOS, TwSchema.REGIME_COLLAPSE, day, "Order in Iran collapses");
        }
        if (series != null) {
            series.record(day, rung, position, economy, stability, density, momentum,
                    beliefs.hostility(W, T), truth.known(T) ? truth.hostility(T) : Double.NaN);
        }
        if (ending < 0 && day + 1 >= horizon) {
            end(TwSchema.STALEMATE, TwSchema.HORIZON, horizon, "The horizon: no ending");
        }
    }

    /** What an act did: its rung today, whether it was fire between US and Iranian forces, its toll. */
    private record Effect(int rung, boolean directFire, int deaths, boolean hit) {
        static final Effect NONE = new Effect(0, false, 0, false);
    }

    private Effect apply(Act a) {
        RandomStream r = shipping[a.actor().ordinal()];
        switch (a) {
            case DEPLOY -> {
                ships = Math.min(s.integer(TwParams.MAX_SHIPS), ships + s.integer(TwParams.SHIP_STEP));
                tell("FORCES", "Washington deploys more ships: " + ships + " in and near the Gulf");
            }
            case SWEEP -> density *= 1 - s.get(TwParams.US_SWEEP);
            case ENGAGE -> {
                int deaths = r.chance(0.6) ? 1 + r.nextInt(6) : 0;
                tell("CLASH", "US forces fire on Iranian units caught in the act" + killed(deaths, "Iranian"));
                noteProvocation(T, 1.0);
                noteProvocation(I, 1.0);
                return new Effect(4, true, deaths, true);
            }
            case LIMITED_STRIKE, STRIKE_CAMPAIGN -> {
                int deaths = 1 + r.nextInt(a == Act.LIMITED_STRIKE ? 40 : 100);
                if (a == Act.STRIKE_CAMPAIGN) {
                    lastCampaignDay = day;
                }
                tell("STRIKE", "Washington " + a.text() + killed(deaths, "Iranian"));
                mark("strike", "US strike");
                stability = Math.min(1, stability + 0.01); // a rally round the flag
                noteProvocation(T, 1.0);
                noteProvocation(I, 1.0);
                return new Effect(a.rung(), true, deaths, true);
            }
            case WIDEN -> {
                widened = true;
                tell("FORCES", "Washington widens protection to friendly neutral ships");
            }
            case PRESS_COUNCIL -> pressDay = day;
            case ORDER_NAVAL -> orders = true;
            case RESTRAIN_NAVAL -> orders = false;
            case T_OFFENSIVE -> {
                double before = position;
                position = clamp(position + s.get(TwParams.IRAN_OFFENSIVE_SHIFT) + 0.05 * r.nextGaussian());
                economy = clamp(economy - 0.02);
                tell("WAR", String.format("Iran launches a ground offensive; its war position moves from %.2f to %.2f",
                        before, position));
            }
            case RETALIATE -> {
                int deaths = r.chance(0.5) ? 1 + r.nextInt(10) : 0;
                americansKilled += deaths;
                lastRetaliationDay = day;
                tell("CLASH", "Iranian forces fire on US forces" + killed(deaths, "American"));
                noteProvocation(W, 1.0);
                beliefs.fireStateTrigger(W, day);
                return new Effect(5, true, deaths, true);
            }
            case ACCEPT -> {
                acceptDay = day;
                answered = true;
                orders = false;
                tell("DIPLOMACY", "Tehran accepts Resolution 598");
                mark("offramp", "Tehran accepts 598");
            }
            case REJECT -> {
                answered = true;
                momentum = clamp(momentum - 0.2);
                tell("DIPLOMACY", "Tehran rejects Resolution 598 for now");
            }
            case LAY_MINES -> {
                density = Math.min(2, density + s.get(TwParams.LAY_STEP));
                sight(1);
            }
            case BOAT_ATTACK -> {
                int deaths = poisson(r, s.get(TwParams.DEATHS_PER_ATTACK));
                iranianAttacks++;
                shipHit();
                sight(widened ? 3 : 2);
                return new Effect(deaths > 0 ? 4 : 3, false, deaths, true);
            }
            case MISSILE -> {
                iranianAttacks++;
                shipHit();
                if (r.chance(s.get(TwParams.US_FLAG_SHARE))) {
                    if (firstSilkworm < 0) {
                        firstSilkworm = day;
                    }
                    tell("ATTACK", "A Silkworm hits a US-flag tanker near Kuwait");
                    mark("attack", "Silkworm hits a US-flag ship");
                    if (s.flag(TwParams.SILKWORM_TRIGGER)) {
                        beliefs.fireTrigger(W, day);
                    }
                    return new Effect(5, false, 0, true);
                }
                tell("ATTACK", "A Silkworm hits a ship near Kuwait");
                return new Effect(4, false, 0, true);
            }
            case HARASS -> harassToday = true;
            case AIR_STRIKE -> {
                iraqiAttacks++;
                shipHit();
                poisson(r, s.get(TwParams.DEATHS_PER_ATTACK));
                economy = clamp(economy - s.get(TwParams.RAID_DAMAGE));
            }
            case TERMINALS -> economy = clamp(economy - s.get(TwParams.TERMINAL_DAMAGE));
            case FACILITIES -> cooperation = Math.min(1, cooperation + 0.05);
            case GULF_SWEEP -> density *= 1 - s.get(TwParams.GULF_SWEEP);
            case FINANCE_IRAQ, ARM_IRAQ -> backing = Math.min(1, backing + 0.1);
            case BACKCHANNEL -> gulfHedge = Math.min(1, gulfHedge + 0.1);
            case COURT_TEHRAN -> moscowHedge = Math.min(1, moscowHedge + 0.1);
            case REFER -> momentum = Math.min(1, momentum + 0.03);
            case BACK_MEDIATION, MEDIATE -> momentum = Math.min(1, momentum + 0.05);
            case DELAY_EMBARGO -> {
                if (draftPending) {
                    draftPending = false;
                    draftSettled = true;
                    momentum = clamp(momentum - 0.1);
                    tell("DIPLOMACY", "Moscow delays the enforcement draft; it lapses");
                }
            }
            case CONVENE -> {
                draftPending = true;
                draftDay = day;
                tell("DIPLOMACY", "The Council takes up an enforcement draft");
            }
            default -> {
                // holds change nothing
            }
        }
        return a.rung() > 0 ? new Effect(a.rung(), false, 0, false) : Effect.NONE;
    }

    /**
     * A chance that US forces see an Iranian unit in the act: more ships, more eyes. Only while the
     * escorts run: before them the US mission protected no ships of its own in the Gulf
     * (tanker-war calibration §6.4), so a sighting was no occasion to fire.
     */
    private void sight(double multiplier) {
        if (!s.flag(TwParams.CONVOYS)) {
            sightingStream.nextDouble();
            return;
        }
        double p = s.get(TwParams.SIGHTING) * multiplier * ships / 15.0;
        if (sightingStream.chance(Math.min(1, p))) {
            sightedToday = true;
        }
    }

    private void shipHit() {
        if (day >= DEC1987_FIRST && day <= DEC1987_LAST) {
            december++;
        }
    }

    /** One convoy transit against the mine field (design §7.4). */
    private void transit() {
        if (!convoySailed) {
            convoySailed = true;
            tell("CONVOY", "The first convoy of reflagged Kuwaiti tankers sails under US escort");
        }
        double p = Math.min(1, s.get(TwParams.MINE_TRANSIT) * density);
        double u = convoy.nextDouble();
        if (u < p) {
            protectedMines++;
            shipHit();
            if (firstProtectedMine < 0) {
                firstProtectedMine = day;
            }
            tell("MINE", "A mine strikes a ship of today's escorted convoy");
            mark("attack", "Mine strikes an escorted ship");
            // Washington blames the field's layer, the state behind it, or no one
            int seen = Attribution.attribute(I, s.get(TwParams.ACC_MINES), T, s.get(TwParams.SCAPEGOAT), attribute[W]);
            countMisattribution(I, seen, W);
            if (seen == T) {
                beliefs.fireStateTrigger(W, day);
            } else if (seen == I) {
                beliefs.fireTrigger(W, day);
            }
            if (seen != Attribution.NOBODY) {
                noteProvocation(W, 1.0);
            }
        }
    }

    private record Incident(int rung, boolean directFire, int deaths) {
    }

    /** Unintended engagements under alert (design §7.3). */
    private Incident incident() {
        double alert = rung >= 3 ? s.get(TwParams.ALERT) : 1;
        double p = s.get(TwParams.ACCIDENTS) * ships * alert * (harassToday ? 2 : 1);
        double u = incident.nextDouble();
        double who = incident.nextDouble();
        double victims = incident.nextDouble();
        double lethal = incident.nextDouble();
        double mass = incident.nextDouble();
        double toll = incident.nextDouble();
        if (u >= Math.min(1, p)) {
            return null;
        }
        incidents++;
        double us = s.get(TwParams.AUTHOR_US);
        double iraq = s.get(TwParams.AUTHOR_IRAQ);
        // shares are normalised, so a sweep may move one without breaking the sum
        double sum = Math.max(1, us + iraq);
        int author = who < us / sum ? W : who < (us + iraq) / sum ? Q : I;
        boolean civilian = victims < s.get(TwParams.CIVILIAN);
        boolean kills = lethal < s.get(TwParams.LETHALITY);
        int deaths = !kills ? 0 : civilian && mass < s.get(TwParams.MASS)
                ? MASS_DEATHS + (int) (toll * 250) : 1 + (int) (toll * 40);
        boolean highAlert = highAlert();
        String by = author == W ? "US forces fire" : author == Q ? "an Iraqi aircraft fires" : "Iranian forces fire";
        String on = civilian ? "non-combatants" : author == W ? "Iranian forces" : "US forces";
        tell("INCIDENT", "Unintended engagement: " + by + " on " + on + killed(deaths, ""));
        mark("accident", "Accident" + (deaths > 0 ? " (" + deaths + " dead)" : ""));
        if (civilian && deaths >= MASS_DEATHS && highAlert && massAccidentDay < 0) {
            massAccidentDay = day;
        }
        boolean directFire = !civilian && author != Q;
        if (!civilian && author == Q && iraqiOnUs < 0) {
            iraqiOnUs = day;
        }
        if (!civilian && author == I) {
            americansKilled += deaths;
        }
        if (!civilian && author == Q && deaths > 0) {
            pauseLeft = s.integer(TwParams.IRAQ_PAUSE); // the Stark's lull
        }
        // who is blamed: Washington for the hits on US forces, Tehran for the hits on its own
        if (author != W && (!civilian || deaths > 0)) {
            int seen = Attribution.attribute(author, s.get(TwParams.ACC_INCIDENTS), T, s.get(TwParams.SCAPEGOAT),
                    attribute[W]);
            countMisattribution(author, seen, W);
            if (seen == T) {
                beliefs.fireStateTrigger(W, day);
                noteProvocation(W, 1.0);
            } else if (seen == I && (!civilian || deaths > 0)) {
                beliefs.fireTrigger(W, day);
                noteProvocation(W, 1.0);
            }
        }
        if (author == W) {
            int seen = Attribution.attribute(W, s.get(TwParams.ACC_TEHRAN), Attribution.NOBODY, 0, attribute[T]);
            if (seen == W && (!civilian || deaths >= MASS_DEATHS)) {
                beliefs.fireTrigger(T, day);
                noteProvocation(T, 1.0);
            }
        }
        int incidentRung = directFire ? (deaths > 0 ? 5 : 4) : 0;
        return new Incident(incidentRung, directFire, deaths);
    }

    /** A day of rung 4 or more, or within 3 days of one (record.md §10, E5). */
    private boolean highAlert() {
        if (rung >= 4) {
            return true;
        }
        for (int d = Math.max(0, day - 3); d < day; d++) {
            if (dailyRung[d] >= 4) {
                return true;
            }
        }
        return false;
    }

    private void countMisattribution(int author, int seen, int observer) {
        if (Attribution.misattributed(author, seen)) {
            misattributions++;
            mark("misattribution", TwActor.ALL.get(observer).label() + " blames " + TwActor.ALL.get(seen).label());
        }
    }

    /** Every other actor sees the act, through its lens, attributed as its kind allows. */
    private void observe(TwActor actor, Act a, Effect e) {
        if (a.kind() == Act.Kind.HOLD || a.kind() == Act.Kind.SECRET) {
            return;
        }
        int author = actor.ordinal();
        double resolve = Math.max(0, e.rung) / 7.0;
        double weight = a.kind() == Act.Kind.TALK ? 0.5 : 1.0;
        truth.record(author, a.hostility(), resolve, weight);
        for (int o = 0; o < N; o++) {
            if (o == author) {
                continue;
            }
            int seen = author;
            if (a.kind() == Act.Kind.DENIABLE && !(o == T)) {
                double accuracy = o == W ? s.get(a == Act.LAY_MINES ? TwParams.ACC_MINES : TwParams.ACC_BOATS)
                        : o == G ? s.get(TwParams.ACC_GULF) : s.get(TwParams.ACC_OTHERS);
                seen = Attribution.attribute(author, accuracy, T, s.get(TwParams.SCAPEGOAT), attribute[o]);
                countMisattribution(author, seen, o);
                if (seen == Attribution.NOBODY) {
                    continue;
                }
            }
            double h = lenses.perceive(o, seen, a.hostility(), perceive[o][seen]);
            beliefs.observe(o, seen, h, resolve, weight, lenses.noiseVariance(o, seen));
            TwActor target = TwActor.ALL.get(seen);
            TwActor observer = TwActor.ALL.get(o);
            if (a.kind() != Act.Kind.CONCILIATORY && a.kind() != Act.Kind.OFFRAMP && observer.camp() != 0
                    && target.camp() != 0 && observer.camp() != target.camp()) {
                severity[o] = Math.max(severity[o], Math.max(0, Math.min(1, h)));
            }
            // US fire on Iranian forces fires Tehran's trigger
            if (o == T && e.directFire && actor == TwActor.WASHINGTON) {
                beliefs.fireTrigger(T, day);
            }
        }
    }

    private void noteProvocation(int observer, double level) {
        severity[observer] = Math.max(severity[observer], level);
    }

    private void strikeBookkeeping(boolean strike) {
        if (strike) {
            strikeDays++;
            strikeRun++;
            longestStrikeRun = Math.max(longestStrikeRun, strikeRun);
            lastStrikeDay = day;
            if (firstStrike < 0) {
                firstStrike = day;
            }
        } else {
            strikeRun = 0;
        }
    }

    /** The rung is the highest of today's and the last days' (ladder.memoryDays); rung 7 is open war. */
    private void ladder(int todayRung) {
        int memory = s.integer(TwParams.LADDER_MEMORY);
        // open war: a US campaign and Iranian fire on US forces within the ladder's memory (design §7.2)
        if (day - lastCampaignDay < memory && day - lastRetaliationDay < memory) {
            todayRung = 7;
        }
        dailyRung[day] = todayRung;
        int r = todayRung;
        for (int d = day - 1; d > day - memory; d--) {
            r = Math.max(r, d >= 0 ? dailyRung[d] : s.integer(TwParams.INITIAL_RUNG));
        }
        rung = r;
        maxRung = Math.max(maxRung, rung);
        topRungRun = rung >= 7 ? topRungRun + 1 : 0;
        campaignRun = rung >= 6 ? campaignRun + 1 : 0;
        if (ending < 0 && topRungRun >= s.integer(TwParams.WAR_TOP_DAYS)) {
            end(TwSchema.WAR, TwSchema.TOP_RUNG_HELD, day, "Open war: the top rung held");
        } else if (ending < 0 && campaignRun >= s.integer(TwParams.WAR_CAMPAIGN_DAYS)) {
            end(TwSchema.WAR, TwSchema.CAMPAIGN_SUSTAINED, day, "Open war: a strike campaign sustained");
        }
    }

    /** The enforcement draft and the ceasefire clock. */
    private void diplomacy(boolean severeAct) {
        if (draftPending && day - draftDay >= 30) {
            draftPending = false;
            draftSettled = true;
            embargo = true;
            tell("DIPLOMACY", "The Council adopts an arms embargo on the side that refuses 598");
        }
        if (acceptDay >= 0 && ending < 0) {
            ceasefireClock = severeAct ? 0 : ceasefireClock + (day > acceptDay ? 1 : 0);
            if (ceasefireClock >= s.integer(TwParams.CEASEFIRE_DAYS)) {
                end(TwSchema.CEASEFIRE, TwSchema.RESOLUTION_ACCEPTED, day, "The ceasefire takes effect");
                mark("offramp", "Ceasefire");
            }
        }
    }

    private void slowVariables() {
        economy = clamp(economy + s.get(TwParams.RECOVERY) * (s.get(TwParams.ECONOMY_TARGET) - economy));
        if (acceptDay < 0) {
            position = clamp(position + s.get(TwParams.WAR_DRIFT));
        }
        double tolerance = s.get(TwParams.WAR_TOLERANCE);
        double initial = s.get(TwParams.STABILITY);
        stability = clamp(stability + 0.002 * (initial - stability)
                - 0.005 * Math.max(0, tolerance - position) / Math.max(tolerance, 1e-9)
                - 0.002 * Math.max(0, pain() - 0.6));
        momentum = clamp(momentum - s.get(TwParams.MOMENTUM_DECAY));
        moscowHedge = clamp(moscowHedge - 0.01 * (moscowHedge - s.get(TwParams.MOSCOW)));
        gulfHedge = clamp(gulfHedge - 0.01 * gulfHedge);
        backing = clamp(backing * 0.97);
        double sweep = s.get(TwParams.SWEEP) + s.get(TwParams.GULF_SWEEP) * cooperation;
        density = Math.max(0, density * (1 - Math.min(1, sweep)));
        if (pauseLeft > 0) {
            pauseLeft--;
        }
    }

    private void end(int endingIndex, int triggerIndex, int onDay, String text) {
        ending = endingIndex;
        trigger = triggerIndex;
        endDay = onDay;
        tell("ENDING", TwSchema.ENDINGS.get(endingIndex).name() + ": " + text);
    }

    boolean ended() {
        return ending >= 0;
    }

    private static int poisson(RandomStream r, double mean) {
        double u = r.nextDouble();
        double p = StrictMath.exp(-mean);
        double cdf = p;
        int k = 0;
        while (u > cdf && k < 100) {
            k++;
            p *= mean / k;
            cdf += p;
        }
        return k;
    }

    private static double clamp(double x) {
        return Math.max(0, Math.min(1, x));
    }

    private static String killed(int deaths, String who) {
        return deaths == 0 ? ", no one killed"
                : ", " + deaths + (who.isEmpty() ? "" : " " + who + (deaths == 1 ? "" : "s")) + " killed";
    }

    private void tell(String category, String text) {
        if (story != null) {
            story.add(new StoryEvent(day, START.plusDays(day), category, text));
        }
    }

    private void mark(String kind, String label) {
        if (series != null) {
            series.markers.add(new Timeline.Marker(day, kind, label));
        }
    }

    TwRecord record(long seed) {
        // contained: no WAR, and the last rung is below 5 (every exchange of rung 5 or more fell back)
        boolean contained = ending != TwSchema.WAR && rung < 5;
        return new TwRecord(seed, ending, endDay, trigger, protectedMines, firstProtectedMine, otherMines,
                firstDirectFire, firstLethalClash, strikeDays, firstStrike, longestStrikeRun, contained,
                massAccidentDay, incidents, americansKilled, firstSilkworm, acceptDay, iraqiOnUs, december,
                iraqiAttacks, iranianAttacks, misattributions, maxRung, position, economy);
    }

    List<StoryEvent> story() {
        return story;
    }

    Timeline timeline() {
        return series == null ? Timeline.EMPTY : series.timeline(day + 1);
    }

    /** The daily series of a replay. */
    private static final class Series {
        final double[][] v;
        final List<Timeline.Marker> markers = new ArrayList<>();

        Series(int days) {
            v = new double[8][days];
        }

        void record(int d, double... values) {
            for (int k = 0; k < values.length; k++) {
                v[k][d] = values[k];
            }
        }

        Timeline timeline(int days) {
            String[][] names = {
                {"rung", "Ladder rung (US–Iran)", "rung (0-7)", "Escalation"},
                {"iran.warPosition", "Iran's war position", "position (0-1)", "Iran"},
                {"iran.economy", "Iran's economy", "health (0-1)", "Iran"},
                {"iran.stability", "Iran's stability", "stability (0-1)", "Iran"},
                {"mines.density", "Mine density on the route", "density", "Mines"},
                {"un.momentum", "UN momentum", "momentum (0-1)", "Diplomacy"},
                {"belief.washington.tehran", "Washington's belief of Tehran's hostility", "hostility", "Perception"},
                {"truth.tehran", "Tehran's revealed hostility", "hostility", "Perception"},
            };
            List<Timeline.Series> out = new ArrayList<>();
            for (int k = 0; k < names.length; k++) {
                out.add(new Timeline.Series(names[k][0], names[k][1], names[k][2], names[k][3],
                        java.util.Arrays.copyOf(v[k], days)));
            }
            return new Timeline(out, markers);
        }
    }
}
