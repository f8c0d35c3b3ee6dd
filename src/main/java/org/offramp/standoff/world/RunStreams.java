package org.offramp.standoff.world;

import org.offramp.standoff.Actor;
import org.offramp.random.Purpose;
import org.offramp.random.RandomStream;

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
    private final RandomStream[] all;

    /** Creates the streams of the run with this seed. */
    public RunStreams(long runSeed) {
        int k = 0;
        all = new RandomStream[N * 5 + N * (N - 1) + 2];
        for (Actor a : Actor.ALL) {
            int i = a.ordinal();
            all[k++] = choice[i] = new RandomStream(runSeed, Purpose.CHOICE, i, 0);
            all[k++] = attribution[i] = new RandomStream(runSeed, Purpose.ATTRIBUTION, i, 0);
            all[k++] = misattribution[i] = new RandomStream(runSeed, Purpose.MISATTRIBUTION, i, 0);
            all[k++] = consequence[i] = new RandomStream(runSeed, Purpose.CONSEQUENCE, i, 0);
            all[k++] = talks[i] = new RandomStream(runSeed, Purpose.TALKS, i, 0);
            for (Actor t : Actor.ALL) {
                if (t != a) {
                    // no actor observes itself
                    all[k++] = perception[i * N + t.ordinal()] = new RandomStream(runSeed, Purpose.PERCEPTION, i, t.ordinal());
                }
            }
        }
        all[k++] = gate = new RandomStream(runSeed, Purpose.GATE, Actor.WASHINGTON.ordinal(), 0);
        all[k] = shocks = new RandomStream(runSeed, Purpose.SHOCKS, 0, 0);
    }

    /** Restarts every stream for a new day. */
    public void startDay(int day) {
        for (RandomStream s : all) {
            s.startDay(day);
        }
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
