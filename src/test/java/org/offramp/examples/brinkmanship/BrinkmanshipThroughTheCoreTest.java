package org.offramp.examples.brinkmanship;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offramp.design.ComparisonResult;
import org.offramp.design.Measure;
import org.offramp.design.Factor;
import org.offramp.design.PolicySpec;
import org.offramp.design.PolicySpecLoader;
import org.offramp.design.Sensitivity;
import org.offramp.design.SensitivityResult;
import org.offramp.design.SobolIndices;
import org.offramp.design.SweepResult;
import org.offramp.engine.Merge;
import org.offramp.engine.Shards;
import org.offramp.experiment.Experiment;
import org.offramp.experiment.ExperimentResult;
import org.offramp.experiment.ProgressListener;
import org.offramp.experiment.RunModel;
import org.offramp.model.Model;
import org.offramp.model.Models;
import org.offramp.model.RunRecord;
import org.offramp.model.Scenario;
import org.offramp.random.Seeds;
import org.offramp.scenario.ExperimentSpec;
import org.offramp.scenario.ExperimentSpecLoader;
import org.offramp.scenario.Scenarios;

/**
 * The brinkmanship model through the library from Java, with no line of the library written for it:
 * experiments (runs.csv row by row as the model records them, for any thread count), its shipped
 * comparison and sweep files, a sensitivity analysis, shards merged, and the tutorial's Java program.
 * Spark in local[2] is checked by {@code BrinkmanshipOnSparkTest}, built with the spark profile.
 */
class BrinkmanshipThroughTheCoreTest {
    private static final Model<?> MODEL = Models.get(BrinkmanshipModel.NAME);
    private static final Path FILES = Path.of("experiments", "brinkmanship");
    private static final long SEED = 20240601L;

    @TempDir
    Path tmp;

    private static Scenario baseline() {
        return Scenarios.load(MODEL, "baseline");
    }

    @Test
    void runsCsvHoldsEveryRunAsTheModelRecordsItForAnyThreadCount() throws IOException {
        Experiment e = Experiment.builder(baseline()).runs(1200).masterSeed(SEED).blockSize(200).build();
        ExperimentResult one = e.toBuilder().threads(1).outputDirectory(tmp.resolve("one")).build().run();
        ExperimentResult two = e.toBuilder().threads(2).outputDirectory(tmp.resolve("two")).build().run();
        assertEquals(Files.readString(one.runsCsvPath()), Files.readString(two.runsCsvPath()));
        List<String> lines = Files.readAllLines(one.runsCsvPath());
        assertEquals("index," + String.join(",", MODEL.record().csvHeader()), lines.get(0));
        for (int i = 0; i < 1200; i++) {
            RunRecord r = MODEL.runRecord(baseline(), Seeds.runSeed(SEED, i));
            assertEquals(i + "," + r.toCsv(), lines.get(i + 1), "row of run " + i);
        }
        assertEquals(1201, lines.size());
        assertEquals(0L, one.counts().get("FAILED"));
    }

