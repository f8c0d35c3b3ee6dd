package org.offramp.design.discovery;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * PRIM on tables small enough to follow by hand. With at most 20 rows and alpha 0.05, the
 * quantile position (n - 1) * 0.05 is below 1, so a real peel cuts halfway between the smallest
 * (largest) value and the next one and removes exactly one row (one tied group).
 */
class PrimHandComputedTest {
    private static final double EPS = 1e-12;

    private static DiscoveryTable oneFactor(double lower, double upper, double[] x, double[] y) {
        return DiscoveryTable.builder().factor(FactorSpec.real("x", lower, upper), x).outcome("WAR", y).build();
    }

    private static double[] range(int from, int to) {
        double[] v = new double[to - from + 1];
        for (int i = 0; i < v.length; i++) {
            v[i] = from + i;
        }
        return v;
    }

    @Test
    void theQuantileIsTheMidpointToTheNextDistinctValue() {
        double[] xs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        // position 9 * 0.1 = 0.9: between x[0] = 1 and x[1] = 2
        assertEquals(1.5, Prim.quantile(xs, 0.1), EPS);
        // position 9 * 0.9 = 8.1: between x[8] = 9 and x[9] = 10
        assertEquals(9.5, Prim.quantile(xs, 0.9), EPS);
        // ties move outward to the next distinct value, so a tied group falls on one side
        double[] tied = {1, 1, 1, 2, 3};
        assertEquals(1.5, Prim.quantile(tied, 0.05), EPS);
        assertEquals(2.5, Prim.quantile(tied, 0.95), EPS);
        double[] flat = {4, 4, 4};
        assertEquals(4, Prim.quantile(flat, 0.05), EPS);
    }

    @Test
    void theObjectivesScoreAsTheirFormulas() {
        // from 10 rows with 2 of interest (mean 0.2) to 9 rows with 2 (mean 2/9)
        assertEquals((2.0 / 9 - 0.2) / 1, PrimObjective.LENIENT1.score(10, 2, 9, 2), EPS);
        assertEquals(9 * (2.0 / 9 - 0.2) / 1, PrimObjective.LENIENT2.score(10, 2, 9, 2), EPS);
        assertEquals(2.0 / 9, PrimObjective.ORIGINAL.score(10, 2, 9, 2), EPS);
        // removing 4 rows with 1 of interest: (1/6 - 0.2) / 4 < 0
        assertEquals((1.0 / 6 - 0.2) / 4, PrimObjective.LENIENT1.score(10, 2, 6, 1), EPS);
        assertEquals(0.0, PrimObjective.LENIENT1.score(10, 2, 10, 2), EPS);
        assertEquals(-1.0, PrimObjective.ORIGINAL.score(10, 2, 0, 0), EPS);
    }

