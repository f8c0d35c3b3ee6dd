package org.offramp.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

/**
 * Moments and contracts of {@link RandomStream}. Statistical tests are two-sided at the 0.1% level
 * with a fixed seed, so they are deterministic; the level says how surprising a failure would be for
 * a correct generator.
 */
class RandomStreamTest {
    private static final int N = 200_000;
    /** The two-sided 0.1% critical value of the standard normal. */
    private static final double Z = 3.2905;

    private static RandomStream stream() {
        RandomStream s = new RandomStream(Seeds.runSeed(20190517L, 3), 2, 1, 0);
        s.startDay(17);
        return s;
    }

    @Test
    void uniformHasTheMomentsOfUniform01() {
        RandomStream s = stream();
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < N; i++) {
            double u = s.nextDouble();
            assertTrue(u >= 0 && u < 1, "uniform out of [0, 1): " + u);
            sum += u;
            sumSq += (u - 0.5) * (u - 0.5);
        }
        double mean = sum / N;
        double var = sumSq / N;
        // mean: sd sqrt(1/12 / N); variance about the known mean: sd sqrt((1/80 - 1/144) / N)
        assertEquals(0.5, mean, Z * Math.sqrt(1.0 / 12 / N), "uniform mean (0.1% level)");
        assertEquals(1.0 / 12, var, Z * Math.sqrt((1.0 / 80 - 1.0 / 144) / N), "uniform variance (0.1% level)");
    }

    @Test
    void uniformFillsTenBinsEvenly() {
        RandomStream s = stream();
        int bins = 10;
        int[] count = new int[bins];
        for (int i = 0; i < N; i++) {
            count[(int) (s.nextDouble() * bins)]++;
        }
        double expected = N / (double) bins;
        double chi2 = 0;
        for (int c : count) {
            chi2 += (c - expected) * (c - expected) / expected;
        }
        double critical = new ChiSquaredDistribution(bins - 1).inverseCumulativeProbability(0.999);
        assertTrue(chi2 < critical, "chi-square " + chi2 + " above the 0.1% critical value " + critical);
    }

    @Test
    void gaussianHasMeanZeroVarianceOneAndNoSkew() {
        RandomStream s = stream();
        double sum = 0;
        double sumSq = 0;
        double sumCube = 0;
        for (int i = 0; i < N; i++) {
            double g = s.nextGaussian();
            sum += g;
            sumSq += g * g;
            sumCube += g * g * g;
        }
        // sd of the sample mean 1/sqrt(N); of the mean square sqrt(2/N); of the mean cube sqrt(15/N)
        assertEquals(0, sum / N, Z / Math.sqrt(N), "gaussian mean (0.1% level)");
        assertEquals(1, sumSq / N, Z * Math.sqrt(2.0 / N), "gaussian variance (0.1% level)");
        assertEquals(0, sumCube / N, Z * Math.sqrt(15.0 / N), "gaussian third moment (0.1% level)");
    }

    @Test
    void consecutiveGaussiansAreUncorrelated() {
        // consecutive normals come from consecutive draws of one stream: they must be independent
        RandomStream s = stream();
        double sum = 0;
        int pairs = N / 2;
        for (int i = 0; i < pairs; i++) {
            sum += s.nextGaussian() * s.nextGaussian();
        }
        assertEquals(0, sum / pairs, Z / Math.sqrt(pairs), "lag-1 correlation (0.1% level)");
    }

    @Test
    void nextIntStaysInBoundsAndRejectsBadBounds() {
        RandomStream s = stream();
        int[] seen = new int[7];
        for (int i = 0; i < 10_000; i++) {
            seen[s.nextInt(7)]++;
        }
        for (int c : seen) {
            assertTrue(c > 0);
        }
        assertEquals(0, s.nextInt(1));
        assertThrows(IllegalArgumentException.class, () -> s.nextInt(0));
        assertThrows(IllegalArgumentException.class, () -> s.nextInt(-3));
    }

    @Test
    void chanceHonoursItsEdges() {
        RandomStream s = stream();
        for (int i = 0; i < 1000; i++) {
            assertFalse(s.chance(0));
            assertTrue(s.chance(1));
        }
    }

    @Test
    void aDayRestartsTheSequence() {
        RandomStream a = stream();
        double first = a.nextGaussian();
        a.nextGaussian();
        a.startDay(17);
        assertEquals(first, a.nextGaussian(), 0.0, "after a restart the day's first gaussian comes again");
        RandomStream b = stream();
        b.startDay(18);
        assertTrue(first != b.nextGaussian(), "another day gives other draws");
    }

    /** Kolmogorov-Smirnov against the standard normal's distribution function, at the 0.1% level. */
    @Test
    void gaussianFollowsTheNormalDistribution() {
        RandomStream s = stream();
        double[] x = new double[N];
        for (int i = 0; i < N; i++) {
            x[i] = s.nextGaussian();
        }
        java.util.Arrays.sort(x);
        NormalDistribution normal = new NormalDistribution(null, 0, 1);
        double d = 0;
        for (int i = 0; i < N; i++) {
            double p = normal.cumulativeProbability(x[i]);
            d = Math.max(d, Math.max(p - i / (double) N, (i + 1) / (double) N - p));
        }
        // the asymptotic 0.1% critical value of the KS statistic is 1.9495 / sqrt(n)
        assertTrue(d < 1.9495 / Math.sqrt(N), "KS distance " + d + " above the 0.1% critical value");
    }

    /**
     * The rare branches: beyond 3, and beyond the ziggurat's base R = 3.654 (the tail sampler), the
     * draws fall as often as the normal says, within 3.29 binomial standard deviations (0.1% level),
     * on both sides.
     */
    @Test
    void gaussianTailsHaveTheirProbabilities() {
        RandomStream s = stream();
        int n = 4_000_000;
        int beyond3 = 0;
        int beyondR = 0;
        int negativeBeyondR = 0;
        for (int i = 0; i < n; i++) {
            double g = s.nextGaussian();
            beyond3 += Math.abs(g) > 3 ? 1 : 0;
            beyondR += Math.abs(g) > Ziggurat.R ? 1 : 0;
            negativeBeyondR += g < -Ziggurat.R ? 1 : 0;
        }
        NormalDistribution normal = new NormalDistribution(null, 0, 1);
        double p3 = 2 * normal.cumulativeProbability(-3);
        double pR = 2 * normal.cumulativeProbability(-Ziggurat.R);
        assertEquals(n * p3, beyond3, Z * Math.sqrt(n * p3 * (1 - p3)), "|z| > 3");
        assertEquals(n * pR, beyondR, Z * Math.sqrt(n * pR * (1 - pR)), "|z| > R");
        assertEquals(n * pR / 2, negativeBeyondR, Z * Math.sqrt(n * pR / 2 * (1 - pR / 2)), "z < -R");
    }

    /** 64 bins of equal normal probability are filled evenly (chi-square, 0.1% level). */
    @Test
    void gaussianFillsSixtyFourEquiprobableBinsEvenly() {
        RandomStream s = stream();
        int bins = 64;
        NormalDistribution normal = new NormalDistribution(null, 0, 1);
        int[] count = new int[bins];
        for (int i = 0; i < N; i++) {
            int b = (int) (normal.cumulativeProbability(s.nextGaussian()) * bins);
            count[Math.min(b, bins - 1)]++;
        }
        double expected = N / (double) bins;
        double chi2 = 0;
        for (int c : count) {
            chi2 += (c - expected) * (c - expected) / expected;
        }
        double critical = new ChiSquaredDistribution(bins - 1).inverseCumulativeProbability(0.999);
        assertTrue(chi2 < critical, "chi-square " + chi2 + " above the 0.1% critical value " + critical);
    }

    @Test
    void keysOutOfRangeAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RandomStream(1L, -1, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new RandomStream(1L, 65536, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new RandomStream(1L, 0, 256, 0));
        assertThrows(IllegalArgumentException.class, () -> new RandomStream(1L, 0, 0, -1));
    }

    /** Purpose code 0, actor 0 (the standoff's choice stream of Washington): pinned. */
    @Test
    void outputIsPinned() {
        // Published experiments are reproduced bit for bit only if the generator never changes: these
        // are the first outputs of one stream, computed once. Changing them breaks every stored result.
        RandomStream s = new RandomStream(42L, 0, 0, 0);
        s.startDay(0);
        assertArrayEquals(new long[] {5701851620938548181L, -306483536326194182L, -3074097668729101136L},
                new long[] {s.nextLong(), s.nextLong(), s.nextLong()});
        s.startDay(0);
        assertArrayEquals(new double[] {-0.2867534664927043, -0.3170069956036001, 0.5227485512455442},
                new double[] {s.nextGaussian(), s.nextGaussian(), s.nextGaussian()}, 0.0);
    }

    /** A key with every field nonzero, fresh and restarted, and the largest key: pinned like the one above. */
    @Test
    void outputOfEveryPartOfTheKeyIsPinned() {
        RandomStream fresh = new RandomStream(20190517L, 3, 5, 7);   // no startDay: a fresh stream draws too
        assertArrayEquals(new long[] {-5832996563518950097L, -4354537420071849331L},
                new long[] {fresh.nextLong(), fresh.nextLong()});
        RandomStream day = new RandomStream(20190517L, 3, 5, 7);
        day.startDay(4);
        assertArrayEquals(new long[] {-2131201770718226039L, -5608461319910665499L},
                new long[] {day.nextLong(), day.nextLong()});
        RandomStream largest = new RandomStream(-1L, RandomStream.MAX_PURPOSE, RandomStream.MAX_INDEX,
                RandomStream.MAX_INDEX);
        largest.startDay(200);
        assertArrayEquals(new long[] {-6301838525629812504L, -5102741619121330849L},
                new long[] {largest.nextLong(), largest.nextLong()});
    }

    @Test
    void everyKeyHasItsOwnNumbers() {
        // purpose, first and second each in {0, 1, 2, 255} (and purpose 256 and 65535): every combination draws
        // differently, so no part of the key is lost or folded into another
        java.util.Set<Long> firsts = new java.util.HashSet<>();
        int[] purposes = {0, 1, 2, 255, 256, RandomStream.MAX_PURPOSE};
        int[] indices = {0, 1, 2, RandomStream.MAX_INDEX};
        int n = 0;
        for (int p : purposes) {
            for (int f : indices) {
                for (int t : indices) {
                    RandomStream s = new RandomStream(7L, p, f, t);
                    s.startDay(0);
                    firsts.add(s.nextLong());
                    n++;
                }
            }
        }
        assertEquals(n, firsts.size(), "distinct keys must give distinct streams");
    }

    @Test
    void aFreshStreamDrawsAsOnTheDayBeforeDayZero() {
        // the constructor starts the stream as startDay(-1) would, so a stream used before its first
        // restart is still a function of its key (not of an all-zero state shared by every key)
        RandomStream fresh = new RandomStream(11L, 1, 2, 3);
        RandomStream other = new RandomStream(11L, 1, 2, 4);
        assertTrue(fresh.nextLong() != other.nextLong());
        RandomStream restarted = new RandomStream(11L, 1, 2, 3);
        restarted.nextLong();
        restarted.startDay(-1);
        RandomStream again = new RandomStream(11L, 1, 2, 3);
        assertEquals(again.nextLong(), restarted.nextLong());
    }

    @Test
    void theLargestKeyIsAcceptedAndOneMoreIsNot() {
        new RandomStream(1L, RandomStream.MAX_PURPOSE, RandomStream.MAX_INDEX, RandomStream.MAX_INDEX).nextLong();
        new RandomStream(1L, 0, 0, 0).nextLong();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new RandomStream(1L, 0, 0, RandomStream.MAX_INDEX + 1));
        assertEquals("a stream's key must be a purpose in [0, 65535] and indices in [0, 255], but was (0, 0, 256)",
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new RandomStream(1L, 0, -1, 0));
    }
}
