package org.offramp.perception;

import java.util.Arrays;

/**
 * What each of {@code n} actors believes about every actor: a mean and a variance for hostility and
 * for resolve (on [0, 1]; means may stray slightly outside under noise and bias), plus each actor's
 * provocation and the last days its trigger fired, on any act and on an act it attributes to a
 * state.
 *
 * <pre>{@code
 * Beliefs b = new Beliefs(3, 0.5, 0.25, 0.1);
 * b.observe(0, 1, 0.9, 0.6, 1.0, 0.01);   // actor 0 sees actor 1 act with hostility 0.9
 * b.hostility(0, 1);                      // 0.54
 * }</pre>
 *
 * <p><b>Update rule.</b> An observation of a target with signal {@code s}, weight {@code w} (1 for a
 * costly act, the speaker's credibility for cheap talk) and noise variance {@code q} moves the belief
 * by an exponentially weighted step with gain {@code k = memory w}: {@code m <- m + k (s - m)} and
 * {@code v <- (1 - k)^2 v + k^2 q}. The variance is the variance the observation noise leaves in the
 * mean plus what remains of the prior's: how uncertain the observer should be. An observer does not
 * know its own bias, so a bias shifts the mean and not the variance.
 *
 * <p>{@link #observeByPrecision} is the alternative rule that weighs by precision (a Kalman step):
 * its gain grows with the belief's own uncertainty and shrinks with the observation's noise.
 *
 * <p><b>Levels.</b> With the same rule on noise-free signals defining the {@link RevealedTruth}, an
 * observer with no noise and no bias converges to a constant signal at the geometric rate
 * {@code (1 - memory)^n}; with Gaussian noise of standard deviation {@code sigma} its stationary
 * error has mean zero and standard deviation {@code sigma sqrt(memory / (2 - memory))}, which is
 * also the stationary value of {@link #hostilitySd}; with a bias {@code b} its error converges to
 * {@code b}.
 *
 * <p>Not thread-safe: each run owns its beliefs.
 */
public final class Beliefs {
    /** The day a trigger that never fired is said to have fired on: far in the past, without overflow. */
    public static final int NEVER = Integer.MIN_VALUE / 2;

    private final int n;
    private final double memory;
    private final double[] hostilityMean;
    private final double[] hostilityVar;
    private final double[] resolveMean;
    private final double[] resolveVar;
    private final double[] provocation;
    private final int[] triggerDay;
    private final int[] stateTriggerDay;

    /**
     * Creates everyone's day-0 beliefs: the same prior for every ordered pair.
     *
     * @param actors    the number of actors, at least 1
     * @param priorMean the prior mean of every belief
     * @param priorSd   the prior standard deviation of every belief, at least 0
     * @param memory    the weight of each observation, in (0, 1]
     * @throws IllegalArgumentException if an argument is outside its range
     */
    public Beliefs(int actors, double priorMean, double priorSd, double memory) {
        if (actors < 1) {
            throw new IllegalArgumentException("actors must be >= 1, but was " + actors);
        }
        if (!(memory > 0 && memory <= 1)) {
            throw new IllegalArgumentException("memory must be in (0, 1], but was " + memory);
        }
        if (!(priorSd >= 0) || !Double.isFinite(priorSd) || !Double.isFinite(priorMean)) {
            throw new IllegalArgumentException("prior must be finite with sd >= 0, but was mean " + priorMean
                    + ", sd " + priorSd);
        }
        this.n = actors;
        this.memory = memory;
        hostilityMean = filled(n * n, priorMean);
        resolveMean = filled(n * n, priorMean);
        hostilityVar = filled(n * n, priorSd * priorSd);
        resolveVar = filled(n * n, priorSd * priorSd);
        provocation = new double[n];
        triggerDay = new int[n];
        stateTriggerDay = new int[n];
        Arrays.fill(triggerDay, NEVER);
        Arrays.fill(stateTriggerDay, NEVER);
    }

    private static double[] filled(int size, double value) {
        double[] a = new double[size];
        Arrays.fill(a, value);
        return a;
    }

    /** {@return the number of actors whose beliefs are held} */
    public int actors() {
        return n;
    }

