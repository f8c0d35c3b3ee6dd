package org.offramp.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PairedStatisticsTest {

    @Test
    void mcNemarMidPMatchesTheBinomialByHand() {
        // b = 3, c = 11: P(X <= 3) = 470/16384 and P(X = 3) = 364/16384 for X ~ Bin(14, 1/2);
        // mid-p = 2 (470 - 182) / 16384 = 0.0351563.
        assertEquals(576.0 / 16384, PairedStatistics.mcNemarMidP(3, 11), 1e-12);
        assertEquals(PairedStatistics.mcNemarMidP(11, 3), PairedStatistics.mcNemarMidP(3, 11), 0.0);
        assertEquals(1.0, PairedStatistics.mcNemarMidP(0, 0), 0.0);
        assertEquals(1.0, PairedStatistics.mcNemarMidP(5, 5), 1e-12);
        // 0 vs 10: P(X = 0) = 1/1024, so mid-p = 1/1024.
        assertEquals(1.0 / 1024, PairedStatistics.mcNemarMidP(0, 10), 1e-15);
    }

    /**
     * Published values, to the four decimals printed: Fagerland, Lydersen and Laake (2017),
     * <i>Statistical Analysis of Contingency Tables</i>, chapter 8, complete response before and after
     * consolidation therapy (Cavo et al. 2012): 161 patients, 6 respond only before and 16 only after.
     * Their Wald interval with the Agresti–Min adjustment is -0.1182 to -0.0045 (estimate -0.0621) and
     * their McNemar mid-p value 0.034690.
     */
    @Test
    void pairedStatisticsMatchAPublishedExample() {
        Bounds b = PairedStatistics.pairedInterval(6, 16, 161, 0.95);
        assertEquals(-0.1182, b.lower(), 5e-5);
        assertEquals(-0.0045, b.upper(), 5e-5);
        assertEquals(0.034690, PairedStatistics.mcNemarMidP(6, 16), 5e-7);
        Bounds swapped = PairedStatistics.pairedInterval(16, 6, 161, 0.95);
        assertEquals(-b.upper(), swapped.lower(), 1e-15, "the interval of c - b mirrors that of b - c");
        assertEquals(-b.lower(), swapped.upper(), 1e-15);
    }

    /**
     * A published value: Fagerland, Lydersen and Laake (2017), chapter 4, an RCT of high against
     * standard dose epinephrine (Perondi et al. 2004): 7 of 34 against 1 of 34 survived; the
     * Agresti–Caffo interval for the difference is 0.0116 to 0.3217 (estimate 0.1765).
     */
    @Test
    void unpairedIntervalMatchesAPublishedExample() {
        Bounds b = PairedStatistics.unpairedInterval(7, 34, 1, 34, 0.95);
        assertEquals(0.0116, b.lower(), 5e-5);
        assertEquals(0.3217, b.upper(), 5e-5);
    }

    @Test
    void pairedIntervalIsNeverOfZeroWidthAndRefusesImpossibleCounts() {
        assertTrue(PairedStatistics.pairedInterval(0, 0, 50, 0.95).width() > 0, "never of zero width");
        Bounds all = PairedStatistics.pairedInterval(50, 0, 50, 0.95);
        // 50 of 50 discordant one way: d' + z se = 50/52 + 1.96 x 0.0329 exceeds 1 and is clipped to 1
        assertEquals(1.0, all.upper(), 0.0, "clipped to [-1, 1]: " + all);
        assertThrows(IllegalArgumentException.class, () -> PairedStatistics.pairedInterval(60, 50, 100, 0.95));
        assertThrows(IllegalArgumentException.class, () -> PairedStatistics.pairedInterval(-1, 0, 100, 0.95));
        assertThrows(IllegalArgumentException.class, () -> PairedStatistics.unpairedInterval(5, 4, 1, 4, 0.95));
        assertThrows(IllegalArgumentException.class, () -> PairedStatistics.pairedInterval(1, 1, 10, 1.0));
    }

    /**
     * Coverage of the paired interval for strongly correlated pairs, 2,000 simulated experiments of
     * 300 pairs (fixed seed): the 95% interval must cover the true difference in at least 93% of
     * them (a binomial 99.9% lower limit for a true 95% coverage is about 93.4%), and be narrower than
     * the unpaired interval.
     */
    @Test
    void pairedIntervalCoversAndIsNarrowerForCorrelatedPairs() {
        SplittableRandom rnd = new SplittableRandom(42);
        double truth = 0.08;   // P(variant) = 0.20, P(reference) = 0.12, reference implies variant
        int covered = 0;
        double ratio = 0;
        int experiments = 2000;
        for (int e = 0; e < experiments; e++) {
            int b = 0;
            int c = 0;
            int x1 = 0;
            int x2 = 0;
            for (int i = 0; i < 300; i++) {
                double u = rnd.nextDouble();
                boolean ref = u < 0.12;
                boolean var = u < 0.20;
                b += var && !ref ? 1 : 0;
                c += ref && !var ? 1 : 0;
                x1 += var ? 1 : 0;
                x2 += ref ? 1 : 0;
            }
            Bounds p = PairedStatistics.pairedInterval(b, c, 300, 0.95);
            covered += p.contains(truth) ? 1 : 0;
            ratio += p.width() / PairedStatistics.unpairedInterval(x1, 300, x2, 300, 0.95).width();
        }
        assertTrue(covered >= 0.93 * experiments, "coverage " + covered + " of " + experiments);
        assertTrue(ratio / experiments < 0.7, "mean width ratio " + ratio / experiments);
    }
}
