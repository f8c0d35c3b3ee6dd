package org.offramp.examples.brinkmanship;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.offramp.model.Replay;
import org.offramp.model.Scenario;
import org.offramp.model.StoryEvent;
import org.offramp.model.Timeline;
import org.offramp.random.RandomStream;
import org.offramp.sim.DailyState;
import sim.engine.Steppable;

/**
 * One run of the brinkmanship model on the library's MASON base {@link DailyState}. Each day (one
 * MASON tick) the run's keyed random streams restart, the three agents act, each from the
 * start-of-day state, and the day is resolved:
 *
 * <ol>
 * <li>{@link #beginDay}: the day's number;</li>
 * <li>the agents, MASON {@link Steppable}s: each {@link Rival} observes the other side's rung through
 *     noise, updates its belief and submits a move; the {@link Mediator} may offer talks;</li>
 * <li>{@link #resolveDay}: the moves are made, talks open or collapse, and the endings are checked.</li>
 * </ol>
 *
 * <p>Because the agents only submit and the day is resolved afterwards, their moves are
 * simultaneous: the order in which they are stepped cannot matter. Every random number comes from
 * a stream keyed by (purpose, actor), restarted each day from (run seed, key, day), so a run is a
 * pure function of (scenario, seed), and two scenarios run on one seed draw the same numbers for the
 * same actor on the same day: common random numbers.
 *
 * <p>Stories and timelines are kept only when the run is replayed ({@link #replay}); a Monte Carlo
 * run ({@link #run}) allocates neither, and draws exactly the same numbers.
 *
 * <p>Not thread-safe; one state per run.
 */
final class Crisis extends DailyState {
    private static final long serialVersionUID = 1L;

    // region streams
    /** Stream purpose: a side's daily observation of the other (keyed by the observing side). */
    static final int OBSERVE = 0;
    /** Stream purpose: a side's daily choice of move (keyed by the side). */
    static final int CHOOSE = 1;
    /** Stream purpose: the mediator's daily decision to offer talks. */
    static final int OFFER = 2;
    /** Stream purpose: whether forces at the brink collide today. */
    static final int INCIDENT = 3;
    // endregion

    // region fields
    private final transient Scenario scenario;
    private final transient Rival[] rivals = new Rival[2];
    private final transient List<Steppable> agents;
    private final transient RandomStream incidents;
    /** The story and the timeline's rows and markers, or null when the run is not replayed. */
    private final transient List<StoryEvent> story;
    private final transient List<double[]> rows;
    private final transient List<Timeline.Marker> markers;

    // The crisis: each side's rung, today's moves and days on the top rung, the talks.
    private final int[] rung = new int[2];
    /** Each side's rung at the start of the day: what the agents saw. */
    private final int[] dawn = new int[2];
    private final int[] move = new int[2];
    private final int[] daysAtTop = new int[2];
    private int today;
    private boolean offered;
    private boolean talksOpen;
    private int calmDays;

    // What the record will hold.
    private int ending = -1;
    private int trigger;
    private int endDay;
    private int firstToEscalate;
    private int highestRung;
    private int escalations;
    private int misreadEscalations;
    private boolean talksOpened;
    private int topRungDay = -1;
    private double beliefErrorSum;
    private int beliefErrorCount;
    // endregion

    // region construct
    private Crisis(Scenario scenario, long seed, boolean tell) {
        super(seed);
        this.scenario = scenario;
        int start = scenario.integer(CrisisParams.START_RUNG);
        for (Side side : Side.values()) {
            rung[side.ordinal()] = start;
            rivals[side.ordinal()] = new Rival(side, scenario, streams().stream(OBSERVE, side.ordinal(), 0),
                    streams().stream(CHOOSE, side.ordinal(), 0));
        }
        Mediator mediator = new Mediator(scenario, streams().stream(OFFER, Side.MEDIATOR, 0));
        this.agents = List.of(rivals[0], rivals[1], mediator);
        this.incidents = streams().stream(INCIDENT, 0, 0);
        highestRung = start;
        this.story = tell ? new ArrayList<>() : null;
        this.rows = tell ? new ArrayList<>() : null;
        this.markers = tell ? new ArrayList<>() : null;
    }
    // endregion

