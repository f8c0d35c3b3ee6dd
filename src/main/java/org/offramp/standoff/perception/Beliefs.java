package org.offramp.standoff.perception;

import org.offramp.standoff.Actor;

/**
 * What every actor believes about every other: a mean and a variance for hostility and for
 * resolve, on [0, 1] (means may stray slightly outside under noise and bias), plus each actor's
 * sense of provocation and the day its trigger last fired.
 *
 * <p><b>Update rule.</b> An observation of a target with signal {@code s}, weight {@code w} (1 for
 * a costly act, the speaker's credibility for cheap talk) and noise variance {@code q} moves the
 * belief by an exponentially weighted step with gain {@code k = memory x w}:
 * {@code m <- m + k (s - m)} and {@code v <- (1 - k)^2 v + k^2 q}. The variance is exactly the
 * variance that the observation noise leaves in the mean, plus what remains of the prior's; it says
 * how uncertain the observer should be. The observer does not know its own bias, which therefore
 * shifts the mean but not the variance.
 *
 * <p>Because the same rule with the true, noise-free signals defines the
 * {@linkplain RevealedTruth revealed truth}, an observer with zero noise, zero bias (its own lens and the
 * speakers' bluff in cheap talk) and perfect attribution converges to the truth at the geometric rate {@code (1 - memory)^n}; with noise of
 * standard deviation {@code sigma} its error has mean zero and standard deviation
 * {@code sigma sqrt(memory / (2 - memory))}; with bias {@code b} its error converges to {@code b}.
 *
 * <p>Not thread-safe: each run owns its beliefs.
 */
public final class Beliefs {
    private static final int N = Actor.COUNT;

    private final double memory;
    private final double[] hostilityMean = new double[N * N];
    private final double[] hostilityVar = new double[N * N];
    private final double[] resolveMean = new double[N * N];
    private final double[] resolveVar = new double[N * N];
    private final double[] provocation = new double[N];
    private final int[] triggerDay = new int[N];
    private final int[] stateTriggerDay = new int[N];

    /**
     * Creates everyone's day-0 beliefs.
     *
     * @param priorMean the prior mean of every belief
     * @param priorSd   the prior standard deviation of every belief
     * @param memory    the weight of each observation, in (0, 1]
     */
    public Beliefs(double priorMean, double priorSd, double memory) {
        if (!(memory > 0 && memory <= 1)) {
            throw new IllegalArgumentException("memory must be in (0, 1], but was " + memory);
        }
        this.memory = memory;
        java.util.Arrays.fill(hostilityMean, priorMean);
        java.util.Arrays.fill(resolveMean, priorMean);
        java.util.Arrays.fill(hostilityVar, priorSd * priorSd);
        java.util.Arrays.fill(resolveVar, priorSd * priorSd);
        java.util.Arrays.fill(triggerDay, Integer.MIN_VALUE / 2);
        java.util.Arrays.fill(stateTriggerDay, Integer.MIN_VALUE / 2);
    }

    /**
     * Updates {@code observer}'s beliefs about {@code target} with one observation.
     *
     * @param observer the actor who sees the act
     * @param target the actor it attributes the act to
     * @param hostilitySignal the perceived hostility of the act
     * @param resolveSignal   the perceived resolve the act displays
     * @param weight          1 for a costly act; the credibility for cheap talk
     * @param noiseVariance   the variance of the observation noise (on the [0, 1] scale)
     */
    public void observe(Actor observer, Actor target, double hostilitySignal, double resolveSignal,
                        double weight, double noiseVariance) {
        int i = observer.ordinal() * N + target.ordinal();
        double k = memory * weight;
        double keep = (1 - k) * (1 - k);
        hostilityMean[i] += k * (hostilitySignal - hostilityMean[i]);
        hostilityVar[i] = keep * hostilityVar[i] + k * k * noiseVariance;
        resolveMean[i] += k * (resolveSignal - resolveMean[i]);
        resolveVar[i] = keep * resolveVar[i] + k * k * noiseVariance;
    }

    /**
     * {@return {@code observer}'s belief of {@code target}'s hostility}
     *
     * @param observer the actor who holds the belief
     * @param target the actor the belief is about
     */
    public double hostility(Actor observer, Actor target) {
        return hostilityMean[observer.ordinal() * N + target.ordinal()];
    }

    /**
     * {@return the standard deviation of {@code observer}'s belief of {@code target}'s hostility}
     *
     * @param observer the actor who holds the belief
     * @param target the actor the belief is about
     */
    public double hostilitySd(Actor observer, Actor target) {
        return Math.sqrt(hostilityVar[observer.ordinal() * N + target.ordinal()]);
    }

    /**
     * {@return {@code observer}'s belief of {@code target}'s resolve}
     *
     * @param observer the actor who holds the belief
     * @param target the actor the belief is about
     */
    public double resolve(Actor observer, Actor target) {
        return resolveMean[observer.ordinal() * N + target.ordinal()];
    }

    /**
     * {@return the standard deviation of {@code observer}'s belief of {@code target}'s resolve}
     *
     * @param observer the actor who holds the belief
     * @param target the actor the belief is about
     */
    public double resolveSd(Actor observer, Actor target) {
        return Math.sqrt(resolveVar[observer.ordinal() * N + target.ordinal()]);
    }

    /**
     * {@return how provoked {@code observer} feels, on [0, 1]}
     *
     * @param observer the actor whose provocation is asked
     */
    public double provocation(Actor observer) {
        return provocation[observer.ordinal()];
    }

    /**
     * Folds one day's worst perceived attack on {@code observer}'s camp (severity on [0, 1], 0 for
     * none) into its provocation, with the given weight.
     *
     * @param observer the actor whose camp was attacked
     * @param severity the hostility of the worst perceived attack, on [0, 1]; 0 for none
     * @param weight the smoothing weight of today, on [0, 1]
     */
    public void feelProvocation(Actor observer, double severity, double weight) {
        int i = observer.ordinal();
        provocation[i] += weight * (severity - provocation[i]);
    }

    /**
     * Records that {@code observer}'s trigger fired today.
     *
     * @param observer the actor whose trigger fired
     * @param day today, in days from day 0
     */
    public void fireTrigger(Actor observer, int day) {
        triggerDay[observer.ordinal()] = day;
    }

    /**
     * Records that {@code observer}'s trigger fired today on an act it attributes to a state itself
     * (for Washington: to Tehran rather than to a proxy).
     *
     * @param observer the actor whose trigger fired
     * @param day today, in days from day 0
     */
    public void fireStateTrigger(Actor observer, int day) {
        triggerDay[observer.ordinal()] = day;
        stateTriggerDay[observer.ordinal()] = day;
    }

    /**
     * {@return the last day {@code observer}'s trigger fired on an act attributed to a state, or a
     * large negative number}
     *
     * @param observer the actor whose trigger is asked
     */
    public int stateTriggerDay(Actor observer) {
        return stateTriggerDay[observer.ordinal()];
    }

    /**
     * {@return the last day {@code observer}'s trigger fired, or a large negative number}
     *
     * @param observer the actor whose trigger is asked
     */
    public int triggerDay(Actor observer) {
        return triggerDay[observer.ordinal()];
    }
}
