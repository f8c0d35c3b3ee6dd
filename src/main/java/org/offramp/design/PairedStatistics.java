package org.offramp.design;

import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;


/**
 * Statistics for the difference of two shares estimated on the same runs (paired) or on independent
 * runs (unpaired).
 *
 * <p>For a pair of scenarios on {@code n} common run indices, let {@code b} count the runs where the
 * variant has the property and the reference has not, and {@code c} the opposite. The difference of
 * shares is {@code d = (b - c) / n}.
 * <ul>
 * <li>{@link #pairedInterval}: the Agresti–Min (2005) interval, a Wald interval after adding 1/2 to
 *     each of the four cells of the paired 2 x 2 table: with {@code b' = b + 1/2}, {@code c' = c + 1/2},
 *     {@code n' = n + 2}: {@code d' = (b' - c') / n'},
 *     {@code se = sqrt((b' + c') - (b' - c')^2 / n') / n'}, interval {@code d' ± z se}, clipped to
 *     [-1, 1]. Good coverage down to small counts and never of zero width.</li>
 * <li>{@link #unpairedInterval}: the Agresti–Caffo (2000) interval for independent samples, a Wald
 *     interval after adding one success and one failure to each sample. With the same family for
 *     both, the ratio of widths shows how much pairing gained.</li>
 * <li>{@link #mcNemarMidP}: McNemar's exact test in its mid-p form: under the null hypothesis of
 *     equal shares the discordant runs split as {@code Binomial(b + c, 1/2)}; with
 *     {@code k = min(b, c)}, the two-sided mid-p value is {@code min(1, 2 P(X < k) + P(X = k))}
 *     (Fagerland, Lydersen and Laake 2013 recommend it over the asymptotic and the exact test).</li>
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class PairedStatistics {
    private PairedStatistics() {
    }

    /** The standard normal quantile for a two-sided interval at {@code level}. */
    static double z(double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be in (0, 1), but was " + level);
        }
        return new NormalDistribution(null, 0, 1).inverseCumulativeProbability(0.5 + level / 2);
    }

    /**
     * The Agresti–Min interval for a paired difference of shares.
     *
     * @param b     runs where the variant has the property and the reference has not
     * @param c     runs where the reference has it and the variant has not
     * @param n     paired runs, at least b + c
     * @param level two-sided confidence level in (0, 1)
     * @return the interval of the difference (variant minus reference), within [-1, 1]
     */
    public static Bounds pairedInterval(long b, long c, long n, double level) {
        check(b >= 0 && c >= 0 && n >= b + c, "counts must satisfy 0 <= b, 0 <= c, b + c <= n, but were b=" + b
                + ", c=" + c + ", n=" + n);
        double bb = b + 0.5;
        double cc = c + 0.5;
        double nn = n + 2.0;
        double d = (bb - cc) / nn;
        double se = Math.sqrt(Math.max(0, (bb + cc) - (bb - cc) * (bb - cc) / nn)) / nn;
        double h = z(level) * se;
        return new Bounds(Math.max(-1, d - h), Math.min(1, d + h));
    }

    /**
     * The Agresti–Caffo interval for the difference {@code x1/n1 - x2/n2} of independent shares.
     *
     * @param x1    runs of the first sample with the property, in [0, n1]
     * @param n1    runs of the first sample
     * @param x2    runs of the second sample with the property, in [0, n2]
     * @param n2    runs of the second sample
     * @param level two-sided confidence level in (0, 1)
     * @return the interval of the difference, within [-1, 1]
     */
    public static Bounds unpairedInterval(long x1, long n1, long x2, long n2, double level) {
        check(x1 >= 0 && x1 <= n1 && x2 >= 0 && x2 <= n2, "counts must satisfy 0 <= x <= n, but were x1=" + x1
                + ", n1=" + n1 + ", x2=" + x2 + ", n2=" + n2);
        double p1 = (x1 + 1.0) / (n1 + 2.0);
        double p2 = (x2 + 1.0) / (n2 + 2.0);
        double se = Math.sqrt(p1 * (1 - p1) / (n1 + 2.0) + p2 * (1 - p2) / (n2 + 2.0));
        double h = z(level) * se;
        double d = p1 - p2;
        return new Bounds(Math.max(-1, d - h), Math.min(1, d + h));
    }

    /**
     * McNemar's exact test, two-sided mid-p value, for discordant counts {@code b} and {@code c}.
     *
     * @param b runs where the variant has the property and the reference has not, at least 0
     * @param c runs where the reference has it and the variant has not, at least 0
     * @return the two-sided mid-p value, in [0, 1]; 1 when there is no discordant run
     */
    public static double mcNemarMidP(long b, long c) {
        check(b >= 0 && c >= 0, "discordant counts must be >= 0, but were b=" + b + ", c=" + c);
        long m = b + c;
        if (m == 0) {
            return 1.0;
        }
        if (m > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("too many discordant runs for the exact test: " + m);
        }
        int k = (int) Math.min(b, c);
        BinomialDistribution x = new BinomialDistribution(null, (int) m, 0.5);
        double below = k == 0 ? 0 : x.cumulativeProbability(k - 1);
        return Math.min(1.0, 2 * below + x.probability(k));
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
