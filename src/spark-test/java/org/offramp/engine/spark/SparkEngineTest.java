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
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offramp.engine.TestModels;
import org.offramp.experiment.Experiment;
import org.offramp.experiment.ExperimentCancelledException;
import org.offramp.experiment.ExperimentResult;
import org.offramp.experiment.ExperimentRun;
import org.offramp.experiment.ExperimentRunner;
import org.offramp.experiment.PortableModel;
import org.offramp.experiment.ProgressListener;
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
    void progressGrowsToTheTotalAndACancelledRunResumesLocallyToTheSameFiles() throws IOException {
        Experiment.Builder b = fixed(3_000, 100);
        Path whole = tmp.resolve("whole");
        ExperimentResult local = b.outputDirectory(whole).build().run(TestModels.GOOD);

        // Progress on Spark: block by block as tasks finish, growing, ending at the total.
        List<Long> seen = Collections.synchronizedList(new ArrayList<>());
        Path full = tmp.resolve("spark-progress");
        ExperimentRunner.start(b.outputDirectory(full).build(), TestModels.GOOD, spark.backend(),
                (done, total) -> {
                    assertEquals(3_000, total);
                    seen.add(done);
                }).await();
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i) > seen.get(i - 1), seen::toString);
        }
        assertEquals(3_000L, seen.get(seen.size() - 1));
        assertEquals(read(local.runsCsvPath()), read(full.resolve("runs.csv")));

        // Cancelled after 1,000 committed runs (as Ctrl-C cancels it): a consistent folder that resumes.
        Path cut = tmp.resolve("spark-cancelled");
        ExperimentRun run = ExperimentRunner.start(b.outputDirectory(cut).build(), TestModels.GOOD, spark.backend(),
                ProgressListener.committed((committed, total) -> {
                    if (committed >= 1_000) {
                        throw new IllegalStateException("enough");
                    }
                }));
        ExperimentCancelledException ex = assertThrows(ExperimentCancelledException.class, run::await);
        assertTrue(ex.runsCommitted() >= 1_000 && ex.runsCommitted() < 3_000, "committed " + ex.runsCommitted());
        assertTrue(Files.exists(cut.resolve("checkpoint.json")), "the committed runs are checkpointed");
        ExperimentResult resumed = b.outputDirectory(cut).resume(true).build().run(TestModels.GOOD);
        assertEquals(read(local.runsCsvPath()), read(resumed.runsCsvPath()), "runs.csv byte for byte");
        assertEquals(SummaryJson.withoutMachineFields(local.summaryJson()),
                SummaryJson.withoutMachineFields(resumed.summaryJson()));
    }

    @Test
    void refusesAFolderWithResultsAndOverwritesOnlyAnExperiment() throws IOException {
        Path d = tmp.resolve("busy");
        Files.createDirectories(d);
        Files.writeString(d.resolve("x.txt"), "x");
        assertThrows(ResultsFolderException.class, () -> spark.run(fixed(100, 50).outputDirectory(d).build(),
                TestModels.GOOD));
        // Overwrite deletes only an experiment's files, and refuses a folder holding anything else.
        assertThrows(ResultsFolderException.class, () -> spark.run(fixed(100, 50).outputDirectory(d).overwrite(true)
                .build(), TestModels.GOOD));
        assertEquals("x", Files.readString(d.resolve("x.txt")));
        Files.delete(d.resolve("x.txt"));
        Files.writeString(d.resolve("checkpoint.json"), "{}");
        spark.run(fixed(100, 50).outputDirectory(d).overwrite(true).build(), TestModels.GOOD);
        assertTrue(Files.exists(d.resolve("summary.json")));
        assertFalse(read(d.resolve("checkpoint.json")).equals("{}"), "an old experiment's files are replaced");
    }
}
