package org.offramp.standoff.perception;

import org.offramp.standoff.Actor;

/**
 * The truth that beliefs aim at: each actor's hostility and resolve as revealed by its acts, that
 * is, what an observer with no noise, no bias and perfect attribution would believe, starting from
 * the actor's first act rather than from a prior. Hostility here is intent to escalate as shown in
 * conduct (the Goldstein intensity of the acts, rescaled), and resolve is the willingness to bear
 * cost each act displays.
 *
 * <p>Not thread-safe: each run owns its truth.
 */
public final class RevealedTruth {
    private final double memory;
    private final double[] hostility = new double[Actor.COUNT];
    private final double[] resolve = new double[Actor.COUNT];
    private final boolean[] started = new boolean[Actor.COUNT];

    /** @param memory the weight of each act, as for {@link Beliefs} */
    public RevealedTruth(double memory) {
        this.memory = memory;
    }

    /**
     * Records an actor's act of the day: its true hostility and the resolve it displays, with a weight.
     *
     * @param actor the actor who acted
     * @param hostilitySignal the act's true hostility, on [0, 1]
     * @param resolveSignal the resolve the act displays, on [0, 1]
     * @param weight 1 for a costly act; the speaker's credibility for cheap talk
     */
    public void record(Actor actor, double hostilitySignal, double resolveSignal, double weight) {
        int i = actor.ordinal();
        if (!started[i]) {
            hostility[i] = hostilitySignal;
            resolve[i] = resolveSignal;
            started[i] = true;
            return;
        }
        double k = memory * weight;
        hostility[i] += k * (hostilitySignal - hostility[i]);
        resolve[i] += k * (resolveSignal - resolve[i]);
    }

    /**
     * {@return the actor's revealed hostility}
     *
     * @param actor the actor whose revealed hostility is asked
     */
    public double hostility(Actor actor) {
        return hostility[actor.ordinal()];
    }

    /**
     * {@return the actor's revealed resolve}
     *
     * @param actor the actor whose revealed resolve is asked
     */
    public double resolve(Actor actor) {
        return resolve[actor.ordinal()];
    }
}
