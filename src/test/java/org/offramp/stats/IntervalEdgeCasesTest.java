package org.offramp.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IntervalEdgeCasesTest {

    private static final double Z95 = 1.959963984540054;

    @Test
    void wilsonAtZeroAndAllSuccessesHasClosedFormBounds() {
        // With x = 0 the Wilson upper bound is z^2 / (n + z^2); with x = n the lower bound mirrors it.
        Interval zero = ConfidenceIntervals.wilson(0, 10, 0.95);
        assertEquals(0.0, zero.lower());
        assertEquals(Z95 * Z95 / (10 + Z95 * Z95), zero.upper(), 1e-12);
        Interval all = ConfidenceIntervals.wilson(10, 10, 0.95);
        assertEquals(10 / (10 + Z95 * Z95), all.lower(), 1e-12);
        assertEquals(1.0, all.upper());
    }

    @Test
    void wilsonMatchesPublishedValues() {
        // 5 of 10 at 95%: [0.2366, 0.7634] (Newcombe 1998, table I gives 0.2366-0.7634).
        Interval half = ConfidenceIntervals.wilson(5, 10, 0.95);
        assertEquals(0.2366, half.lower(), 5e-5);
        assertEquals(0.7634, half.upper(), 5e-5);
        Interval w = ConfidenceIntervals.wilson(120, 1000, 0.95);
        assertEquals(0.10127, w.lower(), 5e-5);
        assertEquals(0.14164, w.upper(), 5e-5);
    }

    @Test
    void clopperPearsonAtTheEdgesHasClosedFormBounds() {
        // x = 0: upper = 1 - (alpha/2)^(1/n); x = n: lower = (alpha/2)^(1/n).
        Interval zero = ConfidenceIntervals.clopperPearson(0, 10, 0.95);
        assertEquals(0.0, zero.lower());
        assertEquals(1 - Math.pow(0.025, 0.1), zero.upper(), 1e-9);
        Interval all = ConfidenceIntervals.clopperPearson(10, 10, 0.95);
        assertEquals(Math.pow(0.025, 0.1), all.lower(), 1e-9);
        assertEquals(1.0, all.upper());
    }

    @Test
    void clopperPearsonMatchesPublishedValuesAndIsWiderThanWilson() {
        // 5 of 10 at 95%: [0.1871, 0.8129] (the exact interval, e.g. R's binom.test).
        Interval cp = ConfidenceIntervals.clopperPearson(5, 10, 0.95);
        assertEquals(0.18709, cp.lower(), 5e-5);
        assertEquals(0.81291, cp.upper(), 5e-5);
        for (int x = 0; x <= 20; x++) {
            Interval exact = ConfidenceIntervals.clopperPearson(x, 20, 0.95);
            Interval wilson = ConfidenceIntervals.wilson(x, 20, 0.95);
            assertTrue(exact.width() >= wilson.width(), "x=" + x);
            assertTrue(exact.contains(x / 20.0) && wilson.contains(x / 20.0), "x=" + x);
        }
    }

    @Test
    void higherConfidenceGivesAWiderInterval() {
        assertTrue(ConfidenceIntervals.wilson(30, 100, 0.99).width() > ConfidenceIntervals.wilson(30, 100, 0.95).width());
        assertTrue(ConfidenceIntervals.clopperPearson(30, 100, 0.99).width()
                > ConfidenceIntervals.clopperPearson(30, 100, 0.95).width());
    }

    @Test
    void badArgumentsNameTheFieldAndValue() {
        assertEquals("trials must be >= 0, but was -1",
                assertThrows(IllegalArgumentException.class, () -> ConfidenceIntervals.wilson(0, -1, 0.95)).getMessage());
        assertEquals("successes must be in [0, 10], but was 11",
                assertThrows(IllegalArgumentException.class,
                        () -> ConfidenceIntervals.clopperPearson(11, 10, 0.95)).getMessage());
        assertEquals("confidence level must be in (0, 1), but was 1.0",
                assertThrows(IllegalArgumentException.class, () -> ConfidenceIntervals.wilson(1, 10, 1.0)).getMessage());
        assertEquals("upper must be >= lower (0.3), but was 0.2",
                assertThrows(IllegalArgumentException.class, () -> new Interval(0.3, 0.2)).getMessage());
        assertEquals("upper must be in [0, 1], but was NaN",
                assertThrows(IllegalArgumentException.class, () -> new Interval(0.1, Double.NaN)).getMessage());
    }
}
