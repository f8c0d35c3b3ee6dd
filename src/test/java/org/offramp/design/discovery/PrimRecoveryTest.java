package org.offramp.design.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * PRIM recovers a known box: of interest iff 0.2 <= x1 <= 0.5, x2 >= 0.7 and c in {a, b}, among
 * the noise factors x3, x4 (real), k (integer) and b (boolean). The selected box must restrict
 * exactly x1, x2 and c, with each limit within the stated tolerance of the truth.
 */
class PrimRecoveryTest {

    private static void assertRecovered(BoxInspection box, double tolerance) {
        Box b = box.step().box();
        assertEquals(List.of(0, 1, 6), b.restrictedFactors(), "restricted: " + b.describe());
        assertEquals(0.2, b.lower(0), tolerance, "x1 lower");
        assertEquals(0.5, b.upper(0), tolerance, "x1 upper");
        assertEquals(0.7, b.lower(1), tolerance, "x2 lower");
        assertTrue(!b.restrictsUpper(1), "x2 upper must stay open: " + b.describe());
        assertEquals(List.of("a", "b"), b.levels(6));
        // every restriction is significant
        for (DimensionLimit d : box.limits()) {
            assertTrue(d.qpMin() < 1e-6, d.condition() + " has quasi-p " + d.qpMin());
        }
    }

    @Test
    void recoversTheBoxWithinTwoHundredthsWithoutLabelNoise() {
        DiscoveryTable table = Synthetic.knownBox(2000, 0.0, 7);
        PrimTrajectory t = Prim.builder().build().find(table);
        int chosen = BoxSelector.maxCoverage(0.95).select(t);
        BoxInspection box = t.inspect(chosen);
        assertRecovered(box, 0.02);
        assertTrue(box.step().coverage() >= 0.95, "coverage " + box.step().coverage());
        assertTrue(box.step().density() >= 0.95, "density " + box.step().density());
    }

    @Test
    void recoversTheBoxWithinFourHundredthsWithFivePercentLabelNoise() {
        DiscoveryTable table = Synthetic.knownBox(4000, 0.05, 11);
        PrimTrajectory t = Prim.builder().build().find(table);
        int chosen = BoxSelector.maxCoverage(0.85).select(t);
        assertRecovered(t.inspect(chosen), 0.04);
    }

    @Test
    void theTrueFactorsAreStableUnderResamplingAndTheNoiseIsNot() {
        DiscoveryTable table = Synthetic.knownBox(2000, 0.0, 7);
        Prim prim = Prim.builder().build();
        PrimTrajectory t = prim.find(table);
        int chosen = BoxSelector.maxCoverage(0.95).select(t);
        PrimStability s = prim.stability(t, chosen, 10, 0.5, 2024);
        double[] coverage = s.reproduceCoverage();
        for (int f : new int[] {0, 1, 6}) {
            assertTrue(coverage[f] >= 0.9, table.factor(f).name() + " reproduced in " + coverage[f]);
        }
        assertEquals(1.0, coverage[0], 0.0, "a share of 10 resamples is counted, not summed in tenths");
        for (int f : new int[] {2, 3, 4, 5}) {
            assertTrue(coverage[f] <= 0.3, table.factor(f).name() + " reproduced in " + coverage[f]);
        }
        assertEquals(s, prim.stability(t, chosen, 10, 0.5, 2024), "the same seed gives the same scores");
        assertEquals(List.of(0, 1, 6), s.order().subList(0, 3).stream().sorted().toList());
    }
}
