package org.offramp.output.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The checking constructors of the chart data: every bad input names its field and value. */
class ChartDataTest {

    private static final List<String> TWO = List.of("WAR", "DEAL");

    private static String message(Executable call) {
        return assertThrows(IllegalArgumentException.class, call).getMessage();
    }

    @Test
    void outcomeSharesRejectsMismatchedLengths() {
        assertEquals("lower must have 2 entries (one per label), but had 3", message(() -> new OutcomeShares(TWO,
                new double[] {0.1, 0.2}, new double[] {0.0, 0.1, 0.2}, new double[] {0.2, 0.3}, 0.95, 100, "t")));
        assertEquals("share must have 2 entries (one per label), but had 1", message(() -> new OutcomeShares(TWO,
                new double[] {0.1}, new double[] {0.0, 0.1}, new double[] {0.2, 0.3}, 0.95, 100, "t")));
    }

    @Test
    void outcomeSharesRejectsSharesOutsideTheUnitInterval() {
        assertEquals("share[1] (DEAL) must be in [0.0, 1.0], but was 1.2", message(() -> new OutcomeShares(TWO,
                new double[] {0.1, 1.2}, new double[] {0.0, 0.1}, new double[] {0.2, 1.0}, 0.95, 100, "t")));
        assertEquals("share[0] (WAR) must be in [0.0, 1.0], but was -0.1", message(() -> new OutcomeShares(TWO,
                new double[] {-0.1, 0.2}, new double[] {0.0, 0.1}, new double[] {0.2, 0.3}, 0.95, 100, "t")));
        assertEquals("upper[0] (WAR) must be in [0.0, 1.0], but was NaN", message(() -> new OutcomeShares(TWO,
                new double[] {0.1, 0.2}, new double[] {0.0, 0.1}, new double[] {Double.NaN, 0.3}, 0.95, 100, "t")));
    }

    @Test
    void outcomeSharesRejectsLowerAboveUpperAndSharesOutsideTheirInterval() {
        assertEquals("lower[1] (DEAL) must be <= upper[1] (DEAL) (0.1), but was 0.3", message(() -> new OutcomeShares(TWO,
                new double[] {0.2, 0.2}, new double[] {0.0, 0.3}, new double[] {0.3, 0.1}, 0.95, 100, "t")));
        assertEquals("share[0] (WAR) must lie in its interval [0.2, 0.3], but was 0.1", message(() -> new OutcomeShares(
                TWO, new double[] {0.1, 0.2}, new double[] {0.2, 0.1}, new double[] {0.3, 0.3}, 0.95, 100, "t")));
    }

    @Test
    void outcomeSharesRejectsBadLabelsRunsConfidenceAndTitle() {
        double[] s = {0.1, 0.2};
        double[] lo = {0.0, 0.1};
        double[] hi = {0.2, 0.3};
        assertEquals("labels must be distinct, but \"WAR\" appears twice (again at index 1)",
                message(() -> new OutcomeShares(List.of("WAR", "WAR"), s, lo, hi, 0.95, 10, "t")));
        assertEquals("labels[1] must not be blank, but was \" \"",
                message(() -> new OutcomeShares(List.of("WAR", " "), s, lo, hi, 0.95, 10, "t")));
        assertEquals("labels must hold at least one label, but was empty",
                message(() -> new OutcomeShares(List.of(), new double[0], new double[0], new double[0], 0.95, 10, "t")));
        assertEquals("runs must be >= 1, but was 0", message(() -> new OutcomeShares(TWO, s, lo, hi, 0.95, 0, "t")));
        assertEquals("confidence must be in (0, 1), but was 95.0",
                message(() -> new OutcomeShares(TWO, s, lo, hi, 95, 10, "t")));
        assertEquals("title must not be null", message(() -> new OutcomeShares(TWO, s, lo, hi, 0.95, 10, null)));
    }

    @Test
    void outcomeSharesIsImmutable() {
        double[] s = {0.1, 0.2};
        OutcomeShares shares = new OutcomeShares(TWO, s, new double[] {0.0, 0.1}, new double[] {0.2, 0.3}, 0.95, 10, "t");
        s[0] = 0.9;
        shares.share()[1] = 0.9;
        assertArrayEquals(new double[] {0.1, 0.2}, shares.share());
        assertEquals(shares, new OutcomeShares(TWO, new double[] {0.1, 0.2}, new double[] {0.0, 0.1},
                new double[] {0.2, 0.3}, 0.95, 10, "t"));
        assertNotEquals(shares, new OutcomeShares(TWO, new double[] {0.1, 0.2}, new double[] {0.0, 0.1},
                new double[] {0.2, 0.3}, 0.95, 11, "t"));
    }

    @Test
    void outcomeSharesFromCountsUsesWilsonIntervals() {
        OutcomeShares shares = OutcomeShares.wilson(TWO, new long[] {3, 7}, 0.95, "t");
        assertArrayEquals(new double[] {0.3, 0.7}, shares.share());
        assertEquals(10, shares.runs());
        assertEquals(org.offramp.stats.ConfidenceIntervals.wilson(3, 10, 0.95).lower(), shares.lower()[0]);
        assertEquals("counts[1] (DEAL) must be >= 0, but was -2",
                message(() -> OutcomeShares.wilson(TWO, new long[] {3, -2}, 0.95, "t")));
    }

