package org.offramp.design;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offramp.experiment.ProgressListener;
import org.offramp.model.Scenario;
import org.offramp.random.Seeds;
import org.offramp.scenario.Scenarios;
import org.offramp.standoff.Params;

class SweepTest {
    static final Measure WAR = Measure.parse("WAR");

    @Test
    void gridIsTheFullFactorialLastFactorFastest() {
        double[][] p = new Design.Grid().points(List.of(Factor.levels(Params.REGISTRY, "washington.restraint", List.of(0.2, 0.4)),
                Factor.evenly(Params.REGISTRY, "washington.punchInTheNose", 0, 1, 3)));
        assertEquals(6, p.length);
        assertArrayEquals(new double[] {0.2, 0.0}, p[0]);
        assertArrayEquals(new double[] {0.2, 0.5}, p[1]);
        assertArrayEquals(new double[] {0.4, 1.0}, p[5]);
    }

    @Test
    void latinHypercubePutsOnePointInEveryStratumAndIsReproducible() {
        List<Factor> f = List.of(Factor.range(Params.REGISTRY, "washington.restraint", 0, 1), Factor.range(Params.REGISTRY, "perception.noiseScale", 0, 10));
        double[][] p = new Design.LatinHypercube(50, 3).points(f);
        for (int d = 0; d < 2; d++) {
            boolean[] seen = new boolean[50];
            for (double[] x : p) {
                int stratum = (int) Math.floor((x[d] - f.get(d).lower()) / (f.get(d).upper() - f.get(d).lower()) * 50);
                assertTrue(!seen[stratum], "two points in stratum " + stratum);
                seen[stratum] = true;
            }
        }
        assertTrue(Arrays.deepEquals(p, new Design.LatinHypercube(50, 3).points(f)));
        assertTrue(!Arrays.deepEquals(p, new Design.LatinHypercube(50, 4).points(f)));
    }

    @Test
    void sobolStartsAfterTheZeroPointAndRoundsIntegers() {
        double[][] p = new Design.Sobol(3).points(List.of(Factor.range(Params.REGISTRY, "washington.restraint", 0, 1),
                Factor.range(Params.REGISTRY, "run.horizonDays", 100, 200)));
        assertArrayEquals(new double[] {0.5, 150}, p[0]);
        assertArrayEquals(new double[] {0.75, 125}, p[1]);   // 0.25 of 100..200 = 125
        assertEquals(p[2][1], Math.rint(p[2][1]));
    }

    @Test
    void sweepSharesMatchTheSeedsAndChartsAreWritten(@TempDir Path dir) throws Exception {
        Sweep s = Sweep.builder(Scenarios.load("baseline")).name("t")
                .factor(Factor.levels(Params.REGISTRY, "washington.restraint", List.of(0.2, 0.6)))
                .factor(Factor.levels(Params.REGISTRY, "washington.punchInTheNose", List.of(0.1, 0.5)))
                .runs(777).masterSeed(5).threads(2).build();
        SweepResult r = s.run(ThresholdModel.MODEL, ProgressListener.NONE);
        long expected = 0;
        for (int i = 0; i < 777; i++) {
            expected += ThresholdModel.u(Seeds.runSeed(5, i)) < 0.4 ? 1 : 0;
        }
        assertEquals(expected, r.count(0, WAR));   // restraint 0.2: WAR when u < 0.4
        assertEquals(r.count(0, WAR), r.count(1, WAR), "punchInTheNose does not act in the stand-in model");
        SweepWriter.write(r, dir, List.of("washington.restraint"), List.of(WAR),
                new String[] {"washington.restraint", "washington.punchInTheNose", "WAR"});
        assertEquals(5, Files.readString(dir.resolve("sweep.csv")).lines().count());
        assertTrue(Files.readString(dir.resolve("sweep.csv")).startsWith(
                "point,washington.restraint,washington.punchInTheNose,runs,WAR_share,WAR_lower,WAR_upper,"));
        assertTrue(Files.size(dir.resolve("heatmap-WAR.png")) > 1000);
        assertTrue(Files.exists(dir.resolve("series-washington-restraint.svg")));
        String csv1 = SweepWriter.csv(r);
        String csv2 = SweepWriter.csv(Sweep.builder(Scenarios.load("baseline")).name("t")
                .factor(Factor.levels(Params.REGISTRY, "washington.restraint", List.of(0.2, 0.6)))
                .factor(Factor.levels(Params.REGISTRY, "washington.punchInTheNose", List.of(0.1, 0.5)))
                .runs(777).masterSeed(5).threads(1).build().run(ThresholdModel.MODEL, ProgressListener.NONE));
        assertEquals(csv1, csv2);
    }

    @Test
    void factorsRefuseBadPathsAndValues() {
        assertThrows(IllegalArgumentException.class, () -> Factor.range(Params.REGISTRY, "washington.restrant", 0, 1));
        assertThrows(IllegalArgumentException.class, () -> Factor.range(Params.REGISTRY, "washington.restraint", 0, 2));
        assertThrows(IllegalArgumentException.class, () -> Factor.levels(Params.REGISTRY, "washington.restraint", List.of(0.5, 0.4)));
    }

    @Test
    void sensitivityOnTheStandInModelFindsRestraintAlone() {
        SensitivityResult r = Sensitivity.builder(Scenarios.load("baseline"))
                .factor(Factor.range(Params.REGISTRY, "washington.restraint", 0, 1))
                .factor(Factor.range(Params.REGISTRY, "washington.punchInTheNose", 0, 1))
                .samples(64).runsPerPoint(200).measures(List.of(WAR)).bootstrap(200).masterSeed(1).threads(2).build()
                .run(ThresholdModel.MODEL, ProgressListener.NONE);
        SobolIndices s = r.indices(WAR);
        // WAR's share is 0.5 (1 - restraint) up to common-seed noise: restraint explains nearly all.
        assertTrue(s.first()[0] > 0.9 && s.total()[0] > 0.9, Arrays.toString(s.first()));
        assertEquals(0.0, s.total()[1], 1e-12, "a parameter the model ignores has no total effect on common seeds");
        assertTrue(SensitivityWriter.csv(r).startsWith("measure,factor,first,"));
    }
}
