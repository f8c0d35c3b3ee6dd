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

    /** Creates the streams of the run with this seed, in a set of their own. */
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
     */
    public void startDay(int day) {
        keyed.startDay(day);
    }

    /** The stream of an actor's choices. */
    public RandomStream choice(Actor a) {
        return choice[a.ordinal()];
    }

    /** The observation noise of {@code observer} watching {@code target}. */
    public RandomStream perception(Actor observer, Actor target) {
        return perception[observer.ordinal() * N + target.ordinal()];
    }

    /** The attribution draws of an observer. */
    public RandomStream attribution(Actor observer) {
        return attribution[observer.ordinal()];
    }

    /** The observation noise of what an observer blames on the wrong actor. */
    public RandomStream misattribution(Actor observer) {
        return misattribution[observer.ordinal()];
    }

    /** The consequences of an actor's acts. */
    public RandomStream consequence(Actor a) {
        return consequence[a.ordinal()];
    }

    /** A side's draws in talks. */
    public RandomStream talks(Actor a) {
        return talks[a.ordinal()];
    }

    /** Washington's restraint gate. */
    public RandomStream gate() {
        return gate;
    }

    /** Calendar shocks and accidents. */
    public RandomStream shocks() {
        return shocks;
    }
}
