package org.offramp.engine.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offramp.experiment.PortableModel;
import org.offramp.engine.TestModels;
import org.offramp.experiment.Experiment;
import org.offramp.experiment.ExperimentResult;
import org.offramp.experiment.ResultsFolderException;
import org.offramp.experiment.RunFailedException;
import org.offramp.model.Model;
import org.offramp.model.Models;
import org.offramp.model.Scenario;
import org.offramp.random.Seeds;
import org.offramp.scenario.Scenarios;
import org.offramp.standoff.sim.StandoffModel;
import org.offramp.testkit.SummaryJson;

/** The Spark engine against the local engine, in local[2] mode; one SparkContext for all tests. */
class SparkEngineTest {
    private static final long SEED = 20190517L;
    private static JavaSparkContext sc;
    private static SparkEngine spark;

    @TempDir
    Path tmp;

    @BeforeAll
    static void startSpark() {
        sc = new JavaSparkContext(SparkEngine.localConf("local[2]"));
        sc.setLogLevel("ERROR");
        spark = new SparkEngine(sc);
    }

    @AfterAll
    static void stopSpark() {
        if (sc != null) {
            sc.close();
        }
    }

    private static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    private static Experiment.Builder fixed(long runs, int blockSize) {
        return Experiment.builder(Scenarios.load("baseline").with("run.horizonDays", 400).named("short", "shorter"))
                .runs(runs).masterSeed(SEED).blockSize(blockSize).threads(2);
    }

    /** Runs both engines and checks the summaries (but for threads, wall time, engine) and runs.csv agree. */
    private ExperimentResult assertSameAsLocal(Experiment.Builder b, PortableModel model, String name)
            throws IOException {
        ExperimentResult local = b.outputDirectory(tmp.resolve(name + "-local")).build().run(model);
        ExperimentResult onSpark = spark.run(b.outputDirectory(tmp.resolve(name + "-spark")).build(), model);
        assertEquals(SummaryJson.withoutMachineFields(local.summaryJson()),
                SummaryJson.withoutMachineFields(read(tmp.resolve(name + "-spark/summary.json"))));
        assertEquals(read(local.runsCsvPath()), read(onSpark.runsCsvPath()), "runs.csv byte for byte");
        assertFalse(Files.exists(tmp.resolve(name + "-spark/runs")), "the parts are removed once concatenated");
        assertEquals(local.counts(), onSpark.counts());
        return onSpark;
    }

    @Test
    void sparkEqualsLocalForTheRealModel() throws IOException {
        ExperimentResult r = assertSameAsLocal(fixed(400, 50), PortableModel.of(StandoffModel.builtIn()), "sim");
        JsonNode engine = new ObjectMapper().readTree(r.summaryJson()).at("/provenance/engine");
        assertEquals("spark", engine.get("name").asText());
        assertEquals("local[2]", engine.get("master").asText());
        assertEquals("8", engine.get("tasks").asText());
    }

    /** A model the engine has never heard of (the test-only tiny model) travels to the tasks by its name. */
    @Test
    void sparkEqualsLocalForAnotherModel() throws IOException {
        Model<?> tiny = Models.get("tiny");
        Experiment.Builder b = Experiment.builder(Scenarios.load(tiny, "baseline")).runs(1_200).masterSeed(SEED)
                .blockSize(100).threads(2);
        ExperimentResult r = assertSameAsLocal(b, PortableModel.of(tiny), "tiny");
        assertEquals("tiny", new ObjectMapper().readTree(r.summaryJson()).at("/provenance/model").asText());
        assertTrue(read(r.runsCsvPath()).startsWith("index,seed,outcome,day,trigger,coin,heads,"));
    }

    @Test
    void sparkEqualsLocalForSeveralThousandRuns() throws IOException {
        assertSameAsLocal(fixed(5_050, 500), TestModels.GOOD, "fake");
    }

    @Test
    void failedRunsCountedAsFailedAreTheSameOnSpark() throws IOException {
        Set<Long> bad = Set.of(Seeds.runSeed(SEED, 3), Seeds.runSeed(SEED, 1_234));
        assertSameAsLocal(fixed(2_000, 250).keepGoing(true), TestModels.failingFor(bad), "keep");
    }

