package org.offramp.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.offramp.model.Scenario;
import org.offramp.random.Seeds;
import org.offramp.scenario.Scenarios;
import org.offramp.standoff.Action;
import org.offramp.standoff.ElectionResult;
import org.offramp.standoff.Outcome;
import org.offramp.standoff.Rung;
import org.offramp.standoff.StandoffRecord;
import org.offramp.standoff.StandoffSchema;
import org.offramp.standoff.Successor;
import org.offramp.standoff.Trigger;
import org.offramp.stats.PrecisionTarget;

/**
 * Precision mode with a relative target, on a model whose shares are exact at every block boundary,
 * so the number of runs the stopping rule needs can be computed by hand: run {@code i} ends by
 * {@code i mod 400}: WAR for 0-79, DEAL for 80-99, CHAOS for 100, STALEMATE otherwise. Every block
 * of 400 runs thus holds WAR 20%, DEAL 5%, CHAOS 0.25%, STALEMATE 74.75%.
 */
class RelativePrecisionTest {
    private static final long MASTER = 77;
    private static final int PERIOD = 400;
    private static final int MAX = 40_000;
    private static final double Z = 1.959963984540054;   // the 97.5% normal quantile
    private static final Map<Long, Integer> INDEX = new HashMap<>();

    static {
        for (int i = 0; i < MAX; i++) {
            INDEX.put(Seeds.runSeed(MASTER, i), i);
        }
    }

    private static final RunModel PERIODIC = (scenario, seed) -> {
        int k = INDEX.get(seed) % PERIOD;
        Outcome o = k < 80 ? Outcome.WAR : k < 100 ? Outcome.DEAL : k == 100 ? Outcome.CHAOS : Outcome.STALEMATE;
        Trigger t = Arrays.stream(Trigger.values()).filter(x -> x.outcome() == o).findFirst().orElseThrow();
        int[] first = new int[Rung.COUNT];
        Arrays.fill(first, -1);
        first[0] = 0;
        return StandoffSchema.SCHEMA.toRecord(new StandoffRecord(seed, o, o == Outcome.STALEMATE ? 540 : 100, t, 0,
                first, false, false, 0, 0, 0, -1, -1, 0, -1, -1, -1, -1, -1, Successor.NONE, -1,
                ElectionResult.values()[0], 0, 0, 0.5, 0.5, 0.85, 12, 72, new int[Action.COUNT]));
    };

    private static final double[] SHARES = {80.0 / PERIOD, 20.0 / PERIOD, 1.0 / PERIOD, 299.0 / PERIOD};

    /** The Wilson interval's half-width and upper bound for share p of n runs, from its formula. */
    private static double[] wilson(double p, int n) {
        double d = 1 + Z * Z / n;
        double centre = (p + Z * Z / (2.0 * n)) / d;
        double half = Z * Math.sqrt(p * (1 - p) / n + Z * Z / (4.0 * n * n)) / d;
        return new double[] {half, Math.min(1, centre + half)};
    }

    /** The first multiple of the block size at which every share is within fraction r of itself or exempt. */
    private static int runsNeeded(double r, double floor) {
        for (int n = PERIOD; n <= MAX; n += PERIOD) {
            boolean all = true;
            for (double p : SHARES) {
                double[] w = wilson(p, n);
                all &= w[1] < floor || w[0] <= r * p;
            }
            if (all) {
                return n;
            }
        }
        return -1;
    }

    private static Experiment.Builder relative(double r, double floor) {
        return Experiment.builder(Scenarios.load("baseline")).precision(PrecisionTarget.relative(r, floor))
                .masterSeed(MASTER).blockSize(PERIOD).maxRuns(MAX).threads(2);
    }

