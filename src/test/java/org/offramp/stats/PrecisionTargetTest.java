package org.offramp.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PrecisionTargetTest {
    @Test
    void parsesBothModesAndWritesThemBackAsGiven() {
        PrecisionTarget a = PrecisionTarget.parse("0.005", 0.02);
        assertEquals(PrecisionTarget.absolute(0.005), a);
        assertEquals("0.005", a.text());
        assertEquals(0, a.floor(), 0.0);
        PrecisionTarget r = PrecisionTarget.parse("10%", 0.02);
        assertEquals(PrecisionTarget.relative(0.1, 0.02), r);
        assertEquals("10%", r.text());
        assertEquals("2.5%", PrecisionTarget.parse(" 2.5 % ", 0.01).text());
        assertEquals(0.025, PrecisionTarget.parse("2.5%", 0.01).value(), 0.0);
        for (String t : new String[] {"0.005", "0.25", "10%", "2.5%", "0.1%", "99%"}) {
            assertEquals(t, PrecisionTarget.parse(t, 0.01).text(), t);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.5", "0.7", "-0.01", "0%", "100%", "150%", "-5%", "abc", "10 %%", "%", "", "NaN"})
    void refusesValuesOutsideEitherMode(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PrecisionTarget.parse(text, 0.01));
        assertTrue(e.getMessage().contains("\"" + text + "\""), e.getMessage());
        assertTrue(e.getMessage().contains("(0, 0.5)") && e.getMessage().contains("P%"), e.getMessage());
    }

    @Test
    void refusesABadFloor() {
        assertThrows(IllegalArgumentException.class, () -> PrecisionTarget.relative(0.1, 0));
        assertThrows(IllegalArgumentException.class, () -> PrecisionTarget.relative(0.1, 1));
        assertThrows(IllegalArgumentException.class, () -> PrecisionTarget.relative(0.1, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new PrecisionTarget(false, 0.01, 0.01));
    }

    @Test
    void absoluteTargetBoundsEveryHalfWidthAlike() {
        PrecisionTarget t = PrecisionTarget.absolute(0.01);
        assertTrue(t.met(new Interval(0.19, 0.21), 0.2));
        assertFalse(t.met(new Interval(0.18, 0.2201), 0.2));
        // A rare share is never exempt: [0, 0.004] has half-width 0.002.
        assertFalse(t.exempt(new Interval(0, 0.004)));
        assertTrue(t.met(new Interval(0, 0.004), 0.001));
    }

    @Test
    void relativeTargetScalesWithTheShareAndExemptsOnlyConfidentlyRareShares() {
        PrecisionTarget t = PrecisionTarget.relative(0.1, 0.01);
        assertTrue(t.met(new Interval(0.19, 0.21), 0.2));          // 0.01 <= 0.1 * 0.2
        assertFalse(t.met(new Interval(0.044, 0.056), 0.05));      // 0.006 > 0.1 * 0.05
        assertTrue(t.met(new Interval(0.0476, 0.0524), 0.05));     // 0.0024 <= 0.005
        // The DEAL share of 0.10% [0.06%, 0.16%]: upper bound below the 1% floor, so exempt.
        Interval deal = new Interval(0.0006, 0.0016);
        assertTrue(t.exempt(deal));
        assertTrue(t.met(deal, 0.001));
        // An estimate below the floor whose interval still reaches it is not exempt, and fails.
        Interval early = new Interval(0.002, 0.012);
        assertFalse(t.exempt(early));
        assertFalse(t.met(early, 0.006));
        // No runs: nothing is known, nothing is met.
        assertFalse(t.met(new Interval(0, 1), Double.NaN));
        assertEquals(0.005, t.allowedHalfWidth(0.05), 1e-15);
    }

    @Test
    void describesItself() {
        assertEquals("every share's half-width at most 0.005", PrecisionTarget.absolute(0.005).describe());
        assertEquals("every share's half-width within 10% of the share, but for shares whose upper bound is below"
                + " 0.01", PrecisionTarget.relative(0.1, 0.01).describe());
    }
}
