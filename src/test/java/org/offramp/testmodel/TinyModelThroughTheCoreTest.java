package org.offramp.testmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offramp.design.Comparison;
import org.offramp.design.ComparisonResult;
import org.offramp.design.Measure;
import org.offramp.engine.Merge;
import org.offramp.engine.Shards;
import org.offramp.experiment.Experiment;
import org.offramp.experiment.ExperimentResult;
import org.offramp.experiment.ProgressListener;
import org.offramp.experiment.RunModel;
import org.offramp.experiment.aggregate.ExperimentAggregate;
import org.offramp.model.Model;
import org.offramp.model.Models;
import org.offramp.model.RunRecord;
import org.offramp.model.Scenario;
import org.offramp.output.ConsoleTable;
import org.offramp.random.Seeds;
import org.offramp.scenario.ScenarioException;
import org.offramp.scenario.ScenarioLoader;
import org.offramp.scenario.Scenarios;
import org.offramp.standoff.StandoffSchema;

/**
 * A model the core has never heard of, found through the service loader, goes through everything
 * generic: its runs.csv columns and their formatting by kind, the aggregate of each kind and its
 * merge and JSON round trip, summary.json, measures compiled against its schema, shards and merge,
 * the console table and scenario files that name it.
 */
class TinyModelThroughTheCoreTest {
    private static final Model<?> TINY = Models.get("tiny");
    private static final long SEED = 20200101L;
    private static final int RUNS = 1500;

    @TempDir
    Path tmp;

    private static Scenario baseline() {
        return Scenarios.load(TINY, "baseline");
    }

    /** The runs one by one, as the model gives them. */
    private static List<TinyModel.Run> byHand(Scenario s, int runs) {
        List<TinyModel.Run> out = new ArrayList<>();
        TinyModel m = (TinyModel) TINY;
        for (int i = 0; i < runs; i++) {
            out.add(m.run(s, Seeds.runSeed(SEED, i)));
        }
        return out;
    }

    @Test
    void runsCsvHasTheModelsColumnsAndEveryRowAsTheModelRecordedIt() throws IOException {
        Scenario s = baseline();
        ExperimentResult r = Experiment.builder(s).runs(RUNS).masterSeed(SEED).threads(3).blockSize(100)
                .outputDirectory(tmp.resolve("x")).build().run();
        List<String> lines = Files.readAllLines(r.runsCsvPath());
        assertEquals("index,seed,outcome,day,trigger,coin,heads,lucky,first_head_day,mean_draw", lines.get(0));
        List<TinyModel.Run> runs = byHand(s, RUNS);
        for (int i = 0; i < RUNS; i++) {
            TinyModel.Run x = runs.get(i);
            String expected = i + "," + x.seed() + "," + (x.won() ? "WIN,"  : "TIMEOUT,") + x.day() + ","
                    + (x.won() ? "THIRD_HEAD," : "HORIZON,") + TinyModel.METALS.get(x.metal()) + "," + x.heads() + ","
                    + (x.lucky() ? 1 : 0) + "," + x.firstHead() + "," + Double.toString(x.meanDraw());
            assertEquals(expected, lines.get(i + 1), "row of run " + i);
        }
        assertEquals(RUNS + 1, lines.size());
        assertTrue(runs.stream().anyMatch(TinyModel.Run::won) && runs.stream().anyMatch(x -> !x.won()),
                "both endings occur, so both are tested");
    }

