package org.offramp.random;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * All keyed random streams of one run: each made once, from the run's seed and its key, and all
 * restarted together at the start of every simulated day ({@link RandomStream#startDay(int)}).
 *
 * <pre>{@code
 * KeyedStreams streams = new KeyedStreams(runSeed);
 * RandomStream choice = streams.stream(CHOICE, actor, 0);
 * ...
 * streams.startDay(day);     // every stream's draws of the day follow from (key, day) alone
 * }</pre>
 *
 * <p>Not thread-safe: each run owns its streams.
 */
public final class KeyedStreams {
    private final long seed;
    private final List<RandomStream> all = new ArrayList<>();
    private final Set<Long> keys = new HashSet<>();

    /**
     * Creates the (empty) set of streams of the run with this seed.
     *
     * @param runSeed the run's seed
     */
    public KeyedStreams(long runSeed) {
        this.seed = runSeed;
    }

    /** The run's seed. */
    public long seed() {
        return seed;
    }

    /**
     * Makes the stream with this key; see {@link RandomStream#RandomStream(long, int, int, int)}.
     *
     * @param purpose the purpose code
     * @param first   the first index (an actor or observer), 0 when the purpose has none
     * @param second  the second index (a target), 0 otherwise
     * @return the stream, restarted with the others each day
     * @throws IllegalArgumentException if a stream with this key exists, or the key is out of range
     */
    public RandomStream stream(int purpose, int first, int second) {
        long key = ((long) purpose << 16) | ((long) first << 8) | second;
        RandomStream s = new RandomStream(seed, purpose, first, second);
        if (!keys.add(key)) {
            throw new IllegalArgumentException("the stream (" + purpose + ", " + first + ", " + second
                    + ") exists already: two streams with one key would draw the same numbers");
        }
        all.add(s);
        return s;
    }

    /** The number of streams made. */
    public int size() {
        return all.size();
    }

    /**
     * Restarts every stream for a new day.
     *
     * @param day the day
     */
    public void startDay(int day) {
        for (RandomStream s : all) {
            s.startDay(day);
        }
    }
}