    /**
     * At 10% with the 1% floor the DEAL share (5%) sets the pace: about z² 0.95 / (0.1² 0.05) = 7,300
     * runs, while CHAOS (0.25%) is exempt once its upper bound falls below 1%. The experiment stops at
     * the first block boundary where the formula says so, not one block earlier, and summary.json says
     * which rule it followed and how each outcome fared.
     */
    @Test
    void stopsAtTheFirstBlockWhereEveryShareIsWithinTenPercentOfItself() {
        int expected = runsNeeded(0.10, 0.01);
        assertTrue(expected > 7_000 && expected < 8_000, "the formula says " + expected);
        ExperimentResult r = relative(0.10, 0.01).build().run(PERIODIC);
        assertTrue(r.targetMet());
        assertEquals(expected, r.runs());
        JsonNode p = r.summary().path("precision");
        assertEquals("relative", p.path("mode").asText());
        assertEquals("10%", p.path("target").asText());
        assertEquals(0.10, p.path("relativeHalfWidth").asDouble(), 0.0);
        assertEquals(0.01, p.path("floor").asDouble(), 0.0);
        assertTrue(p.path("targetMet").asBoolean());
        assertEquals(expected, p.path("runsTaken").asLong());
        assertTrue(p.path("outcomes").path("CHAOS").path("exempt").asBoolean());
        for (String o : new String[] {"WAR", "DEAL", "STALEMATE"}) {
            JsonNode x = p.path("outcomes").path(o);
            assertFalse(x.path("exempt").asBoolean(), o);
            assertTrue(x.path("met").asBoolean(), o);
            assertTrue(x.path("halfWidth").asDouble() <= x.path("allowedHalfWidth").asDouble(), o);
        }
        assertEquals(0.10 * 0.05, p.path("outcomes").path("DEAL").path("allowedHalfWidth").asDouble(), 1e-12);

        // One block fewer misses the target: DEAL's interval is still wider than a tenth of 5%.
        ExperimentResult shorter = Experiment.builder(Scenarios.load("baseline")).runs(expected - PERIOD)
                .masterSeed(MASTER).build().run(PERIODIC);
        assertTrue(shorter.wilsonIntervals().get("DEAL").halfWidth() > 0.10 * 0.05);
    }

    /**
     * An absolute target of ±2 points is set by STALEMATE (about z² 0.19 / 0.02² = 1,800 runs) and stops
     * far earlier, when DEAL's interval is still twice as wide as a tenth of DEAL.
     */
    @Test
    void anAbsoluteTargetStopsWhereTheRelativeOneWouldNot() {
        ExperimentResult r = Experiment.builder(Scenarios.load("baseline")).targetHalfWidth(0.02).masterSeed(MASTER)
                .blockSize(PERIOD).threads(2).build().run(PERIODIC);
        assertTrue(r.targetMet());
        assertTrue(r.runs() < runsNeeded(0.10, 0.01) / 2, r.runs() + " runs");
        assertEquals("absolute", r.summary().at("/precision/mode").asText());
        assertEquals("0.02", r.summary().at("/precision/target").asText());
        assertEquals(2_000, r.runs());
        assertTrue(r.wilsonIntervals().get("DEAL").halfWidth() > 0.1 * 0.05 * 1.8, r.wilsonIntervals()::toString);
    }

    /**
     * With a floor of 0.1% CHAOS (0.25%) is no longer exempt; a tenth of 0.25% needs about 150,000
     * runs, so the cap of 40,000 stops the experiment, which says the target was not met and why.
     */
    @Test
    void aFloorBelowAShareMakesItCountAndTheCapIsReported() {
        assertEquals(-1, runsNeeded(0.10, 0.001));
        ExperimentResult r = relative(0.10, 0.001).build().run(PERIODIC);
        assertFalse(r.targetMet());
        assertEquals(MAX, r.runs());
        JsonNode chaos = r.summary().at("/precision/outcomes/CHAOS");
        assertFalse(chaos.path("exempt").asBoolean());
        assertFalse(chaos.path("met").asBoolean());
        assertTrue(r.summary().at("/precision/outcomes/DEAL/met").asBoolean());
    }

    /** The same stop for any thread count; and the target is part of the experiment's identity. */
    @Test
    void relativeModeIsDeterministicAndRecordedInTheIdentity() {
        ExperimentResult one = relative(0.2, 0.01).threads(1).build().run(PERIODIC);
        ExperimentResult four = relative(0.2, 0.01).threads(4).build().run(PERIODIC);
        assertEquals(runsNeeded(0.2, 0.01), one.runs());
        assertEquals(one.runs(), four.runs());
        Experiment e = relative(0.2, 0.01).build();
        assertEquals(0.2, e.identity().path("relativeHalfWidth").asDouble(), 0.0);
        assertEquals(0.01, e.identity().path("precisionFloor").asDouble(), 0.0);
        assertFalse(e.identity().has("targetHalfWidth"));
        assertEquals(0, e.targetHalfWidth(), 0.0);
        assertTrue(e.precisionMode());
        assertFalse(e.equals(relative(0.2, 0.02).build()));
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> relative(0.2, 0.01).runs(10).build());
        assertEquals("runs (10) and precision (20%) exclude each other: give one", ex.getMessage());
    }
}