    /** Every kind's aggregate equals what the runs one by one give; the real's mean is the exact sum rounded once. */
    @Test
    void theAggregateOfEachKindIsThatOfTheRuns() {
        Scenario s = baseline();
        ExperimentResult r = Experiment.builder(s).runs(RUNS).masterSeed(SEED).build().run();
        ExperimentAggregate a = r.aggregate();
        List<TinyModel.Run> runs = byHand(s, RUNS);
        assertEquals(runs.stream().filter(TinyModel.Run::won).count(), a.outcomeCount("WIN"));
        assertEquals(runs.stream().filter(x -> !x.won()).count(), a.outcomeCount("TIMEOUT"));
        assertEquals(a.outcomeCount("WIN"), a.triggerCount(0));
        long[] metals = new long[3];
        long[] heads = new long[4];
        long totalHeads = 0;
        long anyHeads = 0;
        long lucky = 0;
        long headsSeen = 0;
        long firstHeadBy5 = 0;
        BigDecimal sum = BigDecimal.ZERO;
        for (TinyModel.Run x : runs) {
            metals[x.metal()]++;
            heads[x.heads()]++;
            totalHeads += x.heads();
            anyHeads += x.heads() > 0 ? 1 : 0;
            lucky += x.lucky() ? 1 : 0;
            headsSeen += x.firstHead() >= 0 ? 1 : 0;
            firstHeadBy5 += x.firstHead() >= 0 && x.firstHead() <= 5 ? 1 : 0;
            sum = sum.add(new BigDecimal(x.meanDraw()));
        }
        assertEquals(List.of(metals[0], metals[1], metals[2]), toList(a.counts("coin")));
        assertEquals(List.of(heads[0], heads[1], heads[2], heads[3]), toList(a.counts("heads")));
        assertEquals(totalHeads, a.total("heads"));
        assertEquals(anyHeads, a.runsWith("heads"));
        assertEquals((double) totalHeads / RUNS, a.mean("heads"));
        assertEquals(lucky, a.runsWith("lucky"));
        assertEquals(headsSeen, a.runsWith("first_head_day"));
        assertEquals(firstHeadBy5, a.firstDays("first_head_day").countUpTo(5));
        assertEquals(sum.doubleValue() / RUNS, a.mean("mean_draw"), "exact sum, rounded once");
        assertThrows(IllegalArgumentException.class, () -> a.mean("lucky"), "a flag has no mean");
        assertThrows(IllegalArgumentException.class, () -> a.total("attacks"), "a metric of another model");
    }

