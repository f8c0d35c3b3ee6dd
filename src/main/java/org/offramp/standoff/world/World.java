package org.offramp.standoff.world;

import java.util.Arrays;
import org.offramp.model.Scenario;
import org.offramp.model.Timeline;
import org.offramp.random.KeyedStreams;
import org.offramp.random.RandomStream;
import org.offramp.standoff.Action;
import org.offramp.standoff.Actor;
import org.offramp.standoff.Outcome;
import org.offramp.standoff.Params;
import org.offramp.standoff.Rung;
import org.offramp.standoff.StandoffRecord;
import org.offramp.standoff.decision.ActorView;
import org.offramp.standoff.perception.Beliefs;
import org.offramp.standoff.perception.RevealedTruth;

/**
 * The standoff's world in one run: it orchestrates a day's mechanics over the run's state. See
 * {@code docs/ODD.md} for the process overview.
 *
 * <p>A day runs in three phases, driven by the simulation's schedule: {@link #beginDay(int)}
 * (calendar and shocks, {@link Calendar}), one {@link #submit(Actor, Action)} per actor (their
 * simultaneous choices, made from {@link #view(Actor)}), then {@link #resolveDay()}: the acts'
 * effects ({@link Effects}), what each actor observes of them ({@link Observation}), the ladder
 * ({@link Ladder}), diplomacy and talks ({@link Talks}), WAR, the slow variables
 * ({@link SlowVariables}), CHAOS and the horizon ({@link Endings}).
 *
 * <p>The state lives in holders the mechanics share: the day ({@link Today}), the stocks
 * ({@link CrisisState}), the ladder, diplomacy ({@link Diplomacy}), the record's counts and the
 * ending ({@link Tally}), and everyone's beliefs; the camps and who blames whom are in
 * {@link Camps}. Parameters are read once per scenario ({@link WorldTerms}).
 *
 * <p>Decision code never sees this class: it sees an {@link ActorView} ({@link WorldView}), which
 * exposes only the viewer's own state, its own beliefs and public facts. Not thread-safe: one world
 * per run.
 */
public final class World {
    /** The actors in order: an array, so that the daily loops allocate no iterator. */
    private static final Actor[] ACTORS = Actor.ALL.toArray(new Actor[0]);

    private final long seed;
    private final RunStreams streams;
    private final Beliefs beliefs;
    private final RevealedTruth truth;
    private final WorldView[] views = new WorldView[Actor.COUNT];

    private final Today today = new Today();
    private final CrisisState c;
    private final Diplomacy dip;
    private final Ladder ladder;
    private final Tally tally;

