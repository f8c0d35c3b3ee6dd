package org.offramp.perception;

/**
 * The truth that {@link Beliefs} aim at: each actor's hostility and resolve as revealed by its acts,
 * that is, what an observer with no noise, no bias and perfect attribution would believe, starting
 * from the actor's first act rather than from a prior. It uses the update rule of {@link Beliefs}
 * on the true signals.
 *
 * <p>Not thread-safe: each run owns its truth.
 */
public final class RevealedTruth {
    private final double memory;
    private final double[] hostility;
    private final double[] resolve;
    private final boolean[] started;

    /**
     * Creates the truth of {@code actors} actors, none of which has acted.
     *
     * @param actors the number of actors, at least 1
     * @param memory the weight of each act, as for {@link Beliefs}, in (0, 1]
     * @throws IllegalArgumentException if an argument is out of range
     */
    public RevealedTruth(int actors, double memory) {
        if (actors < 1) {
            throw new IllegalArgumentException("actors must be >= 1, but was " + actors);
        }
        if (!(memory > 0 && memory <= 1)) {
            throw new IllegalArgumentException("memory must be in (0, 1], but was " + memory);
        }
        this.memory = memory;
        hostility = new double[actors];
        resolve = new double[actors];
        started = new boolean[actors];
    }

    /**
     * Records an actor's act: its true hostility and the resolve it displays, with a weight.
     *
     * @param actor           the actor's index
     * @param hostilitySignal the act's true hostility
     * @param resolveSignal   the resolve it displays
     * @param weight          1 for a costly act, less for talk; in [0, 1]
     */
    public void record(int actor, double hostilitySignal, double resolveSignal, double weight) {
        if (!started[actor]) {
            hostility[actor] = hostilitySignal;
            resolve[actor] = resolveSignal;
            started[actor] = true;
            return;
        }
        double k = memory * weight;
        hostility[actor] += k * (hostilitySignal - hostility[actor]);
        resolve[actor] += k * (resolveSignal - resolve[actor]);
    }

    /**
     * Whether the actor has acted yet.
     *
     * @param actor the actor
     * @return true once {@link #record} was called for it
     */
    public boolean known(int actor) {
        return started[actor];
    }

    /**
     * The actor's revealed hostility (0 before its first act).
     *
     * @param actor the actor
     * @return the hostility
     */
    public double hostility(int actor) {
        return hostility[actor];
    }

    /**
     * The actor's revealed resolve (0 before its first act).
     *
     * @param actor the actor
     * @return the resolve
     */
    public double resolve(int actor) {
        return resolve[actor];
    }
}
