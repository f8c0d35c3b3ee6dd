package org.offramp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offramp.design.explore.CalibrationSpec;
import org.offramp.design.explore.CalibrationSpecLoader;
import org.offramp.model.Scenario;
import org.offramp.scenario.ScenarioLoader;

/**
 * The Tanker War through the commands of scenario discovery, calibration and back-testing, in small
 * runs at fixed seeds: a Latin hypercube whose box of CEASEFIRE restricts the war position's drift
 * (the model's acceptance follows Iran's land war), a simulated-moments fit on the pre-period whose
 * interval holds the hand value and whose fit runs as printed, a back-test of 100 runs written the
 * same on one and two threads, and the shipped calibration file, which may see the pre-period only.
 */
class TankerWarExploreCommandsTest {
    @TempDir
    static Path tmp;

    @Test
    void discoverFindsThatCeasefiresNeedTheWarPositionToFall() throws IOException {
        Path file = Files.writeString(tmp.resolve("tw-ceasefire.yaml"), String.join("\n",
                "model: tankerwar",
                "experiment: tw-ceasefire",
                "kind: discover",
                "scenario: baseline",
                "seed: 7",
                "measures: [CEASEFIRE, STALEMATE]",
                "measure: CEASEFIRE",
                "points: 30",
                "runs: 5",
                "factors:",
                "  - {path: iran.warPosition.drift, from: -0.001, to: 0}",
                "  - {path: washington.restraint, from: 0.5, to: 1}",
                "prim:",
                "  density: 0.9",
                "  resamples: 4",
                ""));
        Path out = tmp.resolve("discover-2");
        Cli.Result r = Cli.run("discover", file.toString(), "--out", out.toString(), "--quiet", "--threads", "2", "--rsa");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().startsWith("discover tw-ceasefire · scenario baseline · Latin hypercube, 30 points x 5 runs"),
                r.out());
        // A falling war position is what brings Tehran to accept: the box bounds the drift from above and
        // leaves restraint free, and regional sensitivity ranks the drift first.
        assertTrue(r.out().contains("| `iran.warPosition.drift` | [-0.001, 0] | iran.warPosition.drift <= -0.000"),
                r.out());
        assertTrue(r.out().lines().noneMatch(l -> l.startsWith("| `washington.restraint` | [0.5, 1] | washington")),
                r.out());
        List<String> rsa = Files.readAllLines(out.resolve("rsa.csv"));
        assertTrue(rsa.get(1).startsWith("iran.warPosition.drift,"), rsa.toString());
        assertEquals(1 + 150, Files.readAllLines(out.resolve("discovery-runs.csv")).size());
        Path one = tmp.resolve("discover-1");
        Cli.Result r1 = Cli.run("discover", file.toString(), "--out", one.toString(), "--quiet", "--threads", "1", "--rsa");
        assertEquals(0, r1.code(), r1::toString);
        for (String f : List.of("discovery-runs.csv", "prim-box.csv", "rsa.csv")) {
            assertEquals(Files.readString(out.resolve(f)), Files.readString(one.resolve(f)), f);
        }
    }

    @Test
    void calibrateFitsIraqsTempoOnThePreperiodAndItsFitRunsAsPrinted() throws IOException {
        Path file = Files.writeString(tmp.resolve("tw-iraq.yaml"), String.join("\n",
                "model: tankerwar",
                "experiment: tw-iraq",
                "kind: calibrate",
                "scenario: preperiod",
                "seed: 1987",
                "method: msm",
                "runs: 20",
                "parameters:",
                "  - {path: iraq.propensity.airStrikeShipping, from: -3.5, to: 0.5}",
                "targets:",
                "  - {name: iraqi, statistic: mean(iraqi_attacks), value: 36.5, sd: 13.3}",
                "msm: {replications: 2, evaluations: 20}",
                ""));
        Path out = tmp.resolve("calibrate");
        Cli.Result r = Cli.run("calibrate", file.toString(), "--out", out.toString(), "--quiet", "--threads", "2");
        assertEquals(0, r.code(), r::toString);
        List<String> row = List.of(Files.readAllLines(out.resolve("msm.csv")).get(1).split(","));
        assertEquals("iraq.propensity.airStrikeShipping", row.get(0));
        double lower = Double.parseDouble(row.get(5));
        double upper = Double.parseDouble(row.get(6));
        // T1 alone (5.5 +- 2 a month over 202 days) pins the propensity to about +-0.5: the interval is
        // narrower than the prior and holds the hand value -1.55.
        assertTrue(lower < -1.55 && -1.55 < upper, "the hand value in [" + lower + ", " + upper + "]");
        assertTrue(upper - lower < 0.6 * 4, "narrower than the prior: [" + lower + ", " + upper + "]");
        Scenario fitted = ScenarioLoader.load(out.resolve("fit-scenario.yaml"));
        assertEquals(202.0, fitted.get("run.horizonDays"), "the fit extends the preperiod");
        String line = r.out().lines().filter(l -> l.startsWith("the fit  ")).findFirst()
                .orElseThrow(() -> new AssertionError(r.out())).substring("the fit  ".length())
                .replaceAll("\\s+\\(writes .*$", "");
        Path runOut = tmp.resolve("fit-run");
        String[] args = Cli.printedArgs(line);
        String[] shortened = java.util.stream.Stream.concat(java.util.Arrays.stream(args),
                java.util.stream.Stream.of("--runs", "20", "--out", runOut.toString(), "--quiet", "--no-charts"))
                .toArray(String[]::new);
        Cli.Result run = Cli.run(shortened);
        assertEquals(0, run.code(), run::toString);
        assertEquals(1 + 20, Files.readAllLines(runOut.resolve("runs.csv")).size());
    }

    @Test
    void backtestOfASmallForecastIsTheSameOnOneAndTwoThreads() throws IOException {
        String shipped = Files.readString(Path.of("experiments", "tankerwar-backtest.yaml"), StandardCharsets.UTF_8);
        assertTrue(shipped.contains("\nruns: 2000\n"), "the shipped file's runs line");
        Path file = Files.writeString(tmp.resolve("tw-backtest.yaml"), shipped.replace("\nruns: 2000\n", "\nruns: 100\n"));
        Path two = tmp.resolve("backtest-2.md");
        Path one = tmp.resolve("backtest-1.md");
        Cli.Result r2 = Cli.run("backtest", file.toString(), "--out", two.toString(), "--quiet", "--threads", "2");
        assertEquals(0, r2.code(), r2::toString);
        assertTrue(r2.out().startsWith("backtest tankerwar · 100 runs · total log score  model "), r2.out());
        Cli.Result r1 = Cli.run("backtest", file.toString(), "--out", one.toString(), "--quiet", "--threads", "1");
        assertEquals(0, r1.code(), r1::toString);
        String doc = Files.readString(two);
        assertEquals(doc, Files.readString(one));
        assertTrue(doc.contains("| CEASEFIRE | "), doc);
        assertTrue(doc.contains("| **total** | "), doc);
    }

    @Test
    void theShippedCalibrationFitsTheHandCalibratedPropensitiesOnThePreperiodOnly() {
        CalibrationSpec spec = CalibrationSpecLoader.load(Path.of("experiments", "calibrate-tankerwar.yaml"));
        assertEquals("preperiod", spec.scenarioRef());
        assertEquals(202.0, spec.base().get("run.horizonDays"), "the 202 days before the cut-off");
        assertEquals(0.0, spec.base().get("convoy.enabled"), "no escort before the cut-off");
        assertEquals(List.of("iraq.propensity.airStrikeShipping", "irgc.propensity.boatAttack", "irgc.propensity.layMines"),
                spec.params().stream().map(p -> p.path()).toList());
        assertEquals(List.of(-1.55, -2.45, -4.6), spec.params().stream().map(p -> spec.base().get(p)).toList(),
                "the preperiod holds the hand values the fit is compared with");
        for (CalibrationSpec.FitParameter p : spec.parameters()) {
            double hand = spec.base().get(p.param());
            assertTrue(p.lower() < hand && hand < p.upper(), "the prior of " + p.param().path() + " holds " + hand);
        }
    }
}
