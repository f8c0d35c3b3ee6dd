package org.offramp.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.BinomialDistribution;
import org.junit.jupiter.api.Test;

class ConfidenceIntervalsTest {

    @Test
    void wilsonFor50Of100MatchesTheClosedForm() {
        // p = 0.5, n = 100, z = 1.959964: centre 0.5, half-width z*sqrt(0.25/100 + z^2/40000)/(1 + z^2/100).
        Interval w = ConfidenceIntervals.wilson(50, 100, 0.95);
        assertEquals(0.4038315, w.lower(), 1e-7);
        assertEquals(0.5961685, w.upper(), 1e-7);
    }

    @Test
    void wilsonAtTheEdgesIsExact() {
        Interval w = ConfidenceIntervals.wilson(0, 10, 0.95);
        assertEquals(0.0, w.lower());
        assertEquals(0.2775328, w.upper(), 1e-7); // z^2 / (n + z^2)
        Interval all = ConfidenceIntervals.wilson(10, 10, 0.95);
        assertEquals(1.0, all.upper());
        assertEquals(1 - 0.2775328, all.lower(), 1e-7);
    }

    @Test
    void clopperPearsonMatchesPublishedValues() {
        // Published 95% exact intervals: 5/10 -> (0.1871, 0.8129); 50/100 -> (0.3983, 0.6017).
        Interval five = ConfidenceIntervals.clopperPearson(5, 10, 0.95);
        assertEquals(0.187086, five.lower(), 1e-6);
        assertEquals(0.812914, five.upper(), 1e-6);
        Interval fifty = ConfidenceIntervals.clopperPearson(50, 100, 0.95);
        assertEquals(0.39832, fifty.lower(), 1e-5);
        assertEquals(0.60168, fifty.upper(), 1e-5);
    }

    @Test
    void clopperPearsonAtTheEdgesUsesTheExactFormula() {
        // 0 of 10: upper = 1 - 0.025^(1/10) = 0.30850 (the tabulated value); Commons Math alone throws here.
        Interval none = ConfidenceIntervals.clopperPearson(0, 10, 0.95);
        assertEquals(0.0, none.lower());
        assertEquals(0.308497, none.upper(), 1e-6);
        Interval all = ConfidenceIntervals.clopperPearson(10, 10, 0.95);
        assertEquals(0.691503, all.lower(), 1e-6);
        assertEquals(1.0, all.upper());
    }

    @Test
    void clopperPearsonBoundsSolveTheBinomialTailEquations() {
        // The defining property: P(X >= x | lower) = alpha/2 and P(X <= x | upper) = alpha/2.
        int n = 37;
        for (int x = 1; x < n; x++) {
            Interval cp = ConfidenceIntervals.clopperPearson(x, n, 0.9);
            double upperTail = 1 - new BinomialDistribution(null, n, cp.lower()).cumulativeProbability(x - 1);
            double lowerTail = new BinomialDistribution(null, n, cp.upper()).cumulativeProbability(x);
            assertEquals(0.05, upperTail, 1e-7, "x=" + x);
            assertEquals(0.05, lowerTail, 1e-7, "x=" + x);
        }
    }

    @Test
    void noTrialsMeansNothingIsKnown() {
        assertEquals(new Interval(0, 1), ConfidenceIntervals.wilson(0, 0, 0.95));
        assertEquals(new Interval(0, 1), ConfidenceIntervals.clopperPearson(0, 0, 0.95));
    }

    @Test
    void clopperPearsonIsWiderThanWilson() {
        for (int x = 0; x <= 40; x += 5) {
            Interval w = ConfidenceIntervals.wilson(x, 40, 0.95);
            Interval cp = ConfidenceIntervals.clopperPearson(x, 40, 0.95);
            assertTrue(cp.lower() <= w.lower() && cp.upper() >= w.upper(), "x=" + x);
        }
    }

    @Test
    void badArgumentsAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ConfidenceIntervals.wilson(11, 10, 0.95));
        assertEquals("successes must be in [0, 10], but was 11", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ConfidenceIntervals.clopperPearson(1, 10, 1.0));
        assertEquals("confidence level must be in (0, 1), but was 1.0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Interval(0.6, 0.4));
    }
}