    @Test
    void precisionModeStopsAtTheSameBlockAsLocal() throws IOException {
        Experiment.Builder b = Experiment.builder(Scenarios.load("baseline")).targetHalfWidth(0.03).maxRuns(20_000)
                .masterSeed(SEED).blockSize(100).threads(2);
        ExperimentResult r = assertSameAsLocal(b, TestModels.GOOD, "precise");
        assertTrue(r.targetMet());
        assertTrue(r.runs() < 20_000 && r.runs() % 100 == 0, "stopped early at a block boundary: " + r.runs());
    }

    @Test
    void partFilesHoldTheSameRowsAsLocal() throws IOException {
        Experiment.Builder b = fixed(1_000, 300);
        ExperimentResult local = b.outputDirectory(tmp.resolve("l")).build().run(TestModels.GOOD);
        spark.withConcatenatedRuns(false).run(b.outputDirectory(tmp.resolve("s")).build(), TestModels.GOOD);
        List<Path> parts;
        try (Stream<Path> s = Files.list(tmp.resolve("s/runs"))) {
            parts = s.sorted().toList();
        }
        assertEquals(List.of("part-00000000.csv", "part-00000001.csv", "part-00000002.csv", "part-00000003.csv"),
                parts.stream().map(p -> p.getFileName().toString()).toList());
        List<String> localLines = Files.readAllLines(local.runsCsvPath());
        List<String> rows = new ArrayList<>();
        for (Path p : parts) {
            List<String> lines = Files.readAllLines(p);
            assertEquals(localLines.get(0), lines.get(0), "every part starts with the header");
            rows.addAll(lines.subList(1, lines.size()));
        }
        // Sorted by index, the rows of all parts are exactly the local engine's rows.
        rows.sort(Comparator.comparingLong(l -> Long.parseLong(l.substring(0, l.indexOf(',')))));
        assertEquals(localLines.subList(1, localLines.size()), rows);
        assertFalse(Files.exists(tmp.resolve("s/runs.csv")));
    }

    @Test
    void inMemoryExperimentWritesNothing() {
        Experiment e = fixed(600, 100).build();
        ExperimentResult r = spark.run(e, TestModels.GOOD);
        assertEquals(e.run(TestModels.GOOD).counts(), r.counts());
        assertTrue(r.resultsDirectory().isEmpty());
    }

    @Test
    void aFailedRunIsReportedWithTheLowestIndex() {
        Set<Long> bad = Set.of(Seeds.runSeed(SEED, 910), Seeds.runSeed(SEED, 150), Seeds.runSeed(SEED, 160));
        RunFailedException ex = assertThrows(RunFailedException.class,
                () -> spark.run(fixed(1_000, 100).build(), TestModels.failingFor(bad)));
        assertEquals(150, ex.runIndex());
        assertEquals(Seeds.runSeed(SEED, 150), ex.seed());
        assertTrue(ex.getMessage().contains("model broke on seed"), ex.getMessage());
    }

    @Test
    void refusesAFolderWithResultsAndResume() throws IOException {
        Path d = tmp.resolve("busy");
        Files.createDirectories(d);
        Files.writeString(d.resolve("x.txt"), "x");
        assertThrows(ResultsFolderException.class, () -> spark.run(fixed(100, 50).outputDirectory(d).build(),
                TestModels.GOOD));
        assertThrows(IllegalArgumentException.class, () -> spark.run(fixed(100, 50).outputDirectory(d).resume(true)
                .build(), TestModels.GOOD));
        // Overwrite deletes only an experiment's files, and refuses a folder holding anything else.
        assertThrows(ResultsFolderException.class, () -> spark.run(fixed(100, 50).outputDirectory(d).overwrite(true)
                .build(), TestModels.GOOD));
        assertEquals("x", Files.readString(d.resolve("x.txt")));
        Files.delete(d.resolve("x.txt"));
        Files.writeString(d.resolve("checkpoint.json"), "{}");
        spark.run(fixed(100, 50).outputDirectory(d).overwrite(true).build(), TestModels.GOOD);
        assertTrue(Files.exists(d.resolve("summary.json")));
        assertFalse(Files.exists(d.resolve("checkpoint.json")), "an old experiment's files are deleted");
    }
}
