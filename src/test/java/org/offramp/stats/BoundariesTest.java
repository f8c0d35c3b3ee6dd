package org.offramp.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The closed and open ends of every range in this package: each value exactly on a bound is
 * accepted or refused as the documentation says, so an off-by-one comparison cannot hide.
 */
class BoundariesTest {

    @Test
    void anIntervalMayTouchZeroAndOneAndHaveNoWidth() {
        Interval full = new Interval(0, 1);
        assertEquals(0.5, full.halfWidth());
        Interval point = new Interval(0.25, 0.25);
        assertEquals(0, point.width());
        assertTrue(point.contains(0.25), "a point interval contains its point");
        assertTrue(new Interval(1, 1).contains(1));
        assertTrue(new Interval(0, 0).contains(0));
    }

    @Test
    void anIntervalContainsItsBoundsAndNothingBeyond() {
        Interval i = new Interval(0.2, 0.4);
        assertTrue(i.contains(0.2));
        assertTrue(i.contains(0.4));
        assertTrue(i.contains(0.3));
        assertFalse(i.contains(Math.nextDown(0.2)));
        assertFalse(i.contains(Math.nextUp(0.4)));
        assertFalse(i.contains(Double.NaN));
    }

    @Test
    void anIntervalRefusesBoundsJustOutsideTheUnitRange() {
        assertEquals("lower must be in [0, 1], but was -4.9E-324",
                assertThrows(IllegalArgumentException.class, () -> new Interval(-Double.MIN_VALUE, 0.5)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Interval(Math.nextUp(1.0), 1));
        assertEquals("upper must be in [0, 1], but was 1.0000000000000002",
                assertThrows(IllegalArgumentException.class, () -> new Interval(0.5, Math.nextUp(1.0))).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Interval(0, -Double.MIN_VALUE));
        assertThrows(IllegalArgumentException.class, () -> new Interval(0.5, Math.nextDown(0.5)));
        assertThrows(IllegalArgumentException.class, () -> new Interval(Double.NaN, 1));
    }

    @Test
    void theConfidenceLevelIsAnOpenRange() {
        for (double level : new double[] {0.0, 1.0, -0.5, Double.NaN}) {
            IllegalArgumentException w = assertThrows(IllegalArgumentException.class,
                    () -> ConfidenceIntervals.wilson(3, 10, level));
            assertEquals("confidence level must be in (0, 1), but was " + level, w.getMessage());
            IllegalArgumentException cp = assertThrows(IllegalArgumentException.class,
                    () -> ConfidenceIntervals.clopperPearson(3, 10, level));
            assertEquals("confidence level must be in (0, 1), but was " + level, cp.getMessage());
        }
    }

    @Test
    void countsMayBeZeroButNotNegative() {
        assertEquals(new Interval(0, 1), ConfidenceIntervals.wilson(0, 0, 0.95));
        assertEquals("trials must be >= 0, but was -1", assertThrows(IllegalArgumentException.class,
                () -> ConfidenceIntervals.wilson(0, -1, 0.95)).getMessage());
        assertEquals("successes must be in [0, 10], but was -1", assertThrows(IllegalArgumentException.class,
                () -> ConfidenceIntervals.clopperPearson(-1, 10, 0.95)).getMessage());
    }

    @Test
    void countsUpToTheLargestSupportedAreExactAndOneMoreIsRefused() {
        // Commons Math doubles the counts in int arithmetic; from 2^30 trials on its Wilson bounds were
        // wrong without an error (at 2^31 - 1 they were negative, clamped to [0, 0]). The largest
        // count accepted gives the interval of the normal approximation, which is exact enough there.
        long max = ConfidenceIntervals.MAX_TRIALS;
        assertEquals((1L << 30) - 1, max);
        double half = 1.959963984540054 * Math.sqrt(0.25 / max);   // z * sqrt(p(1-p)/n), p about 1/2
        for (IntervalMethod m : IntervalMethod.values()) {
            Interval i = m.of(max / 2, max, 0.95);
            assertEquals(0.5 - half, i.lower(), 1e-9, m.name());
            assertEquals(0.5 + half, i.upper(), 1e-9, m.name());
            assertEquals("trials must be <= 1073741823, but was 1073741824", assertThrows(IllegalArgumentException.class,
                    () -> m.of(max / 2, max + 1, 0.95)).getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> ConfidenceIntervals.wilson(0, Integer.MAX_VALUE, 0.95));
    }

    @Test
    void eachMethodGivesItsOwnInterval() {
        assertEquals(ConfidenceIntervals.wilson(5, 10, 0.95), IntervalMethod.WILSON.of(5, 10, 0.95));
        assertEquals(ConfidenceIntervals.clopperPearson(5, 10, 0.95), IntervalMethod.CLOPPER_PEARSON.of(5, 10, 0.95));
        // published value (see ConfidenceIntervals' class comment): Clopper–Pearson for 5 of 10 is [0.18709, 0.81291]
        assertEquals(0.18709, IntervalMethod.CLOPPER_PEARSON.of(5, 10, 0.95).lower(), 5e-6);
        assertEquals(0.23659, IntervalMethod.WILSON.of(5, 10, 0.95).lower(), 5e-6);
    }

    @Test
    void theRelativeTargetsRangesAreOpen() {
        assertThrows(IllegalArgumentException.class, () -> PrecisionTarget.relative(0, 0.01));
        assertThrows(IllegalArgumentException.class, () -> PrecisionTarget.relative(1, 0.01));
        assertThrows(IllegalArgumentException.class, () -> PrecisionTarget.relative(0.1, 0));
        assertThrows(IllegalArgumentException.class, () -> PrecisionTarget.relative(0.1, 1));
        PrecisionTarget near = PrecisionTarget.relative(Math.nextDown(1.0), Math.nextDown(1.0));
        assertTrue(near.relative());
        assertEquals(Math.nextDown(1.0), near.floor());
        assertEquals(Double.MIN_VALUE, PrecisionTarget.relative(Double.MIN_VALUE, Double.MIN_VALUE).value());
    }

    @Test
    void theAbsoluteTargetsRangeIsOpen() {
        assertEquals("the half-width must be in (0, 0.5), but was 0.5",
                assertThrows(IllegalArgumentException.class, () -> PrecisionTarget.absolute(0.5)).getMessage());
        assertEquals("the half-width must be in (0, 0.5), but was 0.0",
                assertThrows(IllegalArgumentException.class, () -> PrecisionTarget.absolute(0)).getMessage());
        assertEquals(Math.nextDown(0.5), PrecisionTarget.absolute(Math.nextDown(0.5)).value());
        assertEquals(Double.MIN_VALUE, PrecisionTarget.absolute(Double.MIN_VALUE).value());
    }

    @Test
    void aHalfWidthEqualToTheTargetMeetsIt() {
        Interval i = new Interval(0.25, 0.75);           // half-width 0.25
        assertTrue(PrecisionTarget.relative(0.5, 0.01).met(i, 0.5), "0.25 <= 0.5 x 0.5");
        assertFalse(PrecisionTarget.relative(0.5, 0.01).met(i, Math.nextDown(0.5)));
        assertTrue(PrecisionTarget.absolute(0.25).met(i, 0.5));
        assertFalse(PrecisionTarget.absolute(Math.nextDown(0.25)).met(i, 0.5));
    }

    @Test
    void anUpperBoundEqualToTheFloorIsNotExempt() {
        PrecisionTarget t = PrecisionTarget.relative(0.1, 0.02);
        assertFalse(t.exempt(new Interval(0, 0.02)), "exempt only below the floor");
        assertTrue(t.exempt(new Interval(0, Math.nextDown(0.02))));
        // not exempt and far too wide for a share of 0.01: not met
        assertFalse(t.met(new Interval(0, 0.02), 0.01));
        assertTrue(t.met(new Interval(0, Math.nextDown(0.02)), 0.01));
    }
}