    @Test
    void onePeelStepTakesTheSideWithTheBestGainPerRow() {
        // x = 1..10, of interest at x = 9 and 10
        double[] y = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1};
        PrimTrajectory t = Prim.builder().peelAlpha(0.1).build().find(oneFactor(0, 11, range(1, 10), y));
        PrimStep first = t.step(1);
        // lower peel at 1.5 keeps 9 rows with 2 of interest: gain (2/9 - 2/10) / 1 > 0;
        // upper peel at 9.5 keeps 9 rows with 1: a loss. The lower one is taken.
        assertEquals(PrimStep.Phase.PEEL, first.phase());
        assertEquals(1.5, first.box().lower(0), EPS);
        assertEquals(11, first.box().upper(0), EPS);
        assertEquals(9, first.rows());
        assertEquals(1.0, first.coverage(), EPS);
        assertEquals(2.0 / 9, first.density(), EPS);
        assertEquals(0.9, first.mass(), EPS);
        assertEquals(1, first.restricted());
    }

    @Test
    void theTrajectoryPeelsRowByRowDownToTheCasesOfInterest() {
        double[] y = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1};
        PrimTrajectory t = Prim.builder().build().find(oneFactor(0, 11, range(1, 10), y));
        // step k keeps x >= k + 0.5: 10 - k rows, both cases of interest, until only 9 and 10 are left
        assertEquals(9, t.size());
        assertEquals(8, t.peelingEnd(), "nothing pasted: widening to 7.5 would lower the density");
        for (int k = 0; k <= 8; k++) {
            PrimStep s = t.step(k);
            assertEquals(k, s.index());
            assertEquals(10 - k, s.rows());
            assertEquals(k == 0 ? 0 : k + 0.5, k == 0 ? 0 : s.box().lower(0), EPS);
            assertEquals(1.0, s.coverage(), EPS);
            assertEquals(2.0 / (10 - k), s.density(), EPS);
            assertEquals((10 - k) / 10.0, s.mass(), EPS);
            assertEquals(k == 0 ? 0 : 1, s.restricted());
        }
        assertArrayEquals(new int[] {8, 9}, t.rowsIn(8));
    }

    @Test
    void theMinimumMassStopsPeeling() {
        double[] y = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1};
        PrimTrajectory t = Prim.builder().massMin(0.3).build().find(oneFactor(0, 11, range(1, 10), y));
        // the box {9, 10} would have mass 0.2 < 0.3: peeling stops at {8, 9, 10}
        assertEquals(8, t.size());
        assertEquals(7.5, t.last().box().lower(0), EPS);
        assertEquals(0.3, t.last().mass(), EPS);
    }

    @Test
    void quasiPValuesOfBothSidesAreOneSidedBinomialTests() {
        // x = 1..10, of interest at 5 and 6. The upper side is peeled first (ties go to the upper
        // side, as in the EMA Workbench) down to 6.5, then the lower side up to 4.5.
        double[] y = {0, 0, 0, 0, 1, 1, 0, 0, 0, 0};
        PrimTrajectory t = Prim.builder().build().find(oneFactor(0, 11, range(1, 10), y));
        double[] uppers = {11, 9.5, 8.5, 7.5, 6.5, 6.5, 6.5, 6.5, 6.5};
        double[] lowers = {0, 0, 0, 0, 0, 1.5, 2.5, 3.5, 4.5};
        assertEquals(9, t.size());
        for (int k = 0; k < 9; k++) {
            assertEquals(uppers[k], t.step(k).box().upper(0), EPS, "upper limit of box " + k);
            assertEquals(lowers[k], t.step(k).box().lower(0), EPS, "lower limit of box " + k);
        }
        BoxInspection last = t.inspect(8);
        assertEquals(1, last.limits().size());
        DimensionLimit x = last.limits().get(0);
        assertEquals("4.5 <= x <= 6.5", x.condition());
        // The box holds T = 2 rows, H = 2 of interest. Without its lower limit it holds rows 1..6:
        // p = 2/6, and P(X >= 2) for X ~ Binomial(2, 1/3) is 1/9. The upper side is the mirror.
        assertEquals(1.0 / 9, x.qpLower(), 1e-12);
        assertEquals(1.0 / 9, x.qpUpper(), 1e-12);
        // Box 4 (x <= 6.5, 6 rows, 2 of interest) against the whole table (p = 0.2):
        // P(X >= 2) for Binomial(6, 0.2) = 1 - 0.8^6 - 6 * 0.2 * 0.8^5 = 0.34464
        DimensionLimit upperOnly = t.inspect(4).limits().get(0);
        assertEquals(0.34464, upperOnly.qpUpper(), 1e-12);
        assertTrue(Double.isNaN(upperOnly.qpLower()), "the lower side is not restricted");
    }

    @Test
    void theBinomialTailMatchesHandValues() {
        assertEquals(5.0 / 16, PrimTrajectory.binomialAtLeast(3, 4, 0.5), 1e-14);
        assertEquals(1.0, PrimTrajectory.binomialAtLeast(0, 4, 0.3), 0);
        assertEquals(0.0, PrimTrajectory.binomialAtLeast(5, 4, 0.3), 0);
        assertEquals(0.3 * 0.3 * 0.3, PrimTrajectory.binomialAtLeast(3, 3, 0.3), 1e-15);
        assertEquals(0.0, PrimTrajectory.binomialAtLeast(1, 3, 0.0), 0);
        assertEquals(1.0, PrimTrajectory.binomialAtLeast(3, 3, 1.0), 0);
    }

    @Test
    void aCategoricalPeelRemovesTheLevelWithTheBestGainPerRow() {
        // rows: a a b b c c, of interest: 1 1 1 0 0 0
        FactorSpec c = FactorSpec.categorical("c", List.of("a", "b", "c"));
        DiscoveryTable table = DiscoveryTable.builder()
                .factor(c, new String[] {"a", "a", "b", "b", "c", "c"})
                .outcome("WAR", new double[] {1, 1, 1, 0, 0, 0}).build();
        PrimTrajectory t = Prim.builder().build().find(table);
        // removing c: mean 3/4, gain (3/4 - 1/2) / 2 = 1/8; removing b: gain 0; removing a: a loss
        assertEquals(List.of("a", "b"), t.step(1).box().levels(0));
        assertEquals(4, t.step(1).rows());
        // then removing b: mean 1, gain (1 - 3/4) / 2 = 1/8
        assertEquals(List.of("a"), t.step(2).box().levels(0));
        assertEquals("c = a", t.step(2).box().condition(0));
        assertEquals(3, t.size());
        // quasi-p of {a}: relaxed to all six rows, p = 1/2; T = H = 2: P(X >= 2) = 1/4
        assertEquals(0.25, t.inspect(2).limits().get(0).qpLower(), 1e-12);
        assertTrue(Double.isNaN(t.inspect(2).limits().get(0).qpUpper()));
    }

    @Test
    void anIntegerPeelMovesTheLimitToAnObservedValue() {
        // k = 0..9, of interest at 8 and 9. The 0.05 quantile is 0.5, whose floor removes nothing,
        // so the lowest value present goes: the new lower limit is the smallest value kept, 1.
        DiscoveryTable table = DiscoveryTable.builder()
                .factor(FactorSpec.integer("k", 0, 9), range(0, 9))
                .outcome("WAR", new double[] {0, 0, 0, 0, 0, 0, 0, 0, 1, 1}).build();
        PrimTrajectory t = Prim.builder().build().find(table);
        assertEquals(1, t.step(1).box().lower(0), EPS);
        assertEquals(2, t.step(2).box().lower(0), EPS);
        assertEquals(8, t.last().box().lower(0), EPS);
        assertEquals("k >= 8", t.last().box().describe());
        assertEquals(1.0, t.last().density(), EPS);
    }

    @Test
    void pastingWidensASideWhenTheSliceRaisesTheDensity() {
        // x = 1..10, of interest at 3, 4 and 6; peel alpha 0.4, paste alpha 0.2.
        double[] y = {0, 0, 1, 1, 0, 1, 0, 0, 0, 0};
        Prim prim = Prim.builder().peelAlpha(0.4).pasteAlpha(0.2).massMin(0.1).build();
        PrimTrajectory t = prim.find(oneFactor(0, 11, range(1, 10), y));
        // Peel 1: the upper cut at position 9 * 0.6 = 5.4 is 6.5; rows 1..6 hold all 3 cases
        // (gain (3/6 - 3/10) / 4); the lower cut 4.5 would lose two.
        assertEquals(6.5, t.step(1).box().upper(0), EPS);
        // Peel 2: among 1..6 the lower cut at position 2 is 3.5 (3 and the next value 4); rows
        // 4, 5, 6 hold 2 cases: gain (2/3 - 1/2) / 3. Then every peel loses a case.
        assertEquals(3.5, t.step(2).box().lower(0), EPS);
        assertEquals(2, t.peelingEnd());
        // Paste: below 3.5 lie 1, 2, 3; their 0.8 quantile (position 1.6) is 2.5, which adds row 3:
        // density 3/4 > 2/3, gain (3/4 - 2/3) / 1. Above 6.5, the 0.2 quantile of 7..10 is 7.5,
        // which adds row 7 and lowers the density.
        assertEquals(4, t.size());
        PrimStep pasted = t.step(3);
        assertEquals(PrimStep.Phase.PASTE, pasted.phase());
        assertEquals(2.5, pasted.box().lower(0), EPS);
        assertEquals(6.5, pasted.box().upper(0), EPS);
        assertEquals(4, pasted.rows());
        assertEquals(0.75, pasted.density(), EPS);
        assertEquals(1.0, pasted.coverage(), EPS);
        // The second paste would add row 2 (density 3/5) or row 7 (3/5): both lower it, so pasting stops.
    }

    @Test
    void coveringFindsTheSecondBoxAfterRemovingTheFirst() {
        // c = p: x = 1..10, of interest at x >= 8 (3 rows); c = q: x = 1..10, of interest at x <= 2.
        double[] x = new double[20];
        String[] c = new String[20];
        double[] y = new double[20];
        for (int i = 0; i < 10; i++) {
            x[i] = i + 1;
            c[i] = "p";
            y[i] = i + 1 >= 8 ? 1 : 0;
            x[10 + i] = i + 1;
            c[10 + i] = "q";
            y[10 + i] = i + 1 <= 2 ? 1 : 0;
        }
        DiscoveryTable table = DiscoveryTable.builder()
                .factor(FactorSpec.real("x", 0, 11), x)
                .factor(FactorSpec.categorical("c", List.of("p", "q")), c)
                .outcome("WAR", y).build();
        PrimCovering covering = Prim.builder().threshold(0.9).build().cover(table, 5, BoxSelector.last());
        assertEquals(2, covering.boxes().size());
        assertEquals(PrimCovering.StopReason.NO_INTEREST_LEFT, covering.stop());
        // Box 1: removing level q gains (3/10 - 5/20) / 10; then lower peels up to 7.5.
        PrimStep first = covering.boxes().get(0).step();
        assertEquals("x >= 7.5 and c = p", first.box().describe());
        assertEquals(3.0 / 5, first.coverage(), EPS);
        assertEquals(1.0, first.density(), EPS);
        assertEquals(3.0 / 20, first.mass(), EPS);
        // Box 2 is found on the 17 rows left: removing p gains (2/10 - 2/17) / 7, then upper peels.
        PrimCovering.CoveredBox second = covering.boxes().get(1);
        assertEquals(17, second.trajectory().baseRows().length);
        assertEquals(17, second.trajectory().step(0).rows());
        assertEquals("x <= 2.5 and c = q", second.step().box().describe());
        assertEquals(2.0 / 5, second.step().coverage(), EPS, "coverage stays relative to the whole table");
        assertEquals(2.0 / 20, second.step().mass(), EPS);
        assertEquals(1.0, covering.totalCoverage(), EPS);
        assertEquals(2, second.number());
    }

    @Test
    void coveringStopsAtABoxBelowTheThreshold() {
        double[] y = {0, 0, 0, 0, 1, 0, 0, 0, 0, 0};
        // one case of interest: at mass >= 0.5 no box is more than 1/5 dense
        PrimCovering covering = Prim.builder().massMin(0.5).threshold(0.5).build()
                .cover(oneFactor(0, 11, range(1, 10), y), 3, BoxSelector.last());
        assertTrue(covering.boxes().isEmpty());
        assertEquals(PrimCovering.StopReason.BELOW_THRESHOLD, covering.stop());
        assertTrue(covering.rejected().isPresent());
        assertTrue(covering.rejected().get().last().mass() >= 0.5);
    }

    @Test
    void theSelectorsPickTheDocumentedBox() {
        double[] y = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1};
        PrimTrajectory t = Prim.builder().build().find(oneFactor(0, 11, range(1, 10), y));
        assertEquals(8, BoxSelector.last().select(t));
        // every box has coverage 1, and boxes 6, 7, 8 are at least half dense: on equal coverage
        // the denser box wins, which is the last
        assertEquals(8, BoxSelector.maxCoverage(0.5).select(t));
        assertEquals(3, BoxSelector.at(3).select(t));
        assertEquals(8, BoxSelector.at(99).select(t));
        assertFalse(t.step(0).box().isRestricted(0));
    }
}
