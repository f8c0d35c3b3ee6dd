package org.offramp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code offramp run} on policy experiment files ({@code kind: compare}, {@code sweep},
 * {@code sensitivity}) and the aliases {@code offramp compare|sweep|sensitivity}: the files written,
 * the printed table, reproducibility across invocations and thread counts, the flags that apply and
 * those refused. The files use a 60-day horizon and a few runs, so each experiment takes about a
 * second.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PolicyRunCommandTest {
    @TempDir
    static Path tmp;
    private Path compare;
    private Path sweep;
    private Path sensitivity;
    private Path plain;
    private Path compareOut;
    private Cli.Result compareResult;

    @BeforeAll
    void writeFilesAndRunOnce() throws IOException {
        compare = Files.writeString(tmp.resolve("tiny-compare.yaml"), String.join("\n",
                "experiment: tiny-compare",
                "kind: compare",
                "scenario: baseline",
                "overrides:",
                "  run.horizonDays: 60",
                "seed: 20190517",
                "runs: 50",
                "measures: [WAR, DEAL, CHAOS, STALEMATE]",
                "variants:",
                "  - name: base",
                "  - name: low-restraint",
                "    overrides:",
                "      washington.restraint: 0.3",
                ""));
        sweep = Files.writeString(tmp.resolve("tiny-sweep.yaml"), String.join("\n",
                "experiment: tiny-sweep",
                "kind: sweep",
                "scenario: baseline",
                "overrides:",
                "  run.horizonDays: 60",
                "seed: 20190517",
                "runs: 30",
                "measures: [WAR, STALEMATE]",
                "design:",
                "  type: grid",
                "factors:",
                "  - path: washington.restraint",
                "    values: [0.3, 0.9]",
                "  - path: perception.noiseScale",
                "    values: [0.5, 2]",
                "charts:",
                "  series: [washington.restraint]",
                "  heatMap:",
                "    x: washington.restraint",
                "    y: perception.noiseScale",
                "    measure: WAR",
                ""));
        sensitivity = Files.writeString(tmp.resolve("tiny-sensitivity.yaml"), String.join("\n",
                "experiment: tiny-sensitivity",
                "kind: sensitivity",
                "scenario: baseline",
                "overrides:",
                "  run.horizonDays: 60",
                "seed: 20190517",
                "samples: 4",
                "runsPerPoint: 10",
                "bootstrap: 50",
                "measures: [WAR, STALEMATE]",
                "factors:",
                "  - path: washington.restraint",
                "    from: 0.3",
                "    to: 1",
                "  - path: perception.noiseScale",
                "    from: 0.5",
                "    to: 2",
                ""));
        plain = Folders.shortExperiment(tmp, "plain", 20);
        compareOut = tmp.resolve("compare-first");
        compareResult = run(compare, compareOut, "--threads", "2");
        assertEquals(0, compareResult.code(), compareResult::toString);
    }

    private static Cli.Result run(Path file, Path out, String... more) {
        return command("run", file, out, more);
    }

    private static Cli.Result command(String name, Path file, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of(name, file.toString(), "--out", out.toString(), "--quiet"));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    private static String read(Path p) throws IOException {
        return Files.readString(p);
    }

    @Test
    void compareWritesTablesAndChartsAndPrintsTheTable() throws IOException {
        assertEquals(List.of("comparison.csv", "comparison.md", "design-checkpoint.json", "difference-low-restraint.png",
                "difference-low-restraint.svg", "provenance.json", "shares.png", "shares.svg"), Folders.list(compareOut));
        List<String> csv = Files.readAllLines(compareOut.resolve("comparison.csv"));
        assertTrue(csv.get(0).startsWith("variant,against,measure,runs,count,"), csv.get(0));
        assertEquals(1 + 2 * 4, csv.size(), "one row per variant and measure");
        for (String row : csv.subList(1, csv.size())) {
            assertEquals("50", row.split(",", -1)[3], "runs per variant in " + row);
        }
        String out = compareResult.out();
        assertTrue(out.startsWith("compare tiny-compare · scenario baseline · 2 variants x 50 runs · 100 runs"
                + " · master seed 20190517 · 2 threads · "), out);
        // The printed table is the Markdown file, which holds the same counts as the CSV.
        assertTrue(out.contains(read(compareOut.resolve("comparison.md")).strip()), out);
        assertTrue(out.contains("results  " + compareOut + "  (comparison.csv, comparison.md, provenance.json)"), out);
        assertTrue(out.contains("charts   " + compareOut + "  (4 files: shares, difference-low-restraint, as .png and"
                + " .svg)"), out);
        assertTrue(Files.size(compareOut.resolve("shares.png")) > 1000);
        assertTrue(read(compareOut.resolve("shares.svg")).contains("<svg"));
    }

    @Test
    void sameCommandTwiceAndAnyThreadCountGiveTheSameFiles() throws IOException {
        Path again = tmp.resolve("compare-again");
        Path oneThread = tmp.resolve("compare-1-thread");
        assertEquals(0, run(compare, again, "--threads", "2").code());
        assertEquals(0, run(compare, oneThread, "--threads", "1").code());
        for (String f : List.of("comparison.csv", "comparison.md")) {
            assertEquals(read(compareOut.resolve(f)), read(again.resolve(f)), f);
            assertEquals(read(compareOut.resolve(f)), read(oneThread.resolve(f)), f);
        }
        assertEquals(read(compareOut.resolve("shares.svg")), read(oneThread.resolve("shares.svg")));
    }

    @Test
    void sweepIsReproducibleAndWritesItsCharts() throws IOException {
        Path a = tmp.resolve("sweep-2");
        Path b = tmp.resolve("sweep-1");
        Cli.Result r = run(sweep, a, "--threads", "2");
        assertEquals(0, r.code(), r::toString);
        assertEquals(0, run(sweep, b, "--threads", "1").code());
        assertEquals(List.of("design-checkpoint.json", "heatmap-WAR.png", "heatmap-WAR.svg", "provenance.json", "series-washington-restraint.png",
                "series-washington-restraint.svg", "sweep.csv", "sweep.md"), Folders.list(a));
        assertEquals(read(a.resolve("sweep.csv")), read(b.resolve("sweep.csv")));
        assertEquals(1 + 4, Files.readAllLines(a.resolve("sweep.csv")).size(), "a 2 x 2 grid has 4 points");
        assertTrue(r.out().startsWith("sweep tiny-sweep · scenario baseline · grid design, 4 points x 30 runs · 120"
                + " runs"), r.out());
        assertTrue(r.out().contains(read(a.resolve("sweep.md")).strip()), r.out());
    }

    @Test
    void sensitivityIsReproducibleAndWritesItsCharts() throws IOException {
        Path a = tmp.resolve("sensitivity-2");
        Path b = tmp.resolve("sensitivity-1");
        Cli.Result r = run(sensitivity, a, "--threads", "2");
        assertEquals(0, r.code(), r::toString);
        assertEquals(0, run(sensitivity, b, "--threads", "1").code());
        assertEquals(List.of("design-checkpoint.json", "provenance.json", "sensitivity.csv", "sensitivity.md", "sobol-STALEMATE.png", "sobol-STALEMATE.svg",
                "sobol-WAR.png", "sobol-WAR.svg"), Folders.list(a));
        assertEquals(read(a.resolve("sensitivity.csv")), read(b.resolve("sensitivity.csv")));
        // N = 4 samples of 2 factors: 4 x (2 + 2) points of 10 runs.
        assertTrue(r.out().startsWith("sensitivity tiny-sensitivity · scenario baseline · Saltelli design, N = 4, 16"
                + " points x 10 runs · 160 runs"), r.out());
    }

    @Test
    void aliasRunsItsKindAndGivesTheSameFilesAsRun() throws IOException {
        Path viaAlias = tmp.resolve("compare-alias");
        Cli.Result r = command("compare", compare, viaAlias, "--threads", "1");
        assertEquals(0, r.code(), r::toString);
        assertEquals(read(compareOut.resolve("comparison.csv")), read(viaAlias.resolve("comparison.csv")));
    }

    @Test
    void aliasRefusesAFileOfAnotherKind() throws IOException {
        Path out = tmp.resolve("alias-wrong");
        Cli.Result r = command("sweep", compare, out);
        assertEquals(OfframpCommand.BAD_INPUT, r.code(), r::toString);
        assertTrue(r.err().contains("is kind: compare"), r.err());
        Cli.Result p = command("sensitivity", plain, out);
        assertEquals(OfframpCommand.BAD_INPUT, p.code(), p::toString);
        assertTrue(p.err().contains("kind is required"), p.err());
        assertFalse(Files.exists(out));
        // Flags that never apply to a policy file are unknown to the aliases.
        assertEquals(OfframpCommand.BAD_INPUT, command("compare", compare, out, "--keep-going").code());
        assertFalse(Files.exists(out));
    }

    @Test
    void runsAndSeedOverrideTheFile() throws IOException {
        Path out = tmp.resolve("compare-runs-seed");
        Cli.Result r = run(compare, out, "--runs", "20", "--seed", "99");
        assertEquals(0, r.code(), r::toString);
        for (String row : Files.readAllLines(out.resolve("comparison.csv")).subList(1, 9)) {
            assertEquals("20", row.split(",", -1)[3], row);
        }
        assertTrue(read(out.resolve("comparison.md")).contains("20 runs per variant on common seeds (master seed 99)"));
        assertTrue(r.out().contains("2 variants x 20 runs · 40 runs · master seed 99 ·"), r.out());
    }

    @Test
    void provenanceRecordsTheFileTheBaseAndEveryChangeAndTheMarkdownEndsWithIt() throws IOException {
        Path out = tmp.resolve("compare-provenance");
        Cli.Result r = run(compare, out, "--set", "washington.hardliners=0.4", "--runs", "20", "--threads", "1");
        assertEquals(0, r.code(), r::toString);
        assertEquals("changes  washington.hardliners 0.6 → 0.4 (--set) · runs 50 → 20 (--runs)",
                r.out().lines().skip(1).findFirst().orElse(""), r.out());
        com.fasterxml.jackson.databind.JsonNode p = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(out.resolve("provenance.json").toFile());
        assertEquals("offramp-policy-provenance/1", p.path("format").asText());
        assertEquals("compare", p.path("kind").asText());
        assertEquals(20, p.path("runsPerVariantOrPoint").asLong());
        assertEquals(20190517L, p.path("masterSeed").asLong());
        // The base scenario as run: the file's override and --set, with the hash that checks them.
        assertEquals(60, p.path("base").path("parameters").path("run.horizonDays").asInt());
        assertEquals(0.4, p.path("base").path("parameters").path("washington.hardliners").asDouble());
        org.offramp.model.Scenario base = org.offramp.experiment.Provenance.scenarioOf(p.path("base"), "base");
        assertEquals(0.4, base.get("washington.hardliners"));
        com.fasterxml.jackson.databind.JsonNode inv = p.path("invocation");
        assertEquals(read(compare), inv.path("experimentFile").path("text").asText());
        com.fasterxml.jackson.databind.JsonNode set = inv.path("changes").get(inv.path("changes").size() - 1);
        assertEquals("washington.hardliners", set.path("parameter").asText());
        assertEquals(0.6, set.path("from").asDouble());
        assertEquals(0.4, set.path("to").asDouble());
        assertEquals("--set", set.path("source").asText());
        assertEquals("--runs", inv.path("settings").path("runs").path("source").asText());
        assertEquals(50, inv.path("settings").path("runs").path("file").asLong());
        String md = read(out.resolve("comparison.md"));
        String last = md.strip().lines().reduce((x, y) -> y).orElse("");
        assertTrue(last.startsWith("Provenance: `" + compare + "` (kind compare), base scenario baseline (content hash "
                + base.contentHash().substring(0, 12) + "), 20 runs per variant, master seed 20190517, offramp "), last);
        assertTrue(last.endsWith("; changes: washington.hardliners = 0.4 (--set), runs = 20 (--runs)."), last);
        assertTrue(r.out().contains(last), "the printed table is the Markdown file, provenance line included");
    }

    @Test
    void seedFlagGivesTheSameSweepAsTheSeedInTheFile() throws IOException {
        // A Latin hypercube is drawn from the master seed: --seed must move the points as the file's seed does.
        String lhs = String.join("\n",
                "experiment: lhs",
                "kind: sweep",
                "scenario: baseline",
                "overrides:",
                "  run.horizonDays: 60",
                "seed: 20190517",
                "runs: 10",
                "measures: [WAR, STALEMATE]",
                "design:",
                "  type: latin-hypercube",
                "  points: 3",
                "factors:",
                "  - path: washington.restraint",
                "    from: 0.3",
                "    to: 0.9",
                "");
        Path withFlag = Files.writeString(tmp.resolve("lhs.yaml"), lhs);
        Path withSeed = Files.writeString(tmp.resolve("lhs-seed-5.yaml"), lhs.replace("seed: 20190517", "seed: 5"));
        Path a = tmp.resolve("lhs-flag");
        Path b = tmp.resolve("lhs-file");
        Path c = tmp.resolve("lhs-default");
        assertEquals(0, run(withFlag, a, "--seed", "5").code());
        assertEquals(0, run(withSeed, b).code());
        assertEquals(0, run(withFlag, c).code());
        assertEquals(read(b.resolve("sweep.csv")), read(a.resolve("sweep.csv")));
        assertNotEquals(read(c.resolve("sweep.csv")), read(a.resolve("sweep.csv")));
    }

    @Test
    void setChangesTheBaseScenarioUnderTheVariants() throws IOException {
        // With the base at restraint 0.3, the reference variant is the same scenario as low-restraint
        // (which sets 0.3 itself) on the same seeds: every count must agree. Without it WAR differs.
        Path out = tmp.resolve("compare-set");
        Cli.Result r = run(compare, out, "--set", "washington.restraint=0.3");
        assertEquals(0, r.code(), r::toString);
        Map<String, String> with = counts(out.resolve("comparison.csv"));
        Map<String, String> without = counts(compareOut.resolve("comparison.csv"));
        for (String m : List.of("WAR", "DEAL", "CHAOS", "STALEMATE")) {
            assertEquals(with.get("base/" + m), with.get("low-restraint/" + m), m);
            assertEquals(without.get("low-restraint/" + m), with.get("low-restraint/" + m), m);
        }
        assertNotEquals(without.get("base/WAR"), without.get("low-restraint/WAR"),
                "the test needs restraint to matter within 60 days");
    }

    /** variant/measure to count. */
    private static Map<String, String> counts(Path csv) throws IOException {
        Map<String, String> m = new LinkedHashMap<>();
        for (String row : Files.readAllLines(csv).subList(1, 9)) {
            String[] c = row.split(",", -1);
            m.put(c[0] + "/" + c[2], c[4]);
        }
        return m;
    }

    @Test
    void setOfAFactorIsRefused() {
        Path out = tmp.resolve("sweep-set-factor");
        Cli.Result r = run(sweep, out, "--set", "perception.noiseScale=1");
        assertEquals(OfframpCommand.BAD_INPUT, r.code(), r::toString);
        assertTrue(r.err().contains("--set perception.noiseScale would change nothing: it is a factor of the sweep"),
                r.err());
        assertFalse(Files.exists(out));
        Cli.Result bad = run(compare, out, "--set", "washington.restraint=7");
        assertEquals(OfframpCommand.BAD_INPUT, bad.code(), bad::toString);
        assertTrue(bad.err().contains("washington.restraint"), bad.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void flagsThatDoNotApplyAreRefusedAndNothingIsWritten() {
        Path out = tmp.resolve("refused");
        Map<List<String>, String> cases = new LinkedHashMap<>();
        cases.put(List.of("--precision", "0.01"), "--precision 0.01 does not apply");
        cases.put(List.of("--shard", "half"), "--shard: ");
        cases.put(List.of("--shard", "0/2", "--resume"), "--shard 0/2 excludes --resume");
        cases.put(List.of("--engine", "gpu"), "--engine must be local or spark, but was gpu");
        cases.put(List.of("--master", "local[*]"), "--master local[*] is for --engine spark only");
        cases.put(List.of("--resume", "--overwrite"), "--resume and --overwrite exclude each other");
        cases.put(List.of("--keep-going"), "--keep-going does not apply");
        cases.put(List.of("--no-charts"), "--no-charts does not apply");
        cases.put(List.of("--runs", "0"), "--runs must be in [1, 2147483647]");
        cases.put(List.of("--threads", "2000"), "--threads must be in [0, 1024]");
        cases.forEach((flags, message) -> {
            Cli.Result r = run(compare, out, flags.toArray(String[]::new));
            assertEquals(OfframpCommand.BAD_INPUT, r.code(), () -> flags + ": " + r);
            assertTrue(r.err().contains(message), () -> flags + ": '" + message + "' not in " + r.err());
            assertEquals("", r.out(), flags::toString);
            assertFalse(Files.exists(out), () -> flags + " wrote " + out);
        });
    }

    @Test
    void anExistingFolderNeedsOverwriteWhichRemovesStaleResults() throws IOException {
        Path out = tmp.resolve("existing");
        Files.createDirectories(out);
        Files.writeString(out.resolve("difference-old-variant.png"), "stale");
        Files.writeString(out.resolve("notes.txt"), "mine");
        Cli.Result refused = run(compare, out);
        assertEquals(OfframpCommand.BAD_INPUT, refused.code(), refused::toString);
        assertTrue(refused.err().contains("results folder " + out + " already holds files"), refused.err());
        assertEquals(List.of("difference-old-variant.png", "notes.txt"), Folders.list(out));

        Cli.Result r = run(compare, out, "--overwrite");
        assertEquals(0, r.code(), r::toString);
        assertEquals(List.of("comparison.csv", "comparison.md", "design-checkpoint.json", "difference-low-restraint.png",
                "difference-low-restraint.svg", "notes.txt", "provenance.json", "shares.png", "shares.svg"),
                Folders.list(out));
        assertEquals(read(compareOut.resolve("comparison.csv")), read(out.resolve("comparison.csv")));
    }

    @Test
    void malformedPolicyFileNamesFileLineAndKey() throws IOException {
        Path bad = Files.writeString(tmp.resolve("bad-compare.yaml"), read(compare).replace("runs: 50", "runz: 50"));
        Path out = tmp.resolve("bad-out");
        Cli.Result r = run(bad, out);
        assertEquals(OfframpCommand.BAD_INPUT, r.code(), r::toString);
        // runs is on line 7 of the file.
        assertTrue(r.err().contains(bad.toString() + ":7"), r.err());
        assertTrue(r.err().contains("runz"), r.err());
        assertFalse(Files.exists(out));

        Path badValue = Files.writeString(tmp.resolve("bad-sweep.yaml"), read(sweep).replace("values: [0.3, 0.9]",
                "values: [0.3, 9]"));
        Cli.Result v = run(badValue, out);
        assertEquals(OfframpCommand.BAD_INPUT, v.code(), v::toString);
        assertTrue(v.err().contains(badValue.toString() + ":13"), v.err());
        assertTrue(v.err().contains("factors[0].values"), v.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void plainExperimentFilesStillRunAsBefore() throws IOException {
        Path out = tmp.resolve("plain-out");
        Cli.Result r = run(plain, out, "--no-charts");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().startsWith("experiment plain · scenario baseline · 20 runs"), r.out());
        assertTrue(Files.exists(out.resolve("runs.csv")));
    }
}
