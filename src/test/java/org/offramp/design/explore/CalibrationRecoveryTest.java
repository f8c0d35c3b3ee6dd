package org.offramp.design.explore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.offramp.experiment.ProgressListener;
import org.offramp.experiment.RunModel;
import org.offramp.model.Model;
import org.offramp.model.Models;
import org.offramp.model.Scenario;
import org.offramp.scenario.ScenarioLoader;

/**
 * Calibration recovers known parameters. On the tiny test model (a coin flipped daily until three
 * heads), the target statistics are simulated at known values, coin.heads = 0.12 and a horizon of 20
 * days, from 400 runs, each with its standard error as the uncertainty; ABC-SMC (and, for the real
 * parameter alone, simulated moments) then fit both from the statistics alone, at a fixed master
 * seed, and the truth must lie inside each reported 95% interval. The figures are in docs/discovery.md.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CalibrationRecoveryTest {
    static final Model<?> TINY = Models.get("tiny");
    static final double HEADS = 0.12;
    static final int HORIZON = 20;
    static final int OBSERVED_RUNS = 400;
    @TempDir
    static Path dir;
    private String file;
    private CalibrationExperiments.CalibrationRun abc;

    /** The statistics of 400 runs at the truth, and their standard errors, as a calibration file. */
    @BeforeAll
    void simulateTheTargetsAndCalibrate() {
        Scenario truth = ScenarioLoader.embedded(TINY, "baseline").with("coin.heads", HEADS)
                .with("run.horizonDays", HORIZON);
        List<Statistic> stats = List.of(Statistic.parse(TINY.record(), "share(WIN)"),
                Statistic.parse(TINY.record(), "mean(heads)"), Statistic.parse(TINY.record(), "share(FIRST_HEAD_BY_DAY_4)"));
        double[] sum = new double[3];
        double[] sq = new double[3];
        for (int i = 0; i < OBSERVED_RUNS; i++) {
            var r = TINY.runRecord(truth, org.offramp.random.Seeds.runSeed(424242, i));
            for (int k = 0; k < 3; k++) {
                double v = stats.get(k).value(r);
                sum[k] += v;
                sq[k] += v * v;
            }
        }
        StringBuilder targets = new StringBuilder();
        String[] names = {"wins", "heads", "early"};
        for (int k = 0; k < 3; k++) {
            double mean = sum[k] / OBSERVED_RUNS;
            double se = Math.sqrt((sq[k] / OBSERVED_RUNS - mean * mean) / OBSERVED_RUNS);
            targets.append(String.format(Locale.ROOT, "  - {name: %s, statistic: \"%s\", value: %s, sd: %s}%n",
                    names[k], stats.get(k).text(), mean, se));
        }
        file = String.join("\n", "model: tiny", "experiment: coin-fit", "kind: calibrate", "scenario: baseline",
                "seed: 20190517", "runs: 50", "parameters:",
                "  - {path: coin.heads, from: 0.01, to: 0.4, truth: " + HEADS + "}",
                "  - {path: run.horizonDays, from: 5, to: 40, truth: " + HORIZON + "}",
                "targets:", targets.toString(), "abc: {particles: 150, generations: 5}", "");
        abc = CalibrationExperiments.run(load(file).withThreads(2), dir.resolve("abc"), RunModel.of(TINY),
                ProgressListener.NONE, null);
    }

    static CalibrationSpec load(String yaml) {
        return CalibrationSpecLoader.load(yaml, "coin-fit.yaml", Path.of("."));
    }

    @Test
    void abcSmcRecoversBothParametersInsideTheir95PercentIntervals() {
        double[] lo = abc.lower();
        double[] hi = abc.upper();
        System.out.printf(Locale.ROOT, "ABC: coin.heads %.4f [%.4f, %.4f], run.horizonDays %.0f [%.0f, %.0f], %d runs%n",
                abc.fit()[0], lo[0], hi[0], abc.fit()[1], lo[1], hi[1], abc.runs());
        assertTrue(lo[0] <= HEADS && HEADS <= hi[0], "coin.heads [" + lo[0] + ", " + hi[0] + "]");
        assertTrue(lo[1] <= HORIZON && HORIZON <= hi[1], "run.horizonDays [" + lo[1] + ", " + hi[1] + "]");
        // And informative: narrower than the priors [0.01, 0.4] and [5, 40] (a posterior the targets do not
        // inform has a 95% interval about 95% as wide as its prior). Heads to under a third of its prior; the
        // horizon less, since a longer horizon and a smaller chance of heads give similar statistics.
        assertTrue(hi[0] - lo[0] < 0.39 / 3, "coin.heads interval " + (hi[0] - lo[0]));
        assertTrue(hi[1] - lo[1] < 0.7 * 35, "run.horizonDays interval " + (hi[1] - lo[1]));
        assertEquals(Math.rint(abc.fit()[1]), abc.fit()[1], "an integer's fit is whole");
        assertTrue(abc.markdown().contains("| `coin.heads` | [0.01, 0.4] |"), abc.markdown());
    }

    @Test
    void theFitIsAScenarioFileThatLoadsToTheFittedScenarioAndAnExperimentFile() throws Exception {
        Path scenario = dir.resolve("abc").resolve(CalibrationExperiments.FIT_SCENARIO);
        Scenario loaded = ScenarioLoader.load(scenario);
        assertEquals(abc.fitted().contentHash(), loaded.contentHash());
        assertEquals(abc.fit()[0], loaded.get("coin.heads"));
        assertEquals(abc.fit()[1], loaded.get("run.horizonDays"));
        String text = Files.readString(scenario);
        assertTrue(text.contains("model: tiny\nscenario: \"coin-fit-fit\"\n"), text);
        assertTrue(text.contains("extends: \"baseline\"\n"), text);
        String experiment = Files.readString(dir.resolve("abc").resolve(CalibrationExperiments.FIT_EXPERIMENT));
        assertTrue(experiment.contains("scenario: fit-scenario.yaml\nruns: 10000\nseed: 20190517\n"), experiment);
        for (String f : List.of("abc-posterior.csv", "abc-posterior.md", "abc-trace.csv", "abc-sample.csv",
                "abc-targets.csv", "abc-trace.png", "abc-posterior.svg", "calibration.md", "provenance.json")) {
            assertTrue(Files.isRegularFile(dir.resolve("abc").resolve(f)), f);
        }
        String summary = Files.readString(dir.resolve("abc/calibration.md"));
        assertTrue(summary.contains("| yes |"), summary);
        assertTrue(summary.contains("`share(FIRST_HEAD_BY_DAY_4)`"), summary);
    }

    @Test
    void theResultDoesNotDependOnTheThreadCount() {
        CalibrationExperiments.CalibrationRun one = CalibrationExperiments.run(load(file).withThreads(1), null,
                RunModel.of(TINY), ProgressListener.NONE, null);
        assertArrayEquals(abc.fit(), one.fit());
        assertArrayEquals(abc.lower(), one.lower());
        assertArrayEquals(abc.upper(), one.upper());
        assertArrayEquals(abc.abc().weights(), one.abc().weights());
        assertArrayEquals(abc.check(), one.check());
        assertEquals(abc.markdown(), one.markdown());
    }

    @Test
    void simulatedMomentsRecoverTheRealParameter() {
        String msm = file.replace("  - {path: run.horizonDays, from: 5, to: 40, truth: " + HORIZON + "}\n", "")
                .replace("scenario: baseline", "scenario: baseline\noverrides: {run.horizonDays: " + HORIZON + "}")
                .replace("abc: {particles: 150, generations: 5}", "method: msm\nmsm: {replications: 4, evaluations: 150}");
        CalibrationExperiments.CalibrationRun r = CalibrationExperiments.run(load(msm).withThreads(2), dir.resolve("msm"),
                RunModel.of(TINY), ProgressListener.NONE, null);
        System.out.printf(Locale.ROOT, "MSM: coin.heads %.4f [%.4f, %.4f], %d evaluations%n", r.fit()[0], r.lower()[0],
                r.upper()[0], r.msm().evaluations());
        assertTrue(r.lower()[0] <= HEADS && HEADS <= r.upper()[0], "[" + r.lower()[0] + ", " + r.upper()[0] + "]");
        assertTrue(r.upper()[0] - r.lower()[0] < 0.1, "width " + (r.upper()[0] - r.lower()[0]));
        assertTrue(Files.isRegularFile(dir.resolve("msm/msm.md")));
        CalibrationExperiments.CalibrationRun one = CalibrationExperiments.run(load(msm).withThreads(1), null,
                RunModel.of(TINY), ProgressListener.NONE, null);
        assertArrayEquals(r.fit(), one.fit(), "the same fit on one thread");
    }
}
