package org.offramp.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProportionIntervalTest {

    private static final double Z95 = 1.959963984540054;

    @Test
    void wilsonAtZeroAndAllSuccessesHasClosedFormBounds() {
        // With x = 0 the Wilson upper bound is z^2 / (n + z^2); with x = n the lower bound mirrors it.
        ProportionInterval zero = ProportionInterval.wilson(0, 10, 0.95);
        assertEquals(0.0, zero.lower());
        assertEquals(Z95 * Z95 / (10 + Z95 * Z95), zero.upper(), 1e-12);
        ProportionInterval all = ProportionInterval.wilson(10, 10, 0.95);
        assertEquals(10 / (10 + Z95 * Z95), all.lower(), 1e-12);
        assertEquals(1.0, all.upper());
    }

    @Test
    void wilsonMatchesPublishedValues() {
        // 5 of 10 at 95%: [0.2366, 0.7634] (Newcombe 1998, table I gives 0.2366-0.7634).
        ProportionInterval half = ProportionInterval.wilson(5, 10, 0.95);
        assertEquals(0.2366, half.lower(), 5e-5);
        assertEquals(0.7634, half.upper(), 5e-5);
        ProportionInterval w = ProportionInterval.wilson(120, 1000, 0.95);
        assertEquals(0.10127, w.lower(), 5e-5);
        assertEquals(0.14164, w.upper(), 5e-5);
    }

    @Test
    void clopperPearsonAtTheEdgesHasClosedFormBounds() {
        // x = 0: upper = 1 - (alpha/2)^(1/n); x = n: lower = (alpha/2)^(1/n).
        ProportionInterval zero = ProportionInterval.clopperPearson(0, 10, 0.95);
        assertEquals(0.0, zero.lower());
        assertEquals(1 - Math.pow(0.025, 0.1), zero.upper(), 1e-9);
        ProportionInterval all = ProportionInterval.clopperPearson(10, 10, 0.95);
        assertEquals(Math.pow(0.025, 0.1), all.lower(), 1e-9);
        assertEquals(1.0, all.upper());
    }

    @Test
    void clopperPearsonMatchesPublishedValuesAndIsWiderThanWilson() {
        // 5 of 10 at 95%: [0.1871, 0.8129] (the exact interval, e.g. R's binom.test).
        ProportionInterval cp = ProportionInterval.clopperPearson(5, 10, 0.95);
        assertEquals(0.18709, cp.lower(), 5e-5);
        assertEquals(0.81291, cp.upper(), 5e-5);
        for (int x = 0; x <= 20; x++) {
            ProportionInterval exact = ProportionInterval.clopperPearson(x, 20, 0.95);
            ProportionInterval wilson = ProportionInterval.wilson(x, 20, 0.95);
            assertTrue(exact.width() >= wilson.width(), "x=" + x);
            assertTrue(exact.contains(x / 20.0) && wilson.contains(x / 20.0), "x=" + x);
        }
    }

    @Test
    void higherConfidenceGivesAWiderInterval() {
        assertTrue(ProportionInterval.wilson(30, 100, 0.99).width() > ProportionInterval.wilson(30, 100, 0.95).width());
        assertTrue(ProportionInterval.clopperPearson(30, 100, 0.99).width()
                > ProportionInterval.clopperPearson(30, 100, 0.95).width());
    }

    @Test
    void badArgumentsNameTheFieldAndValue() {
        assertEquals("trials must be >= 1, but was 0",
                assertThrows(IllegalArgumentException.class, () -> ProportionInterval.wilson(0, 0, 0.95)).getMessage());
        assertEquals("successes must be in [0, 10], but was 11",
                assertThrows(IllegalArgumentException.class,
                        () -> ProportionInterval.clopperPearson(11, 10, 0.95)).getMessage());
        assertEquals("confidence must be in (0, 1), but was 1.0",
                assertThrows(IllegalArgumentException.class, () -> ProportionInterval.wilson(1, 10, 1.0)).getMessage());
        assertEquals("lower must be <= upper (0.2), but was 0.3",
                assertThrows(IllegalArgumentException.class, () -> new ProportionInterval(0.3, 0.2)).getMessage());
        assertEquals("upper must be in [0, 1], but was NaN",
                assertThrows(IllegalArgumentException.class, () -> new ProportionInterval(0.1, Double.NaN)).getMessage());
    }
}