    /** The shipped experiment file is the tutorial's Java program's experiment: the same runs.csv. */
    @Test
    void theTutorialsJavaProgramRunsTheExperimentOfTheFile() throws IOException {
        Path java = tmp.resolve("strait-java");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream before = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            StraitFromJava.main(new String[] {java.toString()});
        } finally {
            System.setOut(before);
        }
        ExperimentSpec spec = ExperimentSpecLoader.load(FILES.resolve("strait.yaml"));
        ExperimentResult fromFile = Experiment.builder(spec.scenario())
                .runs(((ExperimentSpec.Runs) spec.budget()).count()).masterSeed(spec.seed())
                .outputDirectory(tmp.resolve("strait")).build().run();
        assertEquals(Files.readString(fromFile.runsCsvPath()), Files.readString(java.resolve("runs.csv")));
        String out = printed.toString(StandardCharsets.UTF_8);
        assertTrue(out.startsWith(fromFile.counts().toString() + "\n"), out);
        assertTrue(out.contains(MODEL.replay(Scenarios.load(MODEL, "fog"), 2L).storyText()), out);
        assertTrue(out.lines().anyMatch(l -> l.matches("WAR \\d+\\.\\d% -> \\d+\\.\\d%: \\+\\d+\\.\\d points \\[.*]")),
                out);
    }

    /**
     * A sensitivity analysis from Java: a factor that cannot act (days at the top rung beyond the
     * 180-day horizon) changes no run, so with common random numbers its indices are exactly 0, while
     * the mediator's offers drive the SETTLEMENT share.
     */
    @Test
    void aSensitivityAnalysisFindsTheFactorThatChangesNothing() {
        Measure settlement = Measure.parse(MODEL.record(), "SETTLEMENT");
        SensitivityResult r = Sensitivity.builder(baseline())
                .factor(Factor.range(CrisisParams.NOISE, 0, 2))
                .factor(Factor.range(CrisisParams.OFFER, 0, 0.3))
                .factor(Factor.range(CrisisParams.DAYS_AT_TOP, 200, 365))
                .samples(8).runsPerPoint(40).bootstrap(100).measures(List.of(settlement)).masterSeed(SEED)
                .build().run(ProgressListener.NONE);
        SobolIndices s = r.indices(settlement);
        assertEquals(0.0, s.first()[2]);
        assertEquals(0.0, s.total()[2]);
        assertTrue(s.total()[1] > 0.3, "the mediator's offers drive settlements: " + s.total()[1]);
    }

    /** A sweep point's share is the share of its scenario's runs, one by one. */
    @Test
    void aSweepPointIsItsScenariosRuns() {
        PolicySpec.SweepSpec spec = (PolicySpec.SweepSpec) PolicySpecLoader.load(FILES.resolve("misreading.yaml"))
                .withRuns(120);
        SweepResult r = spec.toSweep().run(ProgressListener.NONE);
        Measure war = Measure.parse(MODEL.record(), "WAR");
        Scenario noisiest = baseline().with(CrisisParams.NOISE, 2.4).with(CrisisParams.OFFER, 0);
        long wars = 0;
        for (int i = 0; i < 120; i++) {
            wars += ((BrinkmanshipModel) MODEL).run(noisiest, Seeds.runSeed(SEED, i)).ending() == CrisisSchema.WAR ? 1 : 0;
        }
        assertEquals(18, r.size());
        assertArrayEquals(new double[] {2.4, 0}, r.point(15));
        assertEquals(wars, Math.round(r.share(15, war) * 120), "point 15: noise 2.4, no mediator");
    }

    @Test
    void shardsMergeIntoTheSingleRunsFiles() throws IOException {
        Experiment e = Experiment.builder(baseline()).runs(2500).masterSeed(SEED).build();
        ExperimentResult whole = e.toBuilder().outputDirectory(tmp.resolve("whole")).build().run();
        List<Path> shards = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            Path dir = tmp.resolve("shard-" + k);
            Shards.run(e, k, 3, RunModel.of(MODEL), dir);
            shards.add(dir);
        }
        ExperimentResult merged = Merge.merge(List.of(shards.get(2), shards.get(0), shards.get(1)),
                tmp.resolve("merged"));
        assertEquals(whole.runsCsv(), merged.runsCsv());
        assertEquals(whole.aggregate().toJson(), merged.aggregate().toJson());
    }

    /**
     * A model need not be installed to run in memory: one the service loader does not know (here the
     * example under another name) runs from its own default scenario, as the tutorial says.
     */
    @Test
    void aModelThatIsNotInstalledRunsInMemory() {
        Model<CrisisRecord> mine = new NotInstalled();
        assertTrue(Models.find(mine.name()).isEmpty());
        ExperimentResult r = Experiment.builder(Scenario.defaults(mine)).runs(1_000).masterSeed(1).build()
                .run(RunModel.of(mine));
        ExperimentResult installed = Experiment.builder(baseline()).runs(1_000).masterSeed(1).build().run();
        assertEquals(installed.counts(), r.counts());
        assertEquals("my-strait", r.experiment().model().name());
    }

    /** The example model under another name, installed nowhere. */
    private static final class NotInstalled implements Model<CrisisRecord> {
        private static final long serialVersionUID = 1L;
        private final BrinkmanshipModel inner = new BrinkmanshipModel();

        @Override
        public String name() {
            return "my-strait";
        }

        @Override
        public String title() {
            return "not installed";
        }

        @Override
        public org.offramp.model.Parameters parameters() {
            return inner.parameters();
        }

        @Override
        public org.offramp.model.Endings endings() {
            return inner.endings();
        }

        @Override
        public org.offramp.model.RecordSchema<CrisisRecord> record() {
            return inner.record();
        }

        @Override
        public org.offramp.model.ScenarioCatalog scenarios() {
            return inner.scenarios();
        }

        @Override
        public CrisisRecord run(Scenario scenario, long seed) {
            return inner.run(scenario, seed);
        }

        @Override
        public org.offramp.model.Replay<CrisisRecord> replay(Scenario scenario, long seed) {
            return inner.replay(scenario, seed);
        }
    }

    /** The comparison of the shipped file, from Java, pairs its variants run by run. */
    @Test
    void theComparisonIsPairedRunByRun() {
        PolicySpec.Compare spec = (PolicySpec.Compare) PolicySpecLoader.load(FILES.resolve("mediation.yaml"))
                .withRuns(400);
        ComparisonResult r = spec.toComparison().run(ProgressListener.NONE);
        Measure war = Measure.parse(MODEL.record(), "WAR");
        BrinkmanshipModel m = (BrinkmanshipModel) MODEL;
        Scenario fog = baseline().with(CrisisParams.NOISE, 1.6);
        Scenario busy = fog.with(CrisisParams.OFFER, 0.3);
        long onlyBusy = 0;
        long onlyFog = 0;
        for (int i = 0; i < 400; i++) {
            long seed = Seeds.runSeed(SEED, i);
            boolean a = m.run(busy, seed).ending() == CrisisSchema.WAR;
            boolean b = m.run(fog, seed).ending() == CrisisSchema.WAR;
            onlyBusy += a && !b ? 1 : 0;
            onlyFog += b && !a ? 1 : 0;
        }
        ComparisonResult.PairedDifference d = r.difference("fog-busy-mediator", war);
        assertEquals("fog", d.against());
        assertEquals(onlyBusy, d.variantOnly());
        assertEquals(onlyFog, d.againstOnly());
    }
}
