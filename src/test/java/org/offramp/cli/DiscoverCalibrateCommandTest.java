package org.offramp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.offramp.model.Scenario;
import org.offramp.scenario.ScenarioLoader;

/**
 * {@code offramp discover} and {@code offramp calibrate} from the command line, on the test-only tiny
 * model (a coin flipped daily until three heads; a loaded coin shows heads every other day and wins
 * within five): the box a discovery prints and writes, its charts, the same folder read back with
 * {@code --from} for another measure, flags that change the analysis, bad input refused before
 * anything is written, and a calibration whose fit is a scenario file {@code offramp run} accepts as
 * printed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiscoverCalibrateCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String DISCOVER = String.join("\n",
            "model: tiny",
            "experiment: coin",
            "kind: discover",
            "scenario: baseline",
            "seed: 11",
            "measures: [WIN, LUCKY]",
            "points: 40",
            "runs: 20",
            "factors:",
            "  - {path: coin.heads, from: 0.02, to: 0.2}",
            "  - {path: run.horizonDays, from: 5, to: 40}",
            "  - {path: coin.loaded, from: false, to: true}",
            "prim:",
            "  density: 0.95",
            "  resamples: 4",
            "");

    @TempDir
    static Path tmp;
    private Path file;
    private Path out;
    private Cli.Result discover;

    @BeforeAll
    void discoverOnce() throws IOException {
        file = Files.writeString(tmp.resolve("coin.yaml"), DISCOVER);
        out = tmp.resolve("coin-results");
        discover = Cli.run("discover", file.toString(), "--out", out.toString(), "--quiet", "--threads", "2", "--rsa");
        assertEquals(0, discover.code(), discover::toString);
    }

    @Test
    void discoverPrintsTheBoxWithItsCoverageAndDensityAndWritesTheChartsAndTables() throws IOException {
        String o = discover.out();
        assertTrue(o.startsWith("discover coin · scenario baseline · Latin hypercube, 40 points x 20 runs (independent"
                + " seeds) · 800 runs · master seed 11 · "), o);
        // The loaded coin is the region where WIN is dense; its quasi-p-value is far below any chance level.
        assertTrue(o.contains("| `coin.loaded` | {false, true} | coin.loaded = true |"), o);
        assertTrue(o.matches("(?s).*coverage \\d+(\\.\\d)?%.*"), o);
        assertTrue(o.matches("(?s).*density (9[5-9]|100)(\\.\\d)?%.*"), o);
        assertTrue(o.contains("results  " + out + "  ("), o);
        assertTrue(o.contains("as .png and .svg)"), o);
        for (String f : List.of("discovery.md", "discovery-runs.csv", "points.csv", "provenance.json", "prim-box.csv",
                "prim-box.md", "prim-trajectory.csv", "rsa.csv", "rsa.md")) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
        for (String chart : List.of("prim-tradeoff", "prim-box-limits", "prim-pairs")) {
            byte[] png = Files.readAllBytes(out.resolve(chart + ".png"));
            assertEquals((byte) 0x89, png[0], chart);
            assertEquals('P', png[1], chart);
            assertTrue(Files.readString(out.resolve(chart + ".svg")).contains("<svg"), chart);
        }
        assertFalse(Files.exists(out.resolve("cart.md")), "no tree without --cart");
        // One row per run: 40 points x 20 runs.
        assertEquals(1 + 800, Files.readAllLines(out.resolve("discovery-runs.csv")).size());
        JsonNode prov = JSON.readTree(out.resolve("provenance.json").toFile());
        assertEquals("discover", prov.path("invocation").path("command").asText(), prov.toPrettyString());
        assertEquals(11, prov.path("invocation").path("settings").path("seed").path("value").asLong(),
                prov.toPrettyString());
    }

    @Test
    void theSameFileAndSeedGiveTheSameRunsAndBoxOnOneThread() throws IOException {
        Path again = tmp.resolve("coin-one-thread");
        Cli.Result r = Cli.run("discover", file.toString(), "--out", again.toString(), "--quiet", "--threads", "1",
                "--rsa");
        assertEquals(0, r.code(), r::toString);
        // The summary too: it holds nothing that depends on the machine (the command prints the time).
        for (String f : List.of("discovery-runs.csv", "points.csv", "prim-trajectory.csv", "prim-box.csv", "rsa.csv",
                "discovery.md")) {
            assertEquals(Files.readString(out.resolve(f)), Files.readString(again.resolve(f)), f);
        }
    }

    @Test
    void fromReadsTheFolderBackForAnotherMeasureAndRunsNothing() throws IOException {
        Path lucky = tmp.resolve("coin-lucky");
        Cli.Result r = Cli.run("discover", "--from", out.toString(), "--measure", "LUCKY", "--out", lucky.toString(),
                "--cart", "--last");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().startsWith("discover --from " + out + " · LUCKY · 800 rows"), r.out());
        assertTrue(Files.readString(lucky.resolve("discovery.md")).contains("read from `" + out + "`"));
        assertTrue(Files.readString(lucky.resolve("cart.md")).contains("LUCKY"), "the tree is of the measure asked for");
        assertFalse(Files.exists(lucky.resolve("discovery-runs.csv")), "nothing was run");
        // The trajectory's last box was chosen: the one the last row of the trajectory table describes.
        JsonNode prov = JSON.readTree(lucky.resolve("provenance.json").toFile());
        List<String> trajectory = Files.readAllLines(lucky.resolve("prim-trajectory.csv"));
        assertEquals(trajectory.size() - 2, prov.path("analysis").path("selected").asInt(), prov.toPrettyString());
    }

    @Test
    void badInputIsRefusedBeforeAnythingIsWrittenAndNamesTheFlag() throws IOException {
        Path none = tmp.resolve("never-written");
        Cli.Result r = Cli.run("discover", file.toString(), "--out", none.toString(), "--points", "0");
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("--points must be in [1, "), r.err());
        r = Cli.run("discover", file.toString(), "--out", none.toString(), "--measure", "WAR");
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("WAR"), r.err());
        r = Cli.run("discover", file.toString(), "--out", none.toString(), "--set", "coin.heads=0.5");
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("--set coin.heads would change nothing: it is a factor"), r.err());
        r = Cli.run("discover", "--from", out.toString(), "--out", none.toString(), "--measure", "HEADS_AT_LEAST_2");
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("--measure HEADS_AT_LEAST_2 was not recorded in "), r.err());
        r = Cli.run("discover", "--from", out.toString(), "--out", none.toString(), "--seed", "3");
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("--seed does not apply with --from"), r.err());
        r = Cli.run("discover", "--from", out.toString(), "--out", out.toString());
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("--out must not be the --from folder"), r.err());
        r = Cli.run("discover", "--from", out.toString());
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("--from needs --out DIR"), r.err());
        assertFalse(Files.exists(none), "nothing written for bad input");

        // A results folder that holds files is refused without --overwrite, and left as it was.
        String before = Files.readString(out.resolve("discovery.md"));
        r = Cli.run("discover", file.toString(), "--out", out.toString(), "--quiet");
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("already holds files"), r.err());
        assertEquals(before, Files.readString(out.resolve("discovery.md")));
    }

    @Test
    void calibrateWritesAFitThatRunRunsAsPrinted() throws IOException {
        // Targets simulated elsewhere at coin.heads about 0.12 over a 20-day horizon: a narrow prior and a
        // small budget, since this test checks the command, not the method (CalibrationRecoveryTest does).
        Path cal = Files.writeString(tmp.resolve("coin-fit.yaml"), String.join("\n",
                "model: tiny",
                "experiment: coin-fit",
                "kind: calibrate",
                "scenario: baseline",
                "overrides: {run.horizonDays: 20}",
                "seed: 5",
                "runs: 20",
                "parameters:",
                "  - {path: coin.heads, from: 0.02, to: 0.4}",
                "targets:",
                "  - {name: wins, statistic: \"share(WIN)\", value: 0.55, sd: 0.05}",
                "abc: {particles: 40, generations: 2}",
                ""));
        Path fit = tmp.resolve("coin-fit-results");
        Cli.Result r = Cli.run("calibrate", cal.toString(), "--out", fit.toString(), "--quiet", "--threads", "2");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().startsWith("calibrate coin-fit · scenario baseline · ABC-SMC, 40 particles x up to 2"
                + " generations · 20 runs per simulation · "), r.out());
        for (String f : List.of("calibration.md", "abc-posterior.csv", "abc-trace.csv", "abc-trace.png",
                "abc-posterior.svg", "fit-scenario.yaml", "fit.yaml", "provenance.json")) {
            assertTrue(Files.size(fit.resolve(f)) > 0, f);
        }
        Scenario fitted = ScenarioLoader.load(fit.resolve("fit-scenario.yaml"));
        double heads = fitted.get("coin.heads");
        assertTrue(heads > 0.02 && heads < 0.4, "a fitted value inside the prior: " + heads);
        assertEquals(20.0, fitted.get("run.horizonDays"), "the file's overrides stay in the fit");

        // The printed command runs the fit; shortened to 50 runs for the test (the file's own runs are 10,000).
        String line = r.out().lines().filter(l -> l.startsWith("the fit  ")).findFirst().orElseThrow(
                () -> new AssertionError(r.out())).substring("the fit  ".length()).replaceAll("\\s+\\(writes .*$", "");
        String[] args = Cli.printedArgs(line);
        assertEquals("run", args[0], line);
        Path runOut = tmp.resolve("fit-run");
        Cli.Result run = Cli.run(concat(args, "--runs", "50", "--out", runOut.toString(), "--quiet", "--no-charts"));
        assertEquals(0, run.code(), run::toString);
        assertTrue(Files.isRegularFile(runOut.resolve("runs.csv")), run.out());

        // The same calibration on one thread writes the same fit.
        Path one = tmp.resolve("coin-fit-one");
        Cli.Result r1 = Cli.run("calibrate", cal.toString(), "--out", one.toString(), "--quiet", "--threads", "1");
        assertEquals(0, r1.code(), r1::toString);
        assertEquals(Files.readString(fit.resolve("abc-posterior.csv")), Files.readString(one.resolve("abc-posterior.csv")));
        assertEquals(Files.readString(fit.resolve("fit-scenario.yaml")), Files.readString(one.resolve("fit-scenario.yaml")));
        assertEquals(Files.readString(fit.resolve("calibration.md")), Files.readString(one.resolve("calibration.md")));
    }

    @Test
    void calibrateRefusesBadInputNamingTheFlagOrTheLine() throws IOException {
        Path bad = Files.writeString(tmp.resolve("bad-fit.yaml"), String.join("\n",
                "model: tiny",
                "experiment: bad-fit",
                "kind: calibrate",
                "scenario: baseline",
                "seed: 5",
                "runs: 20",
                "method: msm",
                "parameters:",
                "  - {path: coin.heads, from: 0.02, to: 0.4}",
                "targets:",
                "  - {name: wins, statistic: \"share(WIN)\", value: 0.55, sd: 0}",
                ""));
        Path none = tmp.resolve("no-fit");
        Cli.Result r = Cli.run("calibrate", bad.toString(), "--out", none.toString());
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("bad-fit.yaml:11: targets[0].sd must be "), r.err());
        Files.writeString(bad, Files.readString(bad).replace("sd: 0}", "sd: 0.05}"));
        r = Cli.run("calibrate", bad.toString(), "--out", none.toString(), "--particles", "50");
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("--particles applies to method abc, but "), r.err());
        r = Cli.run("calibrate", bad.toString(), "--out", none.toString(), "--set", "coin.heads=0.3");
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("--set coin.heads would change nothing: the calibration fits it"), r.err());
        r = Cli.run("calibrate", bad.toString(), "--out", none.toString(), "--runs", "0");
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("--runs must be in [1, "), r.err());
        assertFalse(Files.exists(none), "nothing written for bad input");
    }

    @Test
    void runPointsADiscoverOrCalibrateFileToItsOwnCommand() {
        Cli.Result r = Cli.run("run", file.toString(), "--out", tmp.resolve("not-run").toString());
        assertEquals(2, r.code(), r::toString);
        String line = r.err().lines().filter(l -> l.contains(" is a kind: discover file; run it with ")).findFirst()
                .orElseThrow(() -> new AssertionError(r.err()));
        String[] args = Cli.printedArgs(line.substring(line.indexOf("run it with ") + "run it with ".length()));
        assertEquals(List.of("discover", file.toString()), List.of(args));
        assertFalse(Files.exists(tmp.resolve("not-run")));
    }

    @Test
    void theShippedFilesLoad() {
        var discover = org.offramp.design.explore.DiscoverySpecLoader.load(Path.of("experiments/discover-war.yaml"));
        assertEquals("WAR", discover.measure().name());
        assertEquals(10_000, discover.totalRuns());
        var calibrate = org.offramp.design.explore.CalibrationSpecLoader.load(Path.of("experiments/calibrate-punch.yaml"));
        assertEquals("washington.punchInTheNose", calibrate.parameters().get(0).param().path());
        assertEquals(0.3, calibrate.base().get("washington.punchInTheNose"), "the truth is the baseline's value");
    }

    private static String[] concat(String[] a, String... b) {
        String[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
