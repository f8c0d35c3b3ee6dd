package org.offramp.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.offramp.model.Endings;
import org.offramp.model.Metric;
import org.offramp.model.RecordSchema;

/**
 * Measures on small schemas whose measured metric comes first (index 0), the edges of the
 * {@code _AT_LEAST_N} and {@code _BY_DAY_N} forms, and the refusals of the paired statistics.
 */
class MeasureEdgesTest {

    /** One run: ending index, day, and the value of the only metric. */
    record Run(int ending, int day, int value) {
    }

    private static final Endings ENDINGS = Endings.builder().ending("WIN", "win", "#c0392b")
            .horizon("QUIET", "quiet", "#8c8c8c").trigger("BANG", "WIN", "bang").trigger("TIME", "QUIET", "time")
            .build();

    private static RecordSchema<Run> schema(Metric<Run> only) {
        return RecordSchema.<Run>builder(ENDINGS, r -> 1L, Run::ending, Run::day, Run::ending).metric(only)
                .metric(Metric.count("other", Run::day)).build();
    }

    private static final RecordSchema<Run> FLAG = schema(Metric.<Run>flag("hit", r -> r.value() != 0).measuredAs("HIT"));
    private static final RecordSchema<Run> FIRST = schema(Metric.<Run>firstDay("talks", Run::value).measuredAs("TALKS"));
    private static final RecordSchema<Run> COUNT = schema(Metric.<Run>count("shots", Run::value).measuredAs("SHOTS"));
    private static final RecordSchema<Run> BOUNDED = schema(Metric.<Run>count("rung", Run::value)
            .bounded(7, List.of()).measuredAs("RUNG"));

    private static boolean test(RecordSchema<Run> s, String measure, int ending, int day, int value) {
        return Measure.parse(s, measure).test(s.toRecord(new Run(ending, day, value)));
    }

    @Test
    void aFlagInTheFirstColumn() {
        assertTrue(test(FLAG, "HIT", 0, 3, 1));
        assertFalse(test(FLAG, "HIT", 0, 3, 0));
    }

    @Test
    void aFirstDayInTheFirstColumnHappensOnDayZeroToo() {
        assertTrue(test(FIRST, "TALKS", 1, 30, 0));
        assertFalse(test(FIRST, "TALKS", 1, 30, -1));
        assertTrue(test(FIRST, "TALKS_BY_DAY_5", 1, 30, 0), "day 0 is on or before day 5");
        assertTrue(test(FIRST, "TALKS_BY_DAY_5", 1, 30, 5));
        assertFalse(test(FIRST, "TALKS_BY_DAY_5", 1, 30, 6));
        assertFalse(test(FIRST, "TALKS_BY_DAY_5", 1, 30, -1), "never is not by day 5");
        assertTrue(test(FIRST, "TALKS_BY_DAY_0", 1, 30, 0));
    }

    @Test
    void aCountInTheFirstColumn() {
        assertTrue(test(COUNT, "SHOTS_AT_LEAST_2", 0, 1, 2));
        assertFalse(test(COUNT, "SHOTS_AT_LEAST_2", 0, 1, 1));
        assertTrue(test(COUNT, "SHOTS_AT_LEAST_0", 0, 1, 0));
    }

    @Test
    void anUnboundedCountTakesSixDigitsAndABoundedOneFour() {
        assertEquals("SHOTS_AT_LEAST_99999", Measure.parse(COUNT, "SHOTS_AT_LEAST_99999").name());
        assertEquals("SHOTS_AT_LEAST_999999", Measure.parse(COUNT, "SHOTS_AT_LEAST_999999").name());
        assertThrows(IllegalArgumentException.class, () -> Measure.parse(COUNT, "SHOTS_AT_LEAST_1000000"));
        assertEquals("RUNG_AT_LEAST_0007", Measure.parse(BOUNDED, "RUNG_AT_LEAST_0007").name());
        assertThrows(IllegalArgumentException.class, () -> Measure.parse(BOUNDED, "RUNG_AT_LEAST_00007"));
    }