    /** {@return the memory: the weight of one costly observation, in (0, 1]} */
    public double memory() {
        return memory;
    }

    /**
     * Updates {@code observer}'s beliefs about {@code target} with one observation.
     *
     * @param observer        the observer's index
     * @param target          the target's index
     * @param hostilitySignal the perceived hostility of the act
     * @param resolveSignal   the perceived resolve the act displays
     * @param weight          1 for a costly act; the credibility for cheap talk; in [0, 1]
     * @param noiseVariance   the variance of the observation noise (on the [0, 1] scale), at least 0
     * @throws IndexOutOfBoundsException if an index is not an actor
     * @throws IllegalArgumentException  if the weight or variance is out of range
     */
    public void observe(int observer, int target, double hostilitySignal, double resolveSignal, double weight,
                        double noiseVariance) {
        if (!(weight >= 0 && weight <= 1)) {
            throw new IllegalArgumentException("weight must be in [0, 1], but was " + weight);
        }
        if (!(noiseVariance >= 0)) {
            throw new IllegalArgumentException("noiseVariance must be >= 0, but was " + noiseVariance);
        }
        int i = pair(observer, target);
        double k = memory * weight;
        double keep = (1 - k) * (1 - k);
        hostilityMean[i] += k * (hostilitySignal - hostilityMean[i]);
        hostilityVar[i] = keep * hostilityVar[i] + k * k * noiseVariance;
        resolveMean[i] += k * (resolveSignal - resolveMean[i]);
        resolveVar[i] = keep * resolveVar[i] + k * k * noiseVariance;
    }

    /**
     * Updates {@code observer}'s beliefs about {@code target} by precision: a Kalman step for a
     * quantity that drifts as a random walk. The variance first grows by {@code driftVariance} (what
     * may have changed since the last look), then the gain is {@code k = w v / (v + q)}: the belief's
     * share of the total variance, so a precise observation (small {@code q}) moves a vague belief
     * (large {@code v}) far and a vague observation moves a firm belief little. Then
     * {@code m <- m + k (s - m)} and {@code v <- (1 - k) v}. With {@code w = 1} and no drift this is
     * the exact normal posterior: the mean is the precision-weighted average of prior and signal.
     * Repeated observations settle the variance at {@code (-D + sqrt(D^2 + 4 D q)) / 2}, where the
     * drift {@code D} a step adds is what the observations remove.
     *
     * @param observer        the observer's index
     * @param target          the target's index
     * @param hostilitySignal the perceived hostility of the act
     * @param resolveSignal   the perceived resolve the act displays
     * @param weight          1 for a costly act; the credibility for cheap talk; in [0, 1]
     * @param noiseVariance   the variance of the observation noise, greater than 0
     * @param driftVariance   the variance the truth may have drifted since the last look, at least 0
     * @throws IndexOutOfBoundsException if an index is not an actor
     * @throws IllegalArgumentException  if the weight or a variance is out of range
     */
    public void observeByPrecision(int observer, int target, double hostilitySignal, double resolveSignal,
                                   double weight, double noiseVariance, double driftVariance) {
        if (!(weight >= 0 && weight <= 1)) {
            throw new IllegalArgumentException("weight must be in [0, 1], but was " + weight);
        }
        if (!(noiseVariance > 0) || !(driftVariance >= 0)) {
            throw new IllegalArgumentException("noiseVariance must be > 0 and driftVariance >= 0, but were "
                    + noiseVariance + " and " + driftVariance);
        }
        int i = pair(observer, target);
        double vh = hostilityVar[i] + driftVariance;
        double kh = weight * vh / (vh + noiseVariance);
        hostilityMean[i] += kh * (hostilitySignal - hostilityMean[i]);
        hostilityVar[i] = (1 - kh) * vh;
        double vr = resolveVar[i] + driftVariance;
        double kr = weight * vr / (vr + noiseVariance);
        resolveMean[i] += kr * (resolveSignal - resolveMean[i]);
        resolveVar[i] = (1 - kr) * vr;
    }

    private int pair(int observer, int target) {
        return check(observer) * n + check(target);
    }