    // region entry
    /**
     * One run, as the experiments make it: no story, no timeline.
     *
     * @param scenario a scenario of the brinkmanship model
     * @param seed     the run's seed
     * @return the run's record
     */
    static CrisisRecord run(Scenario scenario, long seed) {
        Crisis crisis = new Crisis(Objects.requireNonNull(scenario, "scenario"), seed, false);
        crisis.runToEnd();
        return crisis.record();
    }

    /**
     * The same run as {@link #run}, told: its dated story and its timeline.
     *
     * @param scenario a scenario of the brinkmanship model
     * @param seed     the run's seed
     * @return the record, the story and the timeline
     */
    static Replay<CrisisRecord> replay(Scenario scenario, long seed) {
        Crisis crisis = new Crisis(Objects.requireNonNull(scenario, "scenario"), seed, true);
        crisis.runToEnd();
        return new Replay<>(crisis.record(), crisis.story, crisis.timeline());
    }
    // endregion

    /** The rung a side stands on (at the start of the day, while the agents act). */
    int rung(Side side) {
        return rung[side.ordinal()];
    }

    /** Whether talks are open. */
    boolean talksOpen() {
        return talksOpen;
    }

    // region submit
    /**
     * A side's move of the day, made when the day is resolved.
     *
     * @param side   the side
     * @param step   +1 (escalate), 0 (hold) or -1 (step down)
     * @param belief the side's belief of the other's hostility, after today's observation
     * @param truth  the other's rung, which that belief tries to read
     */
    void submit(Side side, int step, double belief, int truth) {
        move[side.ordinal()] = step;
        beliefErrorSum += Math.abs(belief - truth);
        beliefErrorCount++;
        if (step > 0 && belief - truth > 0.5) {
            // Closer to a rung above the other's than to its own: the side escalates against a ghost.
            misreadEscalations++;
        }
    }

    /** The mediator offers talks today; the sides answer when the day is resolved. */
    void offerTalks() {
        offered = true;
    }
    // endregion

    @Override
    protected void beginDay(int day) {
        today = day;
        offered = false;
        dawn[0] = rung[0];
        dawn[1] = rung[1];
    }

    @Override
    protected List<Steppable> agents() {
        return agents;
    }

    // region resolve
    @Override
    protected void resolveDay() {
        makeMoves();
        answerTalks();
        checkEndings();
        if (rows != null) {
            rows.add(new double[] {rung[0], rung[1], rivals[0].belief(), rivals[1].belief()});
        }
    }

    private void makeMoves() {
        boolean firstUp = escalations == 0;
        for (Side side : Side.values()) {
            int s = side.ordinal();
            if (move[s] == 0) {
                daysAtTop[s] = rung[s] == Ladder.TOP ? daysAtTop[s] + 1 : 0;
                continue;
            }
            rung[s] += move[s];
            daysAtTop[s] = rung[s] == Ladder.TOP ? 1 : 0;
            if (move[s] > 0) {
                escalations++;
                highestRung = Math.max(highestRung, rung[s]);
            }
            tell("MOVE", String.format(Locale.ROOT, "%s %s to rung %s, reading %s at %.1f (%s stands at %d).",
                    side.label(), move[s] > 0 ? "escalates" : "steps down", Ladder.describe(rung[s]),
                    side.other().label(), rivals[s].belief(), side.other().label(), dawn[side.other().ordinal()]));
            if (rung[s] == Ladder.TOP && topRungDay < 0) {
                topRungDay = today;
                mark("top-rung", side.label() + " strikes");
            }
        }
        if (firstUp && escalations > 0) {
            firstToEscalate = move[0] > 0 && move[1] > 0 ? 3 : move[0] > 0 ? 1 : 2;
        }
    }
    // endregion

    // region talks
    private void answerTalks() {
        if (talksOpen && (move[0] > 0 || move[1] > 0)) {
            talksOpen = false;
            calmDays = 0;
            tell("TALKS", (move[0] > 0 && move[1] > 0 ? "Both sides escalate"
                    : (move[0] > 0 ? Side.BLUE : Side.RED).label() + " escalates") + ": the talks collapse.");
            mark("talks-collapse", "talks collapse");
        } else if (offered) {
            double acceptBelow = scenario.get(CrisisParams.ACCEPT_BELOW);
            List<String> refusals = new ArrayList<>(0);
            for (Side side : Side.values()) {
                double belief = rivals[side.ordinal()].belief();
                if (move[side.ordinal()] > 0) {
                    refusals.add(side.label() + " declines, escalating");
                } else if (belief >= acceptBelow) {
                    refusals.add(String.format(Locale.ROOT, "%s declines (it reads %s at %.1f)", side.label(),
                            side.other().label(), belief));
                }
            }
            if (refusals.isEmpty()) {
                talksOpen = true;
                talksOpened = true;
                tell("TALKS", "Both sides accept the mediator's offer: talks open.");
                mark("talks-open", "talks open");
            } else {
                tell("TALKS", "The mediator offers talks; " + String.join(" and ", refusals) + ".");
            }
        }
    }
    // endregion

