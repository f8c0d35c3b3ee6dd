package org.offramp.random;

import java.util.Arrays;

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
    /**
     * Room for the streams a model typically makes (the standoff makes 62) before the arrays grow:
     * plain arrays rather than a list and a hash set of boxed keys, which cost a run about 4.5 KB.
     */
    private static final int INITIAL_CAPACITY = 64;

    private final long seed;
    private RandomStream[] all = new RandomStream[INITIAL_CAPACITY];
    private long[] keys = new long[INITIAL_CAPACITY];
    private int size;

    /**
     * Creates the (empty) set of streams of the run with this seed.
     *
     * @param runSeed the run's seed
     */
    public KeyedStreams(long runSeed) {
        this.seed = runSeed;
    }

    /** {@return the run's seed} */
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
        // a linear scan: streams are made once per run, a few dozen of them
        for (int i = 0; i < size; i++) {
            if (keys[i] == key) {
                throw new IllegalArgumentException("the stream (" + purpose + ", " + first + ", " + second
                        + ") exists already: two streams with one key would draw the same numbers");
            }
        }
        if (size == all.length) {
            all = Arrays.copyOf(all, 2 * size);
            keys = Arrays.copyOf(keys, 2 * size);
        }
        all[size] = s;
        keys[size] = key;
        size++;
        return s;
    }

    /** {@return the number of streams made} */
    public int size() {
        return size;
    }

    /**
     * Restarts every stream for a new day.
     *
     * @param day the day
     */
    public void startDay(int day) {
        for (int i = 0; i < size; i++) {
            all[i].startDay(day);
        }
    }
}