    private int check(int actor) {
        if (actor < 0 || actor >= n) {
            throw new IndexOutOfBoundsException("actor must be in [0, " + (n - 1) + "], but was " + actor);
        }
        return actor;
    }

    /**
     * {@code observer}'s belief of {@code target}'s hostility.
     *
     * @param observer the observer
     * @param target   the target
     * @return the mean
     */
    public double hostility(int observer, int target) {
        return hostilityMean[pair(observer, target)];
    }

    /**
     * The standard deviation of {@code observer}'s belief of {@code target}'s hostility.
     *
     * @param observer the observer
     * @param target   the target
     * @return the standard deviation
     */
    public double hostilitySd(int observer, int target) {
        return StrictMath.sqrt(hostilityVar[pair(observer, target)]);
    }

    /**
     * {@code observer}'s belief of {@code target}'s resolve.
     *
     * @param observer the observer
     * @param target   the target
     * @return the mean
     */
    public double resolve(int observer, int target) {
        return resolveMean[pair(observer, target)];
    }

    /**
     * The standard deviation of {@code observer}'s belief of {@code target}'s resolve.
     *
     * @param observer the observer
     * @param target   the target
     * @return the standard deviation
     */
    public double resolveSd(int observer, int target) {
        return StrictMath.sqrt(resolveVar[pair(observer, target)]);
    }

    /**
     * How provoked {@code observer} feels, on [0, 1].
     *
     * @param observer the observer
     * @return the provocation
     */
    public double provocation(int observer) {
        return provocation[check(observer)];
    }

    /**
     * Folds one day's worst perceived attack on {@code observer}'s camp into its provocation:
     * {@code p <- p + weight (severity - p)}, so a day without attacks (severity 0) lets it fade.
     *
     * @param observer the observer
     * @param severity the day's worst perceived severity, in [0, 1]
     * @param weight   the provocation memory, in [0, 1]
     * @throws IllegalArgumentException if severity or weight is outside [0, 1]
     */
    public void feelProvocation(int observer, double severity, double weight) {
        if (!(severity >= 0 && severity <= 1) || !(weight >= 0 && weight <= 1)) {
            throw new IllegalArgumentException("severity and weight must be in [0, 1], but were " + severity
                    + " and " + weight);
        }
        int i = check(observer);
        provocation[i] += weight * (severity - provocation[i]);
    }

    /**
     * Records that {@code observer}'s trigger fired on {@code day}.
     *
     * @param observer the observer
     * @param day      the day
     */
    public void fireTrigger(int observer, int day) {
        triggerDay[check(observer)] = day;
    }

    /**
     * Records that {@code observer}'s trigger fired on {@code day} on an act it attributes to a state
     * itself rather than to a proxy; this fires the ordinary trigger too.
     *
     * @param observer the observer
     * @param day      the day
     */
    public void fireStateTrigger(int observer, int day) {
        triggerDay[check(observer)] = day;
        stateTriggerDay[observer] = day;
    }

    /**
     * The last day {@code observer}'s trigger fired.
     *
     * @param observer the observer
     * @return the day, or {@link #NEVER}
     */
    public int triggerDay(int observer) {
        return triggerDay[check(observer)];
    }

    /**
     * The last day {@code observer}'s trigger fired on an act attributed to a state.
     *
     * @param observer the observer
     * @return the day, or {@link #NEVER}
     */
    public int stateTriggerDay(int observer) {
        return stateTriggerDay[check(observer)];
    }

    /**
     * Whether {@code observer}'s trigger fired within the last {@code memoryDays} days before and
     * including {@code today}.
     *
     * @param observer   the observer
     * @param today      the current day
     * @param memoryDays how long a trigger stays live, at least 1
     * @return true if live
     */
    public boolean triggerLive(int observer, int today, int memoryDays) {
        return today - triggerDay(observer) < memoryDays;
    }

    /**
     * Whether {@code observer}'s state trigger fired within the last {@code memoryDays} days.
     *
     * @param observer   the observer
     * @param today      the current day
     * @param memoryDays how long a trigger stays live, at least 1
     * @return true if live
     */
    public boolean stateTriggerLive(int observer, int today, int memoryDays) {
        return today - stateTriggerDay(observer) < memoryDays;
    }
}