    @Test
    void aBoundedCountsLargestValueIsAMeasureAndOneMoreIsNot() {
        assertTrue(test(BOUNDED, "RUNG_AT_LEAST_7", 0, 1, 7));
        assertFalse(test(BOUNDED, "RUNG_AT_LEAST_7", 0, 1, 6));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Measure.parse(BOUNDED, "RUNG_AT_LEAST_8"));
        assertTrue(e.getMessage().contains("RUNG_AT_LEAST_N (N in 0..7)"), e.getMessage());
    }

    @Test
    void theHorizonHasNoByDayFormAndNeitherDoUnknownStems() {
        assertTrue(test(FLAG, "WIN_BY_DAY_3", 0, 3, 0));
        assertFalse(test(FLAG, "WIN_BY_DAY_3", 0, 4, 0));
        for (String bad : new String[] {"QUIET_BY_DAY_3", "_BY_DAY_3", "_AT_LEAST_2", "HIT_AT_LEAST_1", "SHOTS_BY_DAY_1",
            "WIN_BY_DAY_", "WIN_BY_DAY_12345", "WIN_BY_DAY_1x"}) {
            assertThrows(IllegalArgumentException.class, () -> Measure.parse(COUNT, bad), bad);
        }
    }

    @Test
    void measuresOfOneNameButAnotherSchemaDiffer() {
        Measure a = Measure.parse(FLAG, "WIN");
        assertEquals(a, Measure.parse(FLAG, "WIN"));
        assertEquals(a.hashCode(), Measure.parse(FLAG, "WIN").hashCode());
        assertNotEquals(a, Measure.parse(COUNT, "WIN"));
        assertNotEquals(a, Measure.parse(FLAG, "QUIET"));
    }

    @Test
    void pairedStatisticsRefuseImpossibleCountsAndLevels() {
        assertEquals("discordant counts must be >= 0, but were b=-1, c=3", assertThrows(IllegalArgumentException.class,
                () -> PairedStatistics.mcNemarMidP(-1, 3)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> PairedStatistics.mcNemarMidP(3, -1));
        for (double level : new double[] {0.0, 1.0}) {
            assertEquals("level must be in (0, 1), but was " + level, assertThrows(IllegalArgumentException.class,
                    () -> PairedStatistics.pairedInterval(1, 1, 10, level)).getMessage());
        }
        // every count may sit on its bound
        Bounds all = PairedStatistics.unpairedInterval(10, 10, 0, 10, 0.95);
        assertTrue(all.lower() > 0.5 && all.upper() == 1, all.toString());
        Bounds none = PairedStatistics.unpairedInterval(0, 10, 10, 10, 0.95);
        assertEquals(-all.upper(), none.lower(), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> PairedStatistics.unpairedInterval(11, 10, 0, 10, 0.95));
        assertThrows(IllegalArgumentException.class, () -> PairedStatistics.unpairedInterval(0, 10, 11, 10, 0.95));
        assertThrows(IllegalArgumentException.class, () -> PairedStatistics.unpairedInterval(-1, 10, 0, 10, 0.95));
        assertThrows(IllegalArgumentException.class, () -> PairedStatistics.unpairedInterval(0, 10, -1, 10, 0.95));
    }

    @Test
    void mcNemarTakesUpToTheLargestIntDiscordantRuns() {
        long max = Integer.MAX_VALUE;
        // an even split of the largest count allowed: no evidence of a difference
        assertEquals(1.0, PairedStatistics.mcNemarMidP(max / 2, max - max / 2), 1e-4);
        assertEquals("too many discordant runs for the exact test: 2147483648", assertThrows(
                IllegalArgumentException.class, () -> PairedStatistics.mcNemarMidP(max / 2 + 1, max - max / 2))
                .getMessage());
    }
}
