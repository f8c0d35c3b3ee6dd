package org.offramp.experiment.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PairedStatisticsTest {

    @Test
    void mcNemarMidPMatchesTheBinomialByHand() {
        // b = 3, c = 11: P(X <= 3) = 470/16384 and P(X = 3) = 364/16384 for X ~ Bin(14, 1/2);
        // mid-p = 2 (470 - 182) / 16384 = 0.0351563 (Fagerland, Lydersen and Laake 2013, table 1 data).
        assertEquals(576.0 / 16384, PairedStatistics.mcNemarMidP(3, 11), 1e-12);
        assertEquals(PairedStatistics.mcNemarMidP(11, 3), PairedStatistics.mcNemarMidP(3, 11), 0.0);
        assertEquals(1.0, PairedStatistics.mcNemarMidP(0, 0), 0.0);
        assertEquals(1.0, PairedStatistics.mcNemarMidP(5, 5), 1e-12);
        // 0 vs 10: P(X = 0) = 1/1024, so mid-p = 1/1024.
        assertEquals(1.0 / 1024, PairedStatistics.mcNemarMidP(0, 10), 1e-15);
    }

    @Test
    void agrestiMinMatchesItsFormula() {
        // b = 10, c = 4, n = 100: b' = 10.5, c' = 4.5, n' = 102, d' = 6/102,
        // se = sqrt(15 - 36/102) / 102.
        Bounds b = PairedStatistics.pairedInterval(10, 4, 100, 0.95);
        double d = 6.0 / 102;
        double se = Math.sqrt(15 - 36.0 / 102) / 102;
        assertEquals(d - 1.959963984540054 * se, b.lower(), 1e-12);
        assertEquals(d + 1.959963984540054 * se, b.upper(), 1e-12);
        assertTrue(PairedStatistics.pairedInterval(0, 0, 50, 0.95).width() > 0, "never of zero width");
        assertThrows(IllegalArgumentException.class, () -> PairedStatistics.pairedInterval(60, 50, 100, 0.95));
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
