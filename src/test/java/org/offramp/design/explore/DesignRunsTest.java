package org.offramp.design.explore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.offramp.design.Design;
import org.offramp.design.DesignException;
import org.offramp.design.Factor;
import org.offramp.design.Measure;
import org.offramp.design.PolicySpec;
import org.offramp.design.PolicySpecLoader;
import org.offramp.design.Sweep;
import org.offramp.design.SweepResult;
import org.offramp.design.discovery.DiscoveryTable;
import org.offramp.design.discovery.FactorSpec;
import org.offramp.design.discovery.FactorType;
import org.offramp.experiment.ProgressListener;
import org.offramp.experiment.RunModel;
import org.offramp.model.Model;
import org.offramp.model.Models;
import org.offramp.model.RunRecord;
import org.offramp.model.Scenario;
import org.offramp.random.Seeds;
import org.offramp.scenario.ScenarioLoader;

/**
 * The runs of a design kept one by one, on the test-only tiny model (a coin flipped daily until three
 * heads): a sweep's own runs reproduce its counts, the per-run and per-point tables hold what the
 * runs say, seeds are as documented, and nothing depends on the thread count.
 */
class DesignRunsTest {
    static final Model<?> TINY = Models.get("tiny");
    static final Scenario BASE = ScenarioLoader.embedded(TINY, "baseline");
    static final Measure WIN = Measure.parse(TINY.record(), "WIN");
    static final Measure LUCKY = Measure.parse(TINY.record(), "LUCKY");

    static List<Factor> factors() {
        return List.of(Factor.range(BASE.parameters(), "coin.heads", 0.02, 0.4),
                Factor.range(BASE.parameters(), "run.horizonDays", 5, 40),
                Factor.range(BASE.parameters(), "coin.loaded", 0, 1));
    }

    static DesignRuns lhs(int threads, DesignRuns.Seeding seeding) {
        return DesignRuns.builder(BASE).factors(factors()).design(new Design.LatinHypercube(30, 7))
                .measures(List.of(WIN, LUCKY)).runsPerPoint(40).masterSeed(7).seeding(seeding).threads(threads)
                .run(RunModel.of(TINY), ProgressListener.NONE);
    }

    @Test
    void aSweepsOwnRunsGiveItsCountsAtEveryPoint() {
        Sweep sweep = Sweep.builder(BASE).factor(Factor.evenly(BASE.parameters(), "coin.heads", 0.05, 0.3, 4))
                .factor(Factor.levels(BASE.parameters(), "run.horizonDays", List.of(10.0, 30.0)))
                .measures(List.of(WIN, LUCKY)).runs(150).masterSeed(20190517).build();
        SweepResult r = sweep.run(ProgressListener.NONE);
        DesignRuns runs = DesignRuns.of(sweep, RunModel.of(TINY), ProgressListener.NONE);
        assertEquals(DesignRuns.Seeding.COMMON, runs.seeding());
        assertEquals(8, runs.pointCount());
        int total = 0;
        for (int p = 0; p < r.size(); p++) {
            assertEquals(r.count(p, WIN), runs.count(p, WIN), "point " + p);
            assertEquals(r.count(p, LUCKY), runs.count(p, LUCKY), "point " + p);
            assertArrayEquals(r.point(p), runs.point(p));
            total += runs.count(p, WIN);
        }
        DiscoveryTable perRun = runs.perRun(WIN);
        assertEquals(8 * 150, perRun.rows());
        assertTrue(perRun.isBinary());
        assertEquals(total, perRun.interestTotal());
        DiscoveryTable perPoint = runs.perPoint(WIN);
        assertEquals(8, perPoint.rows());
        assertEquals(r.share(5, WIN), perPoint.outcome(5));
        assertEquals(List.of("coin.heads", "run.horizonDays"), perPoint.factors().stream().map(FactorSpec::name).toList());
    }

    @Test
    void aSensitivityAnalysisRunsAreItsSaltelliPointsOnCommonSeeds() {
        PolicySpec.SensitivitySpec spec = (PolicySpec.SensitivitySpec) PolicySpecLoader.load(String.join("\n",
                "model: tiny", "experiment: s", "kind: sensitivity", "scenario: baseline", "seed: 3", "samples: 4",
                "runsPerPoint: 10", "measures: [WIN]", "factors:", "  - {path: coin.heads, from: 0.05, to: 0.3}",
                "  - {path: run.horizonDays, from: 10, to: 30}", ""), "s.yaml", java.nio.file.Path.of("."));
        DesignRuns runs = DesignRuns.of(spec, RunModel.of(TINY), ProgressListener.NONE);
        assertEquals(4 * (2 + 2), runs.pointCount());
        double[][][] unit = org.offramp.design.Sensitivity.saltelli(4, 2);
        assertEquals(spec.factors().get(0).at(unit[1][2][0]), runs.point(4 + 2)[0], "row 2 of B is point 6");
        Scenario s = BASE.with("coin.heads", runs.point(6)[0]).with("run.horizonDays", runs.point(6)[1]);
        for (int i = 0; i < 10; i++) {
            RunRecord rec = TINY.runRecord(s, Seeds.runSeed(3, i));
            assertEquals(WIN.test(rec), runs.has(6, i, WIN), "run " + i);
        }
    }

