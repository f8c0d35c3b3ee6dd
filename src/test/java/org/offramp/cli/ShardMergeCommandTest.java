package org.offramp.cli;

import org.offramp.experiment.PortableModel;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.offramp.standoff.sim.StandoffModel;
import org.offramp.testkit.SummaryJson;

/**
 * {@code offramp run --shard K/N} and {@code offramp merge}, in-process: three shards of an
 * experiment of three blocks merge into the folder a plain {@code run} writes, and bad shards and
 * bad flags are refused with exit 2 before anything is written.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShardMergeCommandTest {
    /** Three blocks of the default 1,000 runs, the last one short. */
    static final int RUNS = 2500;

    @TempDir
    static Path tmp;
    private Path experiment;
    private Path plain;
    private Path merged;
    private final Cli.Result[] shardResults = new Cli.Result[3];
    private Cli.Result mergeResult;

    private Path shard(int k) {
        return tmp.resolve("shards/shard-" + k);
    }

    @BeforeAll
    void runPlainShardsAndMerge() throws IOException {
        experiment = Folders.shortExperiment(tmp, "short", RUNS);
        plain = tmp.resolve("plain");
        Cli.Result r = Cli.run("run", experiment.toString(), "--out", plain.toString(), "--quiet");
        assertEquals(0, r.code(), r::toString);
        for (int k = 0; k < 3; k++) {
            shardResults[k] = Cli.run("run", experiment.toString(), "--shard", k + "/3", "--out", shard(k).toString());
            assertEquals(0, shardResults[k].code(), shardResults[k]::toString);
        }
        merged = tmp.resolve("merged");
        // Shards in another order than K: the merge orders them itself.
        mergeResult = Cli.run("merge", shard(2).toString(), shard(0).toString(), shard(1).toString(), "--out",
                merged.toString());
        assertEquals(0, mergeResult.code(), mergeResult::toString);
    }

    @Test
    void mergedRunsCsvIsThePlainRunsBytes() throws IOException {
        assertArrayEquals(Files.readAllBytes(plain.resolve("runs.csv")),
                Files.readAllBytes(merged.resolve("runs.csv")), "runs.csv byte for byte");
        assertEquals(RUNS + 1, Files.readAllLines(merged.resolve("runs.csv")).size());
    }

    @Test
    void mergedSummaryIsThePlainSummaryButForThreadsWallTimeAndEngine() throws IOException {
        assertEquals(SummaryJson.withoutMachineFields(plain.resolve("summary.json")),
                SummaryJson.withoutMachineFields(merged.resolve("summary.json")));
        assertTrue(Files.readString(merged.resolve("summary.json")).contains("\"shards\""),
                "the merged summary says it was merged from shards");
    }

    @Test
    void mergedChartsAndStoriesAreThePlainRunsFiles() {
        TreeMap<String, String> a = Folders.files(plain);
        TreeMap<String, String> b = Folders.files(merged);
        // The local engine's resume point and the summaries (compared above) are the only differences.
        a.remove("checkpoint.json");
        a.remove("summary.json");
        b.remove("summary.json");
        assertEquals(a.keySet(), b.keySet());
        assertTrue(a.keySet().stream().filter(n -> n.startsWith("charts/")).count() == 8, a.keySet()::toString);
        assertTrue(a.keySet().stream().anyMatch(n -> n.startsWith("stories/")), a.keySet()::toString);
        for (Map.Entry<String, String> e : a.entrySet()) {
            assertTrue(e.getValue().equals(b.get(e.getKey())), e.getKey() + " differs");
        }
    }

    /** The file's {@code stories: 2} per outcome, listed in summary.json and written, in both folders. */
    @Test
    void summaryListsExactlyTheStoriesWritten() throws IOException {
        for (Path dir : List.of(plain, merged)) {
            List<List<String>> lw = Folders.listedAndWrittenStories(dir);
            assertEquals(lw.get(0), lw.get(1), dir.toString());
            assertTrue(lw.get(1).size() >= 4 && lw.get(1).size() <= 8, lw.get(1)::toString);
        }
    }

    /**
     * Shards the library wrote (no {@code outputs.json}) keep the engine's default of 5 samples per
     * outcome: the merge writes a story for each, so summary.json still lists exactly the stories.
     */
    @Test
    void mergeOfLibraryShardsWritesAStoryPerListedSample() throws IOException {
        org.offramp.experiment.Experiment e = org.offramp.experiment.Experiment.builder(
                org.offramp.scenario.Scenarios.load("baseline").with("run.horizonDays", 60))
                .runs(2000).masterSeed(20190517).build();
        List<String> args = new java.util.ArrayList<>(List.of("merge"));
        for (int k = 0; k < 2; k++) {
            Path dir = tmp.resolve("library/shard-" + k);
            org.offramp.engine.Shards.run(e, k, 2, org.offramp.experiment.PortableModel.of(StandoffModel.builtIn()), dir);
            args.add(dir.toString());
        }
        Path out = tmp.resolve("library/merged");
        args.addAll(List.of("--out", out.toString(), "--no-charts"));
        Cli.Result r = Cli.run(args.toArray(String[]::new));
        assertEquals(0, r.code(), r::toString);
        List<List<String>> lw = Folders.listedAndWrittenStories(out);
        assertEquals(lw.get(0), lw.get(1));
        // 2,000 runs of 60 days have at least 5 STALEMATEs: the default count, not the file default of 3.
        assertEquals(5, lw.get(1).stream().filter(n -> n.startsWith("STALEMATE-")).count(), lw.get(1)::toString);
    }

    @Test
    void mergePrintsTheTableWithTheExperimentName() {
        assertTrue(mergeResult.out().startsWith("experiment short · scenario baseline · 2,500 runs · master seed"
                + " 20190517 · merged from 3 shards"), mergeResult.out());
        assertTrue(mergeResult.out().contains("STALEMATE"), mergeResult.out());
        assertTrue(mergeResult.out().contains("charts   " + merged.resolve("charts")), mergeResult.out());
    }

    @Test
    void theMergedSummaryRecordsTheShardsInvocationAndRerunsToTheSameBytes() throws IOException {
        com.fasterxml.jackson.databind.JsonNode inv = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(merged.resolve("summary.json").toFile()).path("provenance").path("invocation");
        assertEquals("merge", inv.path("command").asText());
        assertEquals(shard(2).toString(), inv.path("mergedFrom").get(0).asText());
        assertEquals(Files.readString(experiment), inv.path("experimentFile").path("text").asText());
        com.fasterxml.jackson.databind.JsonNode change = inv.path("changes").get(0);
        assertEquals("run.horizonDays", change.path("parameter").asText());
        assertEquals("experiment file", change.path("source").asText());
        assertTrue(inv.path("settings").path("shard").isMissingNode(), inv::toString);
        assertEquals("changes  run.horizonDays 540 → 60 (experiment file)",
                mergeResult.out().lines().skip(1).findFirst().orElse(""), mergeResult.out());

        Path again = tmp.resolve("merged-rerun");
        Cli.Result r = Cli.run("rerun", merged.toString(), "--out", again.toString(), "--quiet", "--no-charts");
        assertEquals(0, r.code(), r::toString);
        assertTrue(java.util.Arrays.equals(Files.readAllBytes(merged.resolve("runs.csv")),
                Files.readAllBytes(again.resolve("runs.csv"))));
    }

    @Test
    void aMergeWhoseChartsCannotBeWrittenSaysTheResultsAreCompleteAndHowToFinish() throws IOException {
        Path out = tmp.resolve("merged-charts-fail");
        // Once the merged runs.csv and summary.json are written, a file where the charts folder goes.
        Cli.Result r = Cli.runWhenPrinted("results  " + out, () -> RunFailuresTest.inTheWay(out.resolve("charts")),
                "merge", shard(0).toString(), shard(1).toString(), shard(2).toString(), "--out", out.toString());
        assertEquals(OfframpCommand.FAILURE, r.code(), r::toString);
        assertTrue(r.err().startsWith("offramp merge: the merged runs.csv and summary.json in " + out
                + " are complete, but the charts and stories could not be written: "), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        Files.delete(out.resolve("charts"));
        Cli.Result again = Cli.run(Cli.printedArgs(Cli.lineAfter(r.err(), "merge again with:")));
        assertEquals(0, again.code(), again::toString);
        assertTrue(Files.isRegularFile(out.resolve("charts").resolve("outcomes.png")));
    }

    @Test
    void eachShardSaysWhatItCoveredAndHowToMerge() {
        String out = shardResults[1].out();
        assertTrue(out.contains("covered  runs 1,000 to 1,999 (1,000 of 2,500 runs), blocks 1 to 1 of 3"), out);
        assertTrue(out.contains("offramp merge " + tmp.resolve("shards") + "/shard-* --out "
                + tmp.resolve("shards/merged")), out);
        assertTrue(shardResults[2].out().contains("covered  runs 2,000 to 2,499 (500 of 2,500 runs)"),
                shardResults[2].out());
    }

    @Test
    void aShardFolderHoldsItsRowsAndPartial() throws IOException {
        assertEquals(List.of("outputs.json", "partial.json", "runs.csv"), Folders.list(shard(0)));
        assertEquals(1000 + 1, Files.readAllLines(shard(0).resolve("runs.csv")).size());
    }

    /**
     * The default folder is relative to the working directory, so the tool runs in its own JVM in a
     * temporary working directory: nothing is written into the directory the tests run from.
     */
    @Test
    void defaultShardFolderIsUnderTheExperimentsResults(@TempDir Path here) throws Exception {
        Path exp = Folders.shortExperiment(here, "tiny", 40);
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(javaBin, "-Dofframp.launcher=./offramp", "-cp",
                System.getProperty("java.class.path"), OfframpCommand.class.getName(), "run",
                exp.getFileName().toString(), "--shard", "0/2")
                .directory(here.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), out);
        assertEquals(0, p.exitValue(), out);
        assertTrue(Files.exists(here.resolve("results/tiny/shard-0-of-2/partial.json")), out);
        // One block for two shards: shard 0 covers no runs (shard 1 runs block 0) and says so.
        assertTrue(out.contains("covered  no runs"), out);
        assertTrue(out.contains("./offramp merge results/tiny/shard-*-of-2 --out results/tiny/merged"), out);
    }

    @Test
    void mergeRefusesAMissingShardAndWritesNothing() throws IOException {
        Path out = tmp.resolve("missing");
        Cli.Result r = Cli.run("merge", shard(0).toString(), shard(2).toString(), "--out", out.toString());
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("shard 1/3 (blocks 1 to 1) is missing"), r.err());
        assertEquals(List.of(), Folders.list(out));
    }

    @Test
    void mergeRefusesAShardGivenTwice() {
        Cli.Result r = Cli.run("merge", shard(0).toString(), shard(1).toString(), shard(1).toString(),
                shard(2).toString(), "--out", tmp.resolve("twice").toString());
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("is given twice"), r.err());
    }

    @Test
    void mergeRefusesAShardOfAnotherSeed() throws IOException {
        Path other = tmp.resolve("seed7/shard-1");
        Cli.Result s = Cli.run("run", experiment.toString(), "--shard", "1/3", "--seed", "7", "--out", other.toString());
        assertEquals(0, s.code(), s::toString);
        Path out = tmp.resolve("mixed");
        Cli.Result r = Cli.run("merge", shard(0).toString(), other.toString(), shard(2).toString(), "--out",
                out.toString());
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().startsWith("offramp merge: "), r.err());
        assertTrue(r.err().contains("masterSeed is 7 in " + other), r.err());
        assertEquals(List.of(), Folders.list(out));
    }

    @Test
    void mergeRefusesAnUnfinishedShard() throws IOException {
        Path unfinished = tmp.resolve("unfinished");
        Files.createDirectories(unfinished);
        Cli.Result r = Cli.run("merge", shard(0).toString(), unfinished.toString(), shard(2).toString(), "--out",
                tmp.resolve("u-out").toString());
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("partial.json is missing"), r.err());
    }

    @Test
    void mergeRefusesAnOutFolderWithFilesOrAShardFolder() {
        Cli.Result full = Cli.run("merge", shard(0).toString(), shard(1).toString(), shard(2).toString(), "--out",
                plain.toString());
        assertEquals(2, full.code(), full::toString);
        assertTrue(full.err().contains("already holds files"), full.err());
        Cli.Result self = Cli.run("merge", shard(0).toString(), shard(1).toString(), shard(2).toString(), "--out",
                shard(1).toString());
        assertEquals(2, self.code(), self::toString);
        assertTrue(self.err().contains("is one of the shard folders"), self.err());
        Cli.Result noOut = Cli.run("merge", shard(0).toString());
        assertEquals(2, noOut.code(), noOut::toString);
    }

    @Test
    void mergeOverwritesWithOverwrite() throws IOException {
        Path out = tmp.resolve("again");
        for (int i = 0; i < 2; i++) {
            Cli.Result r = Cli.run("merge", shard(0).toString(), shard(1).toString(), shard(2).toString(), "--out",
                    out.toString(), "--overwrite", "--no-charts");
            assertEquals(0, r.code(), r::toString);
        }
        assertFalse(Files.exists(out.resolve("charts")), "--no-charts");
        assertArrayEquals(Files.readAllBytes(plain.resolve("runs.csv")),
                Files.readAllBytes(out.resolve("runs.csv")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"3/3", "0/0", "a/b", "-1/3", "1", "1/", "/3", "2/1"})
    void badShardValuesExit2AndWriteNothing(String value) throws IOException {
        Path out = tmp.resolve("bad-" + value.replaceAll("[^0-9a-z]", "_"));
        Cli.Result r = Cli.run("run", experiment.toString(), "--shard", value, "--out", out.toString());
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().startsWith("offramp run: --shard: "), r.err());
        assertFalse(Files.exists(out), "nothing is written");
    }

    @Test
    void shardExcludesPrecisionResumeAndSpark() throws IOException {
        Path out = tmp.resolve("excluded");
        Cli.Result p = Cli.run("run", experiment.toString(), "--shard", "0/3", "--precision", "0.05", "--out",
                out.toString());
        assertEquals(2, p.code(), p::toString);
        assertTrue(p.err().contains("excludes --precision"), p.err());
        Cli.Result r = Cli.run("run", experiment.toString(), "--shard", "0/3", "--resume", "--out", out.toString());
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("excludes --resume"), r.err());
        Cli.Result s = Cli.run("run", experiment.toString(), "--shard", "0/3", "--engine", "spark", "--master",
                "local[2]", "--out", out.toString());
        assertEquals(2, s.code(), s::toString);
        assertTrue(s.err().contains("excludes --engine spark"), s.err());
        assertFalse(Files.exists(out), "nothing is written");
    }

    @Test
    void shardOfAPrecisionFileNeedsRuns() throws IOException {
        Path file = Files.writeString(tmp.resolve("precise.yaml"), "experiment: precise\nscenario: baseline\n"
                + "precision:\n  halfWidth: 0.05\nseed: 1\n");
        Path out = tmp.resolve("precise-out");
        Cli.Result r = Cli.run("run", file.toString(), "--shard", "0/2", "--out", out.toString());
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("--shard needs a fixed number of runs"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aShardRefusesAFolderWithFilesUnlessOverwrite() {
        Cli.Result r = Cli.run("run", experiment.toString(), "--shard", "0/3", "--out", shard(0).toString());
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("already holds results"), r.err());
    }
}
