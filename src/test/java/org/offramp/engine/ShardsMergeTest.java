package org.offramp.engine;

import org.offramp.experiment.PortableModel;
import org.offramp.experiment.PortableScenario;
import org.offramp.experiment.PortableExperiment;
import org.offramp.executor.ShardSpec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offramp.experiment.Experiment;
import org.offramp.experiment.ExperimentResult;
import org.offramp.experiment.ExperimentRunner;
import org.offramp.experiment.ResultsFolderException;
import org.offramp.experiment.RunFailedException;
import org.offramp.model.Scenario;
import org.offramp.random.Seeds;
import org.offramp.scenario.Scenarios;
import org.offramp.standoff.sim.StandoffModel;
import org.offramp.testkit.SummaryJson;

class ShardsMergeTest {
    private static final long SEED = 20190517L;
    /** The version this build records in partial.json and summary.json. */
    private static final String VERSION = ExperimentRunner.libraryVersion();

    @TempDir
    Path tmp;

    /** 2,050 runs in 21 blocks of 100: the last block is short, and 7 does not divide the blocks evenly. */
    private static Experiment.Builder experiment() {
        return Experiment.builder(Scenarios.load("baseline")).runs(2_050).masterSeed(SEED).blockSize(100).threads(2);
    }

    private List<Path> shards(Experiment e, int n, String name, PortableModel model) {
        List<Path> dirs = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            Path d = tmp.resolve(name + "-" + k);
            Partial p = Shards.run(e, k, n, model, d);
            assertEquals(new ShardSpec(k, n), p.shard());
            dirs.add(d);
        }
        return dirs;
    }

    private static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    private void assertMergeEqualsSingleRun(Experiment.Builder builder, PortableModel model, int n, String name)
            throws IOException {
        ExperimentResult local = builder.outputDirectory(tmp.resolve(name + "-local")).build().run(model);
        Experiment e = builder.outputDirectory(null).build();
        List<Path> dirs = shards(e, n, name, model);
        // The order the folders are given in must not matter.
        List<Path> shuffled = new ArrayList<>(dirs);
        java.util.Collections.reverse(shuffled);
        ExperimentResult merged = Merge.merge(shuffled, tmp.resolve(name + "-merged"));
        assertEquals(read(local.runsCsvPath()), read(tmp.resolve(name + "-merged/runs.csv")), "runs.csv, N = " + n);
        assertEquals(SummaryJson.withoutMachineFields(local.summaryJson()),
                SummaryJson.withoutMachineFields(read(tmp.resolve(name + "-merged/summary.json"))), "summary, N = " + n);
        assertEquals(local.counts(), merged.counts());
        assertEquals("shards", new ObjectMapper().readTree(merged.summaryJson()).at("/provenance/engine/name").asText());
    }

    @Test
    void mergedShardsEqualOneRunForOneThreeAndSevenShards() throws IOException {
        for (int n : new int[] {1, 3, 7}) {
            assertMergeEqualsSingleRun(experiment(), TestModels.GOOD, n, "n" + n);
        }
    }

    @Test
    void mergedShardsEqualOneRunWithTheRealModel() throws IOException {
        assertMergeEqualsSingleRun(Experiment.builder(Scenarios.load("baseline")).runs(60).masterSeed(SEED)
                .blockSize(20).threads(2), PortableModel.of(StandoffModel.builtIn()), 3, "sim");
    }

    @Test
    void failedRunsCountedAsFailedMergeToTheSameRows() throws IOException {
        Set<Long> bad = Set.of(Seeds.runSeed(SEED, 5), Seeds.runSeed(SEED, 777), Seeds.runSeed(SEED, 2_049));
        assertMergeEqualsSingleRun(experiment().keepGoing(true), TestModels.failingFor(bad), 3, "keep");
    }

    @Test
    void aShardWithAFailedRunStopsAndLeavesNoPartial() {
        Path d = tmp.resolve("fail");
        RunFailedException ex = assertThrows(RunFailedException.class, () -> Shards.run(experiment().build(), 1, 3,
                TestModels.failingFor(Set.of(Seeds.runSeed(SEED, 800), Seeds.runSeed(SEED, 750))), d));
        assertEquals(750, ex.runIndex(), "the lowest failing index of the shard is reported");
        assertFalse(Files.exists(d.resolve(Partial.FILE)));
        assertFalse(Files.exists(d.resolve(Partial.RUNS_CSV)));
    }

    @Test
    void partialRecordsIdentitySeedVersionSliceAndBlocks() throws IOException {
        Partial p = Shards.run(experiment().build(), 2, 7, TestModels.GOOD, tmp.resolve("p"));
        ObjectNode n = (ObjectNode) new ObjectMapper().readTree(tmp.resolve("p/partial.json").toFile());
        assertEquals(Partial.FORMAT, n.get("format").asText());
        assertEquals(SEED, n.get("masterSeed").asLong());
        assertEquals(VERSION, n.get("version").asText());
        assertEquals(2, n.at("/shard/index").asInt());
        assertEquals(7, n.at("/shard/count").asInt());
        // 21 blocks: shard 2 of 7 runs blocks floor(2*21/7)=6 to floor(3*21/7)-1=8.
        assertEquals(6, n.at("/blocks/from").asLong());
        assertEquals(9, n.at("/blocks/to").asLong());
        assertEquals(600, n.at("/runs/from").asLong());
        assertEquals(900, n.at("/runs/to").asLong());
        assertEquals(300, p.aggregate().runs());
        assertEquals(experiment().build().identity().toString(), n.get("experiment").toString());
        List<String> lines = Files.readAllLines(tmp.resolve("p/runs.csv"));
        assertEquals(301, lines.size());
        assertTrue(lines.get(1).startsWith("600,"));
        assertTrue(lines.get(300).startsWith("899,"));
    }

    @Test
    void slicesAreDisjointAndCoverEveryBlock() {
        for (int n = 1; n <= 30; n++) {
            for (long blocks : new long[] {0, 1, 5, 21, 1000, 1001}) {
                long expectFrom = 0;
                for (int k = 0; k < n; k++) {
                    ShardSpec s = new ShardSpec(k, n);
                    assertEquals(expectFrom, s.fromBlock(blocks));
                    assertTrue(s.toBlock(blocks) - s.fromBlock(blocks) <= blocks / n + 1);
                    expectFrom = s.toBlock(blocks);
                }
                assertEquals(blocks, expectFrom);
            }
        }
    }

    @Test
    void shardSpecParsesAndRejects() {
        assertEquals(new ShardSpec(3, 7), ShardSpec.parse("3/7"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ShardSpec.parse("7/7")).getMessage()
                .contains("must be in [0, 6]"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ShardSpec.parse("three")).getMessage()
                .contains("K/N"));
        assertThrows(IllegalArgumentException.class, () -> ShardSpec.parse("1/0"));
    }

    @Test
    void precisionModeAndResumeCannotBeSharded() {
        Experiment precise = Experiment.builder(Scenarios.load("baseline")).targetHalfWidth(0.05).masterSeed(1).build();
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> Shards.run(precise, 0, 2, TestModels.GOOD, tmp.resolve("x"))).getMessage().contains("precision"));
        Experiment resume = experiment().outputDirectory(tmp.resolve("r")).resume(true).build();
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> Shards.run(resume, 0, 2, TestModels.GOOD, tmp.resolve("y"))).getMessage().contains("resume"));
    }

    @Test
    void aShardRefusesAFolderWithFilesUnlessOverwrite() throws IOException {
        Path d = tmp.resolve("busy");
        Files.createDirectories(d);
        Files.writeString(d.resolve("notes.txt"), "mine");
        assertThrows(ResultsFolderException.class, () -> Shards.run(experiment().build(), 0, 3, TestModels.GOOD, d));
        // Overwrite deletes only an experiment's files, and refuses a folder holding anything else.
        Experiment overwrite = experiment().overwrite(true).outputDirectory(tmp.resolve("o")).build();
        ResultsFolderException e = assertThrows(ResultsFolderException.class,
                () -> Shards.run(overwrite, 0, 3, TestModels.GOOD, d));
        assertTrue(e.getMessage().contains("notes.txt"), e.getMessage());
        assertEquals("mine", Files.readString(d.resolve("notes.txt")));
        Files.delete(d.resolve("notes.txt"));
        Shards.run(experiment().build(), 1, 3, TestModels.GOOD, d);
        Shards.run(overwrite, 0, 3, TestModels.GOOD, d);
        assertEquals(0, Partial.read(d).shard().index(), "the old shard's files are replaced");
    }

    // ---- refusals ------------------------------------------------------------------------------

    private static MergeException refused(List<Path> dirs, Path out) {
        MergeException ex = assertThrows(MergeException.class, () -> Merge.merge(dirs, out));
        assertFalse(Files.exists(out.resolve("runs.csv")), "nothing is written when a merge is refused");
        assertFalse(Files.exists(out.resolve("summary.json")));
        return ex;
    }

    @Test
    void mergeRefusesAShardOfAnotherSeed() {
        List<Path> dirs = shards(experiment().build(), 3, "a", TestModels.GOOD);
        Path other = tmp.resolve("seed7");
        Shards.run(experiment().masterSeed(7).build(), 2, 3, TestModels.GOOD, other);
        String m = refused(List.of(dirs.get(0), dirs.get(1), other), tmp.resolve("out")).getMessage();
        assertTrue(m.contains("masterSeed is 7 in " + other), m);
        assertTrue(m.contains(String.valueOf(SEED)), m);
    }

    @Test
    void mergeRefusesAShardOfAnotherExperiment() {
        List<Path> dirs = shards(experiment().build(), 3, "a", TestModels.GOOD);
        Path other = tmp.resolve("hawk");
        Scenario hawk = Scenarios.load("baseline").with("run.horizonDays", 400).named("hawk", "shorter");
        Shards.run(Experiment.builder(hawk).runs(2_050).masterSeed(SEED).blockSize(100).build(), 1, 3,
                TestModels.GOOD, other);
        String m = refused(List.of(dirs.get(0), other, dirs.get(2)), tmp.resolve("out")).getMessage();
        assertTrue(m.contains("scenarioHash is"), m);
        assertTrue(m.contains("scenario is \"hawk\" in " + other), m);

        Path moreRuns = tmp.resolve("more");
        Shards.run(experiment().runs(3_000).build(), 1, 3, TestModels.GOOD, moreRuns);
        m = refused(List.of(dirs.get(0), moreRuns, dirs.get(2)), tmp.resolve("out")).getMessage();
        assertTrue(m.contains("runs is 3000 in " + moreRuns), m);
    }

    @Test
    void mergeRefusesAShardOfAnotherLibraryVersion() throws IOException {
        List<Path> dirs = shards(experiment().build(), 3, "a", TestModels.GOOD);
        Path f = dirs.get(1).resolve(Partial.FILE);
        Files.writeString(f, Files.readString(f).replace("\"version\" : \"" + VERSION + "\"", "\"version\" : \"0.0.9\""));
        String m = refused(dirs, tmp.resolve("out")).getMessage();
        assertTrue(m.contains("library version is 0.0.9 in " + dirs.get(1) + " but " + VERSION + " in " + dirs.get(0)), m);

        // All shards of another version: refused too, since the summary would claim this version.
        for (Path d : dirs) {
            Path g = d.resolve(Partial.FILE);
            Files.writeString(g, Files.readString(g).replace("\"version\" : \"" + VERSION + "\"", "\"version\" : \"0.0.9\""));
        }
        m = refused(dirs, tmp.resolve("out")).getMessage();
        assertTrue(m.contains("run by library version 0.0.9, but this is version " + VERSION), m);
    }

    @Test
    void mergeNamesMissingShards() {
        List<Path> dirs = shards(experiment().build(), 7, "a", TestModels.GOOD);
        String m = refused(List.of(dirs.get(0), dirs.get(1), dirs.get(3), dirs.get(4), dirs.get(6)),
                tmp.resolve("out")).getMessage();
        assertTrue(m.contains("shards 2/7 (blocks 6 to 8), 5/7 (blocks 15 to 17) are missing"), m);
    }

    @Test
    void mergeNamesDuplicatedShards() throws IOException {
        List<Path> dirs = shards(experiment().build(), 3, "a", TestModels.GOOD);
        Path copy = tmp.resolve("copy-of-1");
        Shards.run(experiment().build(), 1, 3, TestModels.GOOD, copy);
        String m = refused(List.of(dirs.get(0), dirs.get(1), copy, dirs.get(2)), tmp.resolve("out")).getMessage();
        assertTrue(m.contains("shard 1/3 is given twice (" + dirs.get(1) + " and " + copy + ")"), m);
    }

    @Test
    void mergeRefusesAnUnfinishedOrTruncatedShard() throws IOException {
        List<Path> dirs = shards(experiment().build(), 3, "a", TestModels.GOOD);
        Files.delete(dirs.get(2).resolve(Partial.FILE));
        String m = refused(dirs, tmp.resolve("out")).getMessage();
        assertTrue(m.contains(dirs.get(2) + " holds no finished shard"), m);

        dirs = shards(experiment().build(), 3, "b", TestModels.GOOD);
        Path csv = dirs.get(1).resolve(Partial.RUNS_CSV);
        String text = Files.readString(csv);
        Files.writeString(csv, text.substring(0, text.length() - 10));
        m = refused(dirs, tmp.resolve("out2")).getMessage();
        assertTrue(m.contains(csv + " has "), m);
    }

    @Test
    void mergeRefusesAFolderHoldingResults() throws IOException {
        List<Path> dirs = shards(experiment().build(), 2, "a", TestModels.GOOD);
        Path out = tmp.resolve("out");
        Merge.merge(dirs, out);
        String csv = read(out.resolve("runs.csv"));
        Files.writeString(out.resolve("runs.csv"), "tampered");
        assertThrows(ResultsFolderException.class, () -> Merge.merge(dirs, out));
        assertEquals("tampered", read(out.resolve("runs.csv")), "a refused merge leaves the folder as it was");
        ExperimentResult again = Merge.merge(dirs, out, true);
        assertEquals(csv, read(out.resolve("runs.csv")), "with overwrite the merge replaces the folder's results");
        assertEquals(experiment().build().runLimit(), again.runs());
    }

    @Test
    void portableExperimentRoundTripsThroughJsonAndSerialization() throws Exception {
        Scenario s = Scenarios.load("baseline").with("run.horizonDays", 400).named("hawk", "shorter");
        Experiment e = Experiment.builder(s).targetHalfWidth(0.01).maxRuns(5_000).masterSeed(-3).blockSize(50)
                .keepGoing(true).samplesPerOutcome(2).build();
        PortableExperiment p = PortableExperiment.of(e);
        assertEquals(p, PortableExperiment.fromJson(new ObjectMapper().readTree(p.toJson().toString())));
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(p);
        }
        PortableExperiment back;
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
                new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            back = (PortableExperiment) in.readObject();
        }
        Experiment again = back.toExperiment();
        assertEquals(e.identity(), again.identity());
        assertEquals(s, again.scenario());
        PortableScenario forged = new PortableScenario("standoff", "hawk", "shorter", p.scenario().differences(),
                "0".repeat(64));
        assertTrue(assertThrows(IllegalArgumentException.class, forged::toScenario).getMessage().contains("contentHash"));
    }
}
