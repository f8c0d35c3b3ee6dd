package org.offramp.experiment.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The day histogram's counts, edges, quantiles and refusals, on hand-counted data. */
class DayHistogramTest {

    private static DayHistogram of(int... days) {
        DayHistogram h = new DayHistogram();
        for (int d : days) {
            h.add(d);
        }
        return h;
    }

    @Test
    void anEmptyHistogramHasNoDays() {
        DayHistogram h = new DayHistogram();
        assertEquals(0, h.total());
        assertEquals(-1, h.maxDay());
        assertEquals(-1, h.minDay());
        assertEquals(-1, h.quantile(0.5));
        assertTrue(Double.isNaN(h.mean()));
        assertEquals(0, h.count(0));
        assertEquals(0, h.countUpTo(1000));
    }

    @Test
    void dayZeroAndTheLastDayAreDays() {
        DayHistogram h = of(0);
        assertEquals(1, h.count(0));
        assertEquals(0, h.maxDay());
        assertEquals(0, h.minDay());
        assertEquals(0, h.quantile(1));
        assertEquals(1, h.countUpTo(0));
        h.add(DayHistogram.MAX_DAY);
        assertEquals(DayHistogram.MAX_DAY, h.maxDay());
        assertEquals(1, h.count(DayHistogram.MAX_DAY));
        assertEquals(2, h.countUpTo(DayHistogram.MAX_DAY));
        assertEquals(1, h.countUpTo(DayHistogram.MAX_DAY - 1));
    }

    @Test
    void daysOutsideTheRangeAndNegativeCountsAreRefused() {
        DayHistogram h = of(3);
        assertEquals("day must be in [0, 100000], but was -1",
                assertThrows(IllegalArgumentException.class, () -> h.add(-1)).getMessage());
        assertEquals("day must be in [0, 100000], but was 100001",
                assertThrows(IllegalArgumentException.class, () -> h.add(DayHistogram.MAX_DAY + 1)).getMessage());
        assertEquals("count must be >= 0, but was -1",
                assertThrows(IllegalArgumentException.class, () -> h.add(2, -1)).getMessage());
        h.add(2, 0);
        assertEquals(1, h.total(), "refused and empty additions count nothing");
        assertEquals(3, h.maxDay());
    }

    @Test
    void countsOutsideWhatWasSeenAreZero() {
        DayHistogram h = of(5, 5, 2);
        assertEquals(2, h.count(5));
        assertEquals(1, h.count(2));
        assertEquals(0, h.count(-1));
        assertEquals(0, h.count(6));
        assertEquals(0, h.count(7));
        assertEquals(0, h.count(Integer.MAX_VALUE));
        assertEquals(3, h.countUpTo(Integer.MAX_VALUE));
        assertEquals(0, h.countUpTo(-1));
        assertEquals(1, h.countUpTo(4));
        assertEquals(3, h.countUpTo(5));
    }

    @Test
    void minMaxTotalAndMean() {
        DayHistogram h = of(9, 4, 4, 30);
        assertEquals(4, h.minDay());
        assertEquals(30, h.maxDay());
        assertEquals(4, h.total());
        assertEquals((9 + 4 + 4 + 30) / 4.0, h.mean());
    }

    @Test
    void quantilesAreNearestRankAndTheLevelIsAClosedRange() {
        DayHistogram h = of(1, 2, 3, 4);
        assertEquals(1, h.quantile(0));
        assertEquals(1, h.quantile(0.25), "rank ceil(0.25 x 4) = 1");
        assertEquals(2, h.quantile(0.26));
        assertEquals(2, h.quantile(0.5));
        assertEquals(4, h.quantile(1));
        for (double q : new double[] {-0.01, 1.01, Double.NaN}) {
            assertEquals("quantile must be in [0, 1], but was " + q,
                    assertThrows(IllegalArgumentException.class, () -> h.quantile(q)).getMessage());
        }
    }

    @Test
    void mergeAddsEveryDayAndLeavesTheOtherAlone() {
        DayHistogram a = of(1, 1, 8);
        DayHistogram b = of(0, 8, 40);
        a.merge(b);
        assertEquals(6, a.total());
        assertEquals(1, a.count(0));
        assertEquals(2, a.count(1));
        assertEquals(2, a.count(8));
        assertEquals(1, a.count(40));
        assertEquals(3, b.total());
        assertEquals(40, b.maxDay());
    }

    @Test
    void aHistogramGrowsToAnyDayInOrder() {
        DayHistogram h = new DayHistogram();
        for (int d = 0; d < 3000; d += 7) {
            h.add(d, d + 1);
        }
        long total = 0;
        for (int d = 0; d < 3000; d += 7) {
            assertEquals(d + 1, h.count(d));
            total += d + 1;
        }
        assertEquals(total, h.total());
        assertEquals(2996, h.maxDay());
    }
}