    @Test
    void independentSeedsAreDerivedPerPointAndEveryRowCanBeReplayed() {
        DesignRuns runs = lhs(2, DesignRuns.Seeding.INDEPENDENT);
        for (int p : new int[] {0, 13, 29}) {
            Scenario s = BASE;
            double[] v = runs.point(p);
            s = s.with("coin.heads", v[0]).with("run.horizonDays", v[1]).with("coin.loaded", v[2]);
            for (int i : new int[] {0, 17, 39}) {
                long seed = Seeds.runSeed(Seeds.runSeed(7, p), i);
                assertEquals(seed, runs.seed(p, i));
                RunRecord rec = TINY.runRecord(s, seed);
                assertEquals(WIN.test(rec), runs.has(p, i, WIN), "point " + p + " run " + i);
                assertEquals(LUCKY.test(rec), runs.has(p, i, LUCKY), "point " + p + " run " + i);
            }
        }
        assertEquals(Seeds.runSeed(7, 17), lhs(1, DesignRuns.Seeding.COMMON).seed(13, 17));
    }

    @Test
    void theRunsDoNotDependOnTheThreadCount() throws Exception {
        StringWriter one = new StringWriter();
        lhs(1, DesignRuns.Seeding.INDEPENDENT).writeCsv(one);
        StringWriter four = new StringWriter();
        lhs(4, DesignRuns.Seeding.INDEPENDENT).writeCsv(four);
        assertEquals(one.toString(), four.toString());
        String[] lines = one.toString().split("\n");
        assertEquals("point,run,seed,coin.heads,run.horizonDays,coin.loaded,WIN,LUCKY", lines[0]);
        assertEquals(1 + 30 * 40, lines.length);
        assertTrue(lines[1].startsWith("0,0," + Seeds.runSeed(Seeds.runSeed(7, 0), 0) + ","), lines[1]);
    }

    @Test
    void factorsBecomeDiscoveryFactorsOfTheirType() {
        DiscoveryTable t = lhs(2, DesignRuns.Seeding.INDEPENDENT).perRun(WIN);
        assertEquals(FactorSpec.real("coin.heads", 0.02, 0.4), t.factor(0));
        assertEquals(FactorSpec.integer("run.horizonDays", 5, 40), t.factor(1));
        assertEquals(FactorType.BOOLEAN, t.factor(2).type());
        for (int r = 0; r < t.rows(); r++) {
            assertEquals(Math.rint(t.value(1, r)), t.value(1, r));
        }
        assertNull(DesignRuns.factorSpec(Factor.levels(BASE.parameters(), "coin.heads", List.of(0.3))));
        assertNull(DesignRuns.factorSpec(Factor.levels(BASE.parameters(), "run.horizonDays", List.of(12.0))));
    }

    @Test
    void aFailingRunNamesItsPointRunAndSeedWhateverTheThreads() {
        long bad = Seeds.runSeed(Seeds.runSeed(7, 11), 23);
        RunModel failing = (s, seed) -> {
            if (seed == bad) {
                throw new IllegalStateException("boom");
            }
            return TINY.runRecord(s, seed);
        };
        for (int threads : new int[] {1, 3}) {
            DesignException e = assertThrows(DesignException.class, () -> DesignRuns.builder(BASE).factors(factors())
                    .design(new Design.LatinHypercube(30, 7)).measures(List.of(WIN)).runsPerPoint(40).masterSeed(7)
                    .threads(threads).run(failing, ProgressListener.NONE));
            assertEquals("run 23 (seed " + bad + ") of point 11 failed: java.lang.IllegalStateException: boom",
                    e.getMessage());
        }
    }

    @Test
    void badDesignsAreRefusedBeforeAnyRun() {
        RunModel never = (s, seed) -> {
            throw new AssertionError("no run may start");
        };
        assertThrows(IllegalStateException.class, () -> DesignRuns.builder(BASE).factors(factors())
                .measures(List.of(WIN)).runsPerPoint(2).masterSeed(1).run(never, ProgressListener.NONE));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DesignRuns.builder(BASE)
                .factors(factors()).points(new double[][] {{0.1, 10}}).measures(List.of(WIN)).runsPerPoint(2)
                .masterSeed(1).run(never, ProgressListener.NONE));
        assertEquals("point 0 must have 3 values (one per factor), but had 2", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> DesignRuns.builder(BASE).factors(factors())
                .design(new Design.LatinHypercube(100_000, 1)).measures(List.of(WIN)).runsPerPoint(51).masterSeed(1)
                .run(never, ProgressListener.NONE));
        assertTrue(e.getMessage().startsWith("a design keeps at most 5000000 runs"), e.getMessage());
        Measure war = Measure.parse(Models.defaultModel().record(), "WAR");
        e = assertThrows(IllegalArgumentException.class, () -> DesignRuns.builder(BASE).factors(factors())
                .design(new Design.LatinHypercube(3, 1)).measures(List.of(war)).runsPerPoint(2).masterSeed(1)
                .run(never, ProgressListener.NONE));
        assertTrue(e.getMessage().startsWith("measure WAR is not a measure of model tiny"), e.getMessage());
        DesignRuns runs = lhs(1, DesignRuns.Seeding.INDEPENDENT);
        assertThrows(IllegalArgumentException.class, () -> runs.perRun(Measure.parse(TINY.record(), "HEADS_AT_LEAST_2")));
        assertFalse(runs.toString().isEmpty());
    }
}