    // region endings
    private void checkEndings() {
        if (daysAtTop[0] >= scenario.integer(CrisisParams.DAYS_AT_TOP)
                || daysAtTop[1] >= scenario.integer(CrisisParams.DAYS_AT_TOP)) {
            end(CrisisSchema.WAR, CrisisSchema.TOP_RUNG_HELD, today, "WAR: strikes held for "
                    + scenario.integer(CrisisParams.DAYS_AT_TOP) + " days.");
            return;
        }
        int brink = scenario.integer(CrisisParams.INCIDENT_FROM);
        if (rung[0] >= brink && rung[1] >= brink && incidents.chance(scenario.get(CrisisParams.INCIDENT))) {
            mark("incident", "incident at the brink");
            end(CrisisSchema.WAR, CrisisSchema.INCIDENT, today, "WAR: forces at the brink collide, and neither"
                    + " side backs down.");
            return;
        }
        double calmBelow = scenario.get(CrisisParams.CALM_BELOW);
        boolean calm = talksOpen && rivals[0].belief() < calmBelow && rivals[1].belief() < calmBelow;
        calmDays = calm ? calmDays + 1 : 0;
        if (calmDays >= scenario.integer(CrisisParams.CALM_DAYS)) {
            end(CrisisSchema.SETTLEMENT, CrisisSchema.CALM_TALKS, today, "SETTLEMENT: after " + calmDays
                    + " calm days at the table, both sides sign.");
            return;
        }
        int horizon = scenario.integer(CrisisParams.HORIZON);
        if (today + 1 >= horizon) {
            end(CrisisSchema.STANDOFF, CrisisSchema.HORIZON, horizon, "STANDOFF: the horizon is reached with"
                    + " Blue at rung " + Ladder.describe(rung[0]) + " and Red at rung " + Ladder.describe(rung[1])
                    + ".");
        }
    }
    // endregion

    private void end(int endingIndex, int triggerIndex, int day, String text) {
        ending = endingIndex;
        trigger = triggerIndex;
        endDay = day;
        tell("ENDING", text);
    }

    @Override
    public boolean ended() {
        return ending >= 0;
    }

    // region tell
    /** Adds a line to the story of a replayed run; nothing in a Monte Carlo run. */
    private void tell(String category, String text) {
        if (story != null) {
            story.add(new StoryEvent(today, null, category, text));
        }
    }

    /** Marks the day on the timeline of a replayed run. */
    private void mark(String kind, String label) {
        if (markers != null) {
            markers.add(new Timeline.Marker(today, kind, label));
        }
    }

    /** The replayed run's course: both sides' rungs, and each side's belief of the other's hostility. */
    private Timeline timeline() {
        double[][] columns = new double[4][rows.size()];
        for (int d = 0; d < rows.size(); d++) {
            for (int c = 0; c < 4; c++) {
                columns[c][d] = rows.get(d)[c];
            }
        }
        String unit = "rung (0-" + Ladder.TOP + ")";
        return new Timeline(List.of(
                new Timeline.Series("blue.rung", "Blue's rung", unit, "ladder", columns[0]),
                new Timeline.Series("red.rung", "Red's rung", unit, "ladder", columns[1]),
                new Timeline.Series("blue.belief", "Blue's reading of Red", unit, "beliefs", columns[2]),
                new Timeline.Series("red.belief", "Red's reading of Blue", unit, "beliefs", columns[3])),
                markers);
    }
    // endregion

    private CrisisRecord record() {
        return new CrisisRecord(streams().seed(), ending, trigger, endDay, firstToEscalate, highestRung, escalations,
                misreadEscalations, talksOpened, topRungDay, beliefErrorCount == 0 ? 0
                        : beliefErrorSum / beliefErrorCount);
    }
}