    @Test
    void cumulativeIncidenceChecksShapeRangeMonotonicityAndTotal() {
        assertEquals("byDay must have 2 rows (one per label), but had 1",
                message(() -> new CumulativeIncidence(TWO, new double[][] {{0, 0.1}}, "t")));
        assertEquals("byDay[1] must have 2 entries (one per day, like byDay[0]), but had 3",
                message(() -> new CumulativeIncidence(TWO, new double[][] {{0, 0.1}, {0, 0.1, 0.2}}, "t")));
        assertEquals("byDay[0][1] (WAR, day 1) must be in [0.0, 1.0], but was 1.5",
                message(() -> new CumulativeIncidence(TWO, new double[][] {{0, 1.5}, {0, 0}}, "t")));
        assertEquals("byDay[1][2] (DEAL, day 2) must be >= the day before (0.2) since shares accumulate, but was 0.1",
                message(() -> new CumulativeIncidence(TWO, new double[][] {{0, 0, 0}, {0, 0.2, 0.1}}, "t")));
        assertEquals("byDay[*][1] must add up to at most 1 (a run ends once), but added up to 1.2",
                message(() -> new CumulativeIncidence(TWO, new double[][] {{0, 0.6}, {0, 0.6}}, "t")));
        assertEquals("dayZero must not be null",
                message(() -> new CumulativeIncidence(TWO, new double[][] {{0}, {0}}, null, "t")));
    }

    @Test
    void cumulativeIncidenceFromRunsCountsEndingsByDay() {
        // Runs: WAR on day 1, DEAL on day 2, an uncharted ending on day 3, WAR on day 3.
        CumulativeIncidence ci = CumulativeIncidence.fromRuns(TWO, new int[] {0, 1, -1, 0}, new int[] {1, 2, 3, 3},
                3, "t");
        assertArrayEquals(new double[] {0, 0.25, 0.25, 0.5}, ci.byDay()[0]);
        assertArrayEquals(new double[] {0, 0, 0.25, 0.25}, ci.byDay()[1]);
        assertEquals(LocalDate.of(2019, 5, 17), ci.dayZero());
        assertEquals("dayOfRun[1] must be in [0, 3], but was 4",
                message(() -> CumulativeIncidence.fromRuns(TWO, new int[] {0, 1}, new int[] {1, 4}, 3, "t")));
        assertEquals("outcomeOfRun[0] must be in [-1, 1], but was 2",
                message(() -> CumulativeIncidence.fromRuns(TWO, new int[] {2}, new int[] {1}, 3, "t")));
    }

    @Test
    void dayHistogramBinsDaysAndRejectsBadCounts() {
        DayHistogram h = DayHistogram.fromDays("WAR", new int[] {0, 9, 10, 29, 30}, 10, 30);
        assertArrayEquals(new long[] {2, 1, 1, 1}, h.counts());
        assertEquals(5, h.total());
        assertEquals("counts[1] (WAR, days 7 to 13) must be >= 0, but was -1",
                message(() -> new DayHistogram("WAR", 7, new long[] {0, -1}, LocalDate.of(2019, 5, 17))));
        assertEquals("binDays must be >= 1, but was 0",
                message(() -> new DayHistogram("WAR", 0, new long[] {1}, LocalDate.of(2019, 5, 17))));
        assertEquals("days[1] must be in [0, 30], but was 31",
                message(() -> DayHistogram.fromDays("WAR", new int[] {1, 31}, 10, 30)));
        assertEquals("label must not be blank, but was \"\"", message(() -> new DayHistogram("", new long[] {1})));
    }

    @Test
    void valueHistogramNeedsOneLabelPerValueAndNonNegativeCounts() {
        List<String> rungs = List.of("talks", "pressure", "posturing", "gray zone", "proxy casualties",
                "limited strike", "campaign", "open war");
        assertEquals("valueLabels must have 8 entries (one per value) or none, but had 7",
                message(() -> new ValueHistogram("rung", rungs.subList(0, 7), new long[8], "t")));
        assertEquals("counts[5] (limited strike) must be >= 0, but was -3",
                message(() -> new ValueHistogram("rung", rungs, new long[] {0, 0, 0, 0, 0, -3, 0, 0}, "t")));
        assertEquals("counts must have at least 2 values, but had 1",
                message(() -> new ValueHistogram("rung", List.of(), new long[1], "t")));
        long[] counts = {1, 2, 3, 4, 5, 6, 7, 8};
        ValueHistogram h = new ValueHistogram("rung", rungs, counts, "t");
        counts[0] = 100;
        assertEquals(36, h.total());
        assertEquals("3\u00a0gray\u00a0zone", h.label(3), "short names join their number with no-break spaces");
        assertEquals("4 proxy casualties".replaceFirst(" ", "\u00a0"), h.label(4), "a long name may wrap");
        assertEquals("2", new ValueHistogram("n", List.of(), new long[3], "t").label(2));
    }
}