    private final Calendar calendar;
    private final Effects effects;
    private final Observation observation;
    private final Talks talks;
    private final SlowVariables slow;
    private final Endings endings;
    /** The replay's timeline, kept only when the story is (null otherwise). */
    private final TimelineLog log;

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
        Scenario s = scenario;
        WorldTerms t = WorldTerms.of(scenario);
        this.seed = streams.seed();
        this.streams = new RunStreams(streams);
        this.beliefs = new Beliefs(s.get(Params.PERCEPTION_PRIOR_MEAN), s.get(Params.PERCEPTION_PRIOR_SD),
                s.get(Params.PERCEPTION_MEMORY));
        this.truth = new RevealedTruth(s.get(Params.PERCEPTION_MEMORY));
        this.c = new CrisisState(s);
        this.dip = new Diplomacy(t, today, c, s.get(Params.MEDIATION_INITIAL));
        this.ladder = new Ladder(t, story, today, c, dip, s.integer(Params.LADDER_INITIAL_RUNG));
        this.tally = new Tally(today, story);
        this.calendar = new Calendar(t, story, this.streams, today, c, ladder, tally);
        this.effects = new Effects(t, story, this.streams, today, c, dip, tally);
        this.observation = new Observation(t, story, this.streams, beliefs, truth, today, c, tally);
        this.talks = new Talks(t, story, this.streams, beliefs, today, c, dip, tally);
        this.slow = new SlowVariables(t, today, c, dip);
        this.endings = new Endings(t, story, today, c, ladder, tally);
        this.log = story.on() ? new TimelineLog(beliefs, truth, today, c, ladder, dip, tally, slow) : null;
        c.peakOilPrice = slow.oilPrice();
        for (Actor a : ACTORS) {
            views[a.ordinal()] = new WorldView(a, t, beliefs, today, c, ladder, dip);
        }
    }

    // =================================================================================================
    // phase 1: calendar and shocks
    // =================================================================================================

    /**
     * Starts a day: restarts the random streams and applies the calendar's shocks.
     *
     * @param d the day, from 0
     * @throws IllegalStateException if the run has ended
     */
    public void beginDay(int d) {
        if (ended()) {
            throw new IllegalStateException("the run has ended on day " + tally.endDay);
        }
        today.day = d;
        streams.startDay(d);
        Arrays.fill(today.acts, null);
        calendar.shocks(d);
        if (log != null && ended()) {
            // a disorderly succession ends the run before anyone acts: the day is still on the timeline
            log.endOfDay();
        }
    }

    // =================================================================================================
    // phase 2: decisions
    // =================================================================================================

    /**
     * What {@code actor} may know today. The same object is reused every day.
     *
     * @param actor the viewer
     * @return its view
     */
    public ActorView view(Actor actor) {
        return views[actor.ordinal()];
    }

    /**
     * The random stream for {@code actor}'s choice today.
     *
     * @param actor the chooser
     * @return its choice stream
     */
    public RandomStream choiceStream(Actor actor) {
        return streams.choice(actor);
    }

    /**
     * Submits an actor's act for today.
     *
     * @param actor  the actor
     * @param action its act
     * @throws IllegalArgumentException if the act is not the actor's or the actor already acted today
     */
    public void submit(Actor actor, Action action) {
        if (action.actor() != actor) {
            throw new IllegalArgumentException(action + " is not an action of " + actor);
        }
        if (today.acts[actor.ordinal()] != null) {
            throw new IllegalArgumentException(actor + " already acted on day " + today.day);
        }
        today.acts[actor.ordinal()] = action;
    }

    // =================================================================================================
    // phase 3: resolution
    // =================================================================================================

    /**
     * Resolves the day: effects, observation, ladder, talks, WAR, slow variables, CHAOS, the horizon.
     *
     * @throws IllegalStateException if an actor has not acted today
     */
    public void resolveDay() {
        for (Actor a : ACTORS) {
            if (today.acts[a.ordinal()] == null) {
                throw new IllegalStateException(a + " did not act on day " + today.day);
            }
        }
        today.rocketLethalToday = false;
        today.retaliationLethalToday = false;
        for (Actor a : ACTORS) {
            effects.apply(today.acts[a.ordinal()]);
        }
        observation.observe();
        ladder.update();
        talks.diplomacy();
        if (!ended()) {
            endings.checkWar();
        }
        slow.update();
        endings.checkChaos();
        endings.checkHorizon();
        if (log != null) {
            log.endOfDay();
        }
        today.incidentToday = false;
    }

    // =================================================================================================
    // the run's state and record
    // =================================================================================================

    /** {@return whether the run has ended} */
    public boolean ended() {
        return tally.ended();
    }

    /** {@return the current day (-1 before day 0)} */
    public int day() {
        return today.day;
    }

    /**
     * {@return the run's record}
     *
     * @throws IllegalStateException before the run has ended
     */
    public StandoffRecord record() {
        if (!ended()) {
            throw new IllegalStateException("the run has not ended (day " + today.day + ")");
        }
        boolean contained = ladder.blowsExchanged && ladder.fellBackAfterBlows && tally.outcome != Outcome.WAR;
        return new StandoffRecord(seed, tally.outcome, tally.endDay, tally.trigger, ladder.highestRung,
                ladder.firstDayOfRung, ladder.blowsExchanged, contained, tally.attacks, tally.misattributions,
                tally.accidents, tally.firstReferral, tally.firstResolution, tally.vetoes, tally.firstMediation,
                tally.firstDialogue, tally.firstFramework, tally.firstOffer, tally.firstTalks, c.successor,
                c.successionDay, c.election, c.usCasualties, c.iranCasualties, c.economy, c.stability, c.sanctions,
                c.breakout, c.peakOilPrice, tally.actionCounts);
    }

    /**
     * The run's course day by day so far: daily series (the rung, Iran's economy and stability, the
     * oil price, Washington's and Tehran's beliefs about each other's hostility beside the revealed truth) and
     * markers (incidents, attacks, strikes, misattributions, triggers, talks, off-ramps, the
     * election, a succession, the ending); see {@link TimelineLog}. Kept only when the world tells
     * a story.
     *
     * @return the timeline, or {@link Timeline#EMPTY} for a world without a story
     */
    public Timeline timeline() {
        return log == null ? Timeline.EMPTY : log.timeline();
    }

    /** {@return everyone's beliefs (for tests and analysis; decision code never sees this)} */
    public Beliefs beliefs() {
        return beliefs;
    }

    /** {@return the revealed truth the beliefs aim at (for tests and analysis)} */
    public RevealedTruth truth() {
        return truth;
    }

    /** {@return the rung the ladder stands on} */
    public Rung ladder() {
        return Rung.of(ladder.rung);
    }

    /** {@return Iran's economic health} */
    public double economy() {
        return c.economy;
    }

    /** {@return Iran's regime stability} */
    public double stability() {
        return c.stability;
    }
}
