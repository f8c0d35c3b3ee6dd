package org.offramp.standoff.world;

import org.offramp.random.KeyedStreams;
import org.offramp.random.RandomStream;
import org.offramp.standoff.Actor;
import org.offramp.standoff.Purpose;

/**
 * All random streams of one run, split by purpose and actor (see {@link Purpose}). Every stream is
 * a pure function of the run's seed and its (purpose, actor, target) key, and restarts each day.
 */
public final class RunStreams {
    private static final int N = Actor.COUNT;
    private final RandomStream[] choice = new RandomStream[N];
    private final RandomStream[] perception = new RandomStream[N * N];
    private final RandomStream[] attribution = new RandomStream[N];
    private final RandomStream[] misattribution = new RandomStream[N];
    private final RandomStream[] consequence = new RandomStream[N];
    private final RandomStream[] talks = new RandomStream[N];
    private final RandomStream gate;
    private final RandomStream shocks;
    private final KeyedStreams keyed;

    /**
     * Creates the streams of the run with this seed, in a set of their own.
     *
     * @param runSeed the run's seed
     */
    public RunStreams(long runSeed) {
        this(new KeyedStreams(runSeed));
    }

    /**
     * Creates the streams of a run in the run's set of keyed streams (a simulation state's, which
     * restarts them every day).
     *
     * @param keyed the run's streams, holding none of the standoff's yet
     */
    public RunStreams(KeyedStreams keyed) {
        this.keyed = keyed;
        for (Actor a : Actor.ALL) {
            int i = a.ordinal();
            choice[i] = keyed.stream(Purpose.CHOICE.code(), i, 0);
            attribution[i] = keyed.stream(Purpose.ATTRIBUTION.code(), i, 0);
            misattribution[i] = keyed.stream(Purpose.MISATTRIBUTION.code(), i, 0);
            consequence[i] = keyed.stream(Purpose.CONSEQUENCE.code(), i, 0);
            talks[i] = keyed.stream(Purpose.TALKS.code(), i, 0);
            for (Actor t : Actor.ALL) {
                if (t != a) {
                    // no actor observes itself
                    perception[i * N + t.ordinal()] = keyed.stream(Purpose.PERCEPTION.code(), i, t.ordinal());
                }
            }
        }
        gate = keyed.stream(Purpose.GATE.code(), Actor.WASHINGTON.ordinal(), 0);
        shocks = keyed.stream(Purpose.SHOCKS.code(), 0, 0);
    }

    /**
     * Restarts every stream of the run for a new day. Restarting is idempotent (a stream's state
     * on a day is a function of its key and the day), so a state that restarted them already may
     * call this again.
     *
     * @param day the new day, from 0
     */
    public void startDay(int day) {
        keyed.startDay(day);
    }

    /**
     * {@return the stream of an actor's choices}
     *
     * @param a the deciding actor
     */
    public RandomStream choice(Actor a) {
        return choice[a.ordinal()];
    }

    /**
     * {@return the observation noise of {@code observer} watching {@code target}}
     *
     * @param observer the actor who watches
     * @param target the actor it watches
     */
    public RandomStream perception(Actor observer, Actor target) {
        return perception[observer.ordinal() * N + target.ordinal()];
    }

    /**
     * {@return the attribution draws of an observer}
     *
     * @param observer the actor who attributes
     */
    public RandomStream attribution(Actor observer) {
        return attribution[observer.ordinal()];
    }

    /**
     * {@return the observation noise of what an observer blames on the wrong actor}
     *
     * @param observer the actor who attributes
     */
    public RandomStream misattribution(Actor observer) {
        return misattribution[observer.ordinal()];
    }

    /**
     * {@return the consequences of an actor's acts}
     *
     * @param a the actor whose acts they are
     */
    public RandomStream consequence(Actor a) {
        return consequence[a.ordinal()];
    }

    /**
     * {@return a side's draws in talks}
     *
     * @param a the side in talks
     */
    public RandomStream talks(Actor a) {
        return talks[a.ordinal()];
    }

    /** {@return Washington's restraint gate} */
    public RandomStream gate() {
        return gate;
    }

    /** {@return calendar shocks and accidents} */
    public RandomStream shocks() {
        return shocks;
    }
}
