package org.offramp.perception;

import java.util.Objects;
import org.offramp.random.RandomStream;

/**
 * How each actor sees each other: per ordered pair (observer, target), a bias added to the
 * hostility it perceives (a lens: Washington reading Tehran as more hostile than its acts show) and
 * the standard deviation of Gaussian observation noise. A perceived signal is
 * {@code truth + bias + sd Z} with {@code Z} standard normal, and the observation's noise variance
 * for {@link Beliefs#observe} is {@code sd^2}: the observer knows how noisy its sources are but not
 * its own bias.
 *
 * <pre>{@code
 * Lenses lenses = new Lenses(3);
 * lenses.set(0, 1, 0.05, 0.125);        // actor 0 sees 1 darker, through noise of sd 0.125
 * double seen = lenses.perceive(0, 1, 0.6, stream);
 * beliefs.observe(0, 1, seen, resolve, 1.0, lenses.noiseVariance(0, 1));
 * }</pre>
 *
 * <p>Not thread-safe while being set; read-only use is safe.
 */
public final class Lenses {
    private final int n;
    private final double[] bias;
    private final double[] sd;

    /**
     * Lenses of {@code actors} actors, all clear (no bias, no noise) until set.
     *
     * @param actors the number of actors, at least 1
     * @throws IllegalArgumentException if actors &lt; 1
     */
    public Lenses(int actors) {
        if (actors < 1) {
            throw new IllegalArgumentException("actors must be >= 1, but was " + actors);
        }
        n = actors;
        bias = new double[n * n];
        sd = new double[n * n];
    }

    /**
     * Sets one ordered pair's lens.
     *
     * @param observer the observer
     * @param target   the target
     * @param bias     added to the perceived hostility (finite)
     * @param noiseSd  the standard deviation of the noise, at least 0
     * @return this
     * @throws IllegalArgumentException  if bias is not finite or noiseSd is negative
     * @throws IndexOutOfBoundsException if an index is not an actor
     */
    public Lenses set(int observer, int target, double bias, double noiseSd) {
        if (!Double.isFinite(bias) || !(noiseSd >= 0) || !Double.isFinite(noiseSd)) {
            throw new IllegalArgumentException("bias must be finite and noiseSd >= 0, but were " + bias + " and "
                    + noiseSd);
        }
        int i = pair(observer, target);
        this.bias[i] = bias;
        this.sd[i] = noiseSd;
        return this;
    }

    private int pair(int observer, int target) {
        if (observer < 0 || observer >= n || target < 0 || target >= n) {
            throw new IndexOutOfBoundsException("actors must be in [0, " + (n - 1) + "], but were " + observer
                    + " and " + target);
        }
        return observer * n + target;
    }

    /**
     * The pair's bias.
     *
     * @param observer the observer
     * @param target   the target
     * @return the bias
     */
    public double bias(int observer, int target) {
        return bias[pair(observer, target)];
    }

    /**
     * The variance of the pair's noise, as {@link Beliefs#observe} takes it.
     *
     * @param observer the observer
     * @param target   the target
     * @return sd squared
     */
    public double noiseVariance(int observer, int target) {
        double s = sd[pair(observer, target)];
        return s * s;
    }

    /**
     * The hostility {@code observer} perceives in an act of {@code target} whose true hostility is
     * {@code truth}: one standard normal draw from {@code stream} (always drawn, even without
     * noise, so that a pair's noise level never shifts the stream's later numbers).
     *
     * @param observer the observer
     * @param target   the target
     * @param truth    the act's true hostility
     * @param stream   the observer's stream
     * @return truth + bias + sd Z
     */
    public double perceive(int observer, int target, double truth, RandomStream stream) {
        Objects.requireNonNull(stream, "stream");
        int i = pair(observer, target);
        return truth + bias[i] + sd[i] * stream.nextGaussian();
    }
}