    @Test
    void mergeInAnyGroupingAndTheJsonRoundTripAreExact() {
        List<RunRecord> records = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            records.add(TINY.runRecord(baseline(), Seeds.runSeed(SEED, i)));
        }
        ExperimentAggregate whole = of(records, 0, 600);
        ExperimentAggregate left = of(records, 0, 200);
        left.merge(of(records, 200, 400));
        left.merge(of(records, 400, 600));
        ExperimentAggregate right = of(records, 400, 600);
        ExperimentAggregate mid = of(records, 200, 400);
        mid.merge(of(records, 0, 200));
        right.merge(mid);
        assertEquals(whole.toJson(), left.toJson());
        assertEquals(whole.toJson(), right.toJson());
        ExperimentAggregate back = ExperimentAggregate.fromJson(TinyModel.SCHEMA, whole.toJson());
        assertEquals(whole.toJson(), back.toJson());
        assertEquals(whole.mean("mean_draw"), back.mean("mean_draw"));
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
                () -> ExperimentAggregate.fromJson(StandoffSchema.SCHEMA, whole.toJson()));
        assertTrue(wrong.getMessage().contains("(the model's)"), wrong.getMessage());
        assertThrows(IllegalArgumentException.class, () -> whole.merge(
                new ExperimentAggregate(StandoffSchema.SCHEMA, 5)));
    }

    private static ExperimentAggregate of(List<RunRecord> records, int from, int to) {
        ExperimentAggregate a = new ExperimentAggregate(TinyModel.SCHEMA, 5);
        for (int i = from; i < to; i++) {
            a.accept(i, records.get(i));
        }
        return a;
    }

    @Test
    void summaryJsonReportsEveryMetricByItsKind() {
        ExperimentResult r = Experiment.builder(baseline()).runs(RUNS).masterSeed(SEED).build().run();
        JsonNode s = r.summary();
        assertEquals("offramp-summary/2", s.path("format").asText());
        assertEquals("tiny", s.path("provenance").path("model").asText());
        assertEquals("tiny", s.path("experiment").path("model").asText());
        assertEquals("tiny", s.path("provenance").path("scenario").path("model").asText());
        assertEquals(List.of("WIN", "TIMEOUT", "FAILED"), fieldNames(s.path("outcomes")));
        assertEquals(List.of("WIN"), fieldNames(s.path("cumulativeIncidence")).subList(1, 2),
                "the horizon ending has no incidence curve");
        assertEquals("WIN", s.path("triggers").path("THIRD_HEAD").path("outcome").asText());
        JsonNode m = s.path("metrics");
        assertEquals(List.of("coin", "heads", "lucky", "first_head_day", "mean_draw"), fieldNames(m));
        ExperimentAggregate a = r.aggregate();
        assertEquals("category", m.path("coin").path("kind").asText());
        assertEquals(a.counts("coin")[2], m.path("coin").path("counts").path("GOLD").asLong());
        assertEquals("count", m.path("heads").path("kind").asText());
        assertEquals(a.total("heads"), m.path("heads").path("total").asLong());
        assertEquals(a.counts("heads")[3], m.path("heads").path("counts").path("3").asLong());
        assertEquals("flag", m.path("lucky").path("kind").asText());
        assertEquals((double) a.runsWith("lucky") / RUNS, m.path("lucky").path("share").asDouble());
        assertEquals("firstDay", m.path("first_head_day").path("kind").asText());
        assertEquals(a.runsWith("first_head_day"), m.path("first_head_day").path("days").path("count").asLong());
        assertEquals("real", m.path("mean_draw").path("kind").asText());
        assertEquals(a.mean("mean_draw"), m.path("mean_draw").path("mean").asDouble());
    }

    private static List<String> fieldNames(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static List<Long> toList(long[] v) {
        List<Long> out = new ArrayList<>();
        for (long x : v) {
            out.add(x);
        }
        return out;
    }

    /** Each measure form, compiled against the tiny schema, gives the share the runs one by one give. */
    @Test
    void measuresAreCompiledAgainstTheModelsSchema() {
        Scenario base = baseline();
        Scenario loaded = Scenarios.load(TINY, "loaded");
        List<String> names = List.of("WIN", "TIMEOUT", "WIN_BY_DAY_10", "LUCKY", "FIRST_HEAD", "FIRST_HEAD_BY_DAY_3",
                "HEADS_AT_LEAST_2");
        List<Measure> measures = names.stream().map(n -> Measure.parse(TinyModel.SCHEMA, n)).toList();
        ComparisonResult r = Comparison.builder().variant("fair", base).variant("loaded", loaded).measures(measures)
                .runs(400).masterSeed(SEED).threads(2).build().run(ProgressListener.NONE);
        for (Scenario s : List.of(base, loaded)) {
            List<TinyModel.Run> runs = byHand(s, 400);
            long[] expected = {
                runs.stream().filter(TinyModel.Run::won).count(),
                runs.stream().filter(x -> !x.won()).count(),
                runs.stream().filter(x -> x.won() && x.day() <= 10).count(),
                runs.stream().filter(TinyModel.Run::lucky).count(),
                runs.stream().filter(x -> x.firstHead() >= 0).count(),
                runs.stream().filter(x -> x.firstHead() >= 0 && x.firstHead() <= 3).count(),
                runs.stream().filter(x -> x.heads() >= 2).count()};
            String variant = s == base ? "fair" : "loaded";
            for (int k = 0; k < names.size(); k++) {
                assertEquals(expected[k], r.share(variant, measures.get(k)).count(), variant + " " + names.get(k));
            }
        }
        assertEquals("WIN, TIMEOUT, WIN_BY_DAY_N, HEADS_AT_LEAST_N (N in 0..3), LUCKY, FIRST_HEAD or"
                + " FIRST_HEAD_BY_DAY_N", Measure.allowed(TinyModel.SCHEMA));
        for (String bad : List.of("TIMEOUT_BY_DAY_3", "HEADS_AT_LEAST_4", "WAR", "LUCKY_BY_DAY_2", "MEAN_DRAW")) {
            assertThrows(IllegalArgumentException.class, () -> Measure.parse(TinyModel.SCHEMA, bad), bad);
        }
        IllegalArgumentException foreign = assertThrows(IllegalArgumentException.class, () -> Comparison.builder()
                .variant("a", base).variant("b", loaded).measures(List.of(Measure.parse("WAR"))).runs(10)
                .masterSeed(1).build());
        assertTrue(foreign.getMessage().contains("not a measure of model tiny"), foreign.getMessage());
        assertEquals(List.of("WIN", "TIMEOUT"), Comparison.builder().variant("a", base).variant("b", loaded)
                .runs(10).masterSeed(1).build().measures().stream().map(Measure::name).toList(),
                "the default measures are the model's endings");
    }

    @Test
    void shardsMergeIntoTheSingleRunsFiles() throws IOException {
        Experiment e = Experiment.builder(baseline()).runs(700).masterSeed(SEED).blockSize(100).build();
        ExperimentResult whole = e.toBuilder().outputDirectory(tmp.resolve("whole")).build().run();
        List<Path> shards = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            Path dir = tmp.resolve("shard-" + k);
            Shards.run(e, k, 3, RunModel.of(TINY), dir);
            shards.add(dir);
        }
        ExperimentResult merged = Merge.merge(shards, tmp.resolve("merged"));
        assertEquals(whole.runsCsv(), merged.runsCsv());
        assertEquals(whole.aggregate().toJson(), merged.aggregate().toJson());
    }

    @Test
    void theConsoleTableListsTheModelsEndings() {
        ExperimentResult r = Experiment.builder(baseline()).runs(300).masterSeed(SEED).build().run();
        String table = ConsoleTable.outcomes(r.experiment().model().endings().names(),
                r.aggregate().outcomeCounts(), 0.95);
        assertTrue(table.lines().anyMatch(l -> l.startsWith("WIN ")), table);
        assertTrue(table.lines().anyMatch(l -> l.startsWith("TIMEOUT ")), table);
        assertTrue(table.contains("total      300  100.00%"), table);
    }

    @Test
    void scenarioFilesNameTheirModelAndStayWithinIt() throws IOException {
        Path ok = Files.writeString(tmp.resolve("mine.yaml"), "model: tiny\nscenario: mine\nextends: baseline\n"
                + "parameters:\n  coin.heads: 0.5\n");
        Scenario s = ScenarioLoader.load(ok);
        assertEquals("tiny", s.model().name());
        assertEquals(0.5, s.get(TinyModel.HEADS));
        assertEquals(s, ScenarioLoader.load(Files.writeString(tmp.resolve("again.yaml"), s.toYaml())),
                "toYaml names the model and reads back");
        assertTrue(s.toYaml().startsWith("model: tiny\n"), s.toYaml());

        ScenarioException foreign = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(Files.writeString(
                tmp.resolve("foreign.yaml"), "model: tiny\nscenario: f\nextends: baseline\nparameters:\n"
                        + "  washington.restraint: 0.5\n")));
        assertTrue(foreign.getMessage().contains("washington.restraint is not a known parameter"),
                foreign.getMessage());
        ScenarioException unknown = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(Files.writeString(
                tmp.resolve("unknown.yaml"), "model: nope\nscenario: u\n")));
        assertEquals(tmp.resolve("unknown.yaml") + ":1: model must be an installed model: brinkmanship, standoff, tankerwar, tiny,"
                + " but was \"nope\"", unknown.getMessage());
        ScenarioException across = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(Files.writeString(
                tmp.resolve("across.yaml"), "scenario: across\nextends: mine.yaml\n")));
        assertTrue(across.getMessage().contains("is a scenario of model tiny, but this file is of model standoff"),
                across.getMessage());
        assertThrows(ScenarioException.class, () -> ScenarioLoader.load(Files.writeString(tmp.resolve("actors.yaml"),
                "model: tiny\nscenario: a\nactors: [one]\n")), "the tiny model has no actors to list");
    }
}
