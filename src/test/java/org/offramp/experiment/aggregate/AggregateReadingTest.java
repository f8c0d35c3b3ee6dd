package org.offramp.experiment.aggregate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.offramp.model.Endings;
import org.offramp.model.Metric;
import org.offramp.model.RecordSchema;

/**
 * Every reading of {@link ExperimentAggregate} on a small schema with one metric of each kind, fed
 * a handful of runs whose counts are worked out by hand; and every refusal of a bad question or a
 * bad saved state.
 */
class AggregateReadingTest {

    /** One run of the small model. */
    record Run(long seed, int ending, int day, int trigger, int colour, int hits, int level, boolean flag,
               int first, double real) {
    }

    static final Endings ENDINGS = Endings.builder()
            .ending("WIN", "win", "#c0392b")
            .horizon("QUIET", "quiet", "#8c8c8c")
            .trigger("BANG", "WIN", "bang")
            .trigger("SHOVE", "WIN", "shove")
            .trigger("TIME", "QUIET", "time")
            .build();

    static final RecordSchema<Run> SCHEMA = RecordSchema.<Run>builder(ENDINGS, Run::seed, Run::ending, Run::day,
                    Run::trigger)
            .metric(Metric.category("colour", List.of("red", "green", "blue"), Run::colour))
            .metric(Metric.count("hits", Run::hits))
            .metric(Metric.<Run>count("level", Run::level).bounded(3, List.of()))
            .metric(Metric.flag("flagged", Run::flag))
            .metric(Metric.firstDay("first", Run::first))
            .metric(Metric.real("real", Run::real))
            .build();

    private static final int WIN = 0;
    private static final int QUIET = 1;

    /** Five runs: indices 4, 2, 7 win (two by BANG, one by SHOVE), 1 and 3 end quiet on day 30. */
    private static ExperimentAggregate five(int samples) {
        ExperimentAggregate a = new ExperimentAggregate(SCHEMA, samples);
        a.accept(4, SCHEMA.toRecord(new Run(40, WIN, 5, 0, 2, 3, 1, true, 0, 0.5)));
        a.accept(2, SCHEMA.toRecord(new Run(20, WIN, 12, 1, 0, 0, 3, false, 7, 0.25)));
        a.accept(7, SCHEMA.toRecord(new Run(70, WIN, 5, 0, 2, 1, 0, true, -1, -2.0)));
        a.accept(1, SCHEMA.toRecord(new Run(10, QUIET, 30, 2, 1, 0, 0, false, 7, 1e-3)));
        a.accept(3, SCHEMA.toRecord(new Run(30, QUIET, 30, 2, 2, 4, 3, true, -1, 0)));
        return a;
    }

    @Test
    void samplesPerOutcomeMayBeZeroToAThousand() {
        assertEquals(0, new ExperimentAggregate(SCHEMA, 0).samplesPerOutcome());
        assertEquals(1000, new ExperimentAggregate(SCHEMA, 1000).samplesPerOutcome());
        assertEquals("samplesPerOutcome must be in [0, 1000], but was 1001", assertThrows(IllegalArgumentException.class,
                () -> new ExperimentAggregate(SCHEMA, 1001)).getMessage());
        assertEquals("samplesPerOutcome must be in [0, 1000], but was -1", assertThrows(IllegalArgumentException.class,
                () -> new ExperimentAggregate(SCHEMA, -1)).getMessage());
    }

    @Test
    void runsEndingsTriggersAndDays() {
        ExperimentAggregate a = five(3);
        a.acceptFailure(9, 90, new IllegalStateException("x"));
        assertSame(SCHEMA, a.schema());
        assertSame(ENDINGS, a.endings());
        assertEquals(5, a.completed());
        assertEquals(1, a.failed());
        assertEquals(6, a.runs());
        assertArrayEquals(new long[] {3, 2}, a.outcomeCounts());
        assertEquals(3, a.outcomeCount("WIN"));
        assertEquals(2, a.outcomeCount(QUIET));
        assertEquals(2, a.triggerCount(0));
        assertEquals(1, a.triggerCount(1));
        assertEquals(2, a.triggerCount(2));
        assertEquals(2, a.days("WIN").count(5));
        assertEquals(1, a.days(WIN).count(12));
        assertEquals(3, a.days(WIN).total());
        assertEquals(2, a.days("QUIET").count(30));
        // cumulative incidence over the 5 completed runs
        assertEquals(0.0, a.cumulativeIncidence(WIN, 4));
        assertEquals(0.4, a.cumulativeIncidence(WIN, 5));
        assertEquals(0.6, a.cumulativeIncidence(WIN, 12));
        assertEquals(0.4, a.cumulativeIncidence(QUIET, 30));
    }

    @Test
    void metricsOfEveryKind() {
        ExperimentAggregate a = five(3);
        assertArrayEquals(new long[] {1, 1, 3}, a.counts("colour"));
        assertEquals(8, a.total("hits"));
        assertEquals(3, a.runsWith("hits"), "runs with a count of at least 1");
        assertEquals(8 / 5.0, a.mean("hits"));
        assertArrayEquals(new long[] {2, 1, 0, 2}, a.counts("level"));
        assertEquals(3, a.runsWith("flagged"));
        assertEquals(3, a.runsWith("first"), "-1 means it never happened");
        DayHistogram first = a.firstDays("first");
        assertEquals(3, first.total());
        assertEquals(1, first.count(0));
        assertEquals(2, a.firstDays(a.metric("first")).count(7));
        assertEquals((0.5 + 0.25 - 2.0 + 1e-3 + 0) / 5, a.mean("real"), 1e-15);
        assertEquals(5, a.metric("real"));
    }

    @Test
    void aQuestionOfTheWrongKindIsRefusedNamingTheKind() {
        ExperimentAggregate a = five(3);
        assertEquals("metric colour is a CATEGORY metric; allowed: a metric of kind [FLAG, FIRST_DAY, COUNT]",
                assertThrows(IllegalArgumentException.class, () -> a.runsWith("colour")).getMessage());
        assertEquals("metric flagged is a FLAG metric; allowed: a metric of kind [COUNT]",
                assertThrows(IllegalArgumentException.class, () -> a.total("flagged")).getMessage());
        assertEquals("metric flagged is a FLAG metric; allowed: a metric of kind [COUNT, REAL]",
                assertThrows(IllegalArgumentException.class, () -> a.mean("flagged")).getMessage());
        assertEquals("metric real is a REAL metric; allowed: a metric of kind [FIRST_DAY]",
                assertThrows(IllegalArgumentException.class, () -> a.firstDays("real")).getMessage());
        assertEquals("metric hits is an unbounded count: it is not counted per value",
                assertThrows(IllegalArgumentException.class, () -> a.counts("hits")).getMessage());
        assertEquals("metric must be one of the model's ([colour, hits, level, flagged, first, real]), but was nope",
                assertThrows(IllegalArgumentException.class, () -> a.metric("nope")).getMessage());
        assertEquals("ending must be one of [WIN, QUIET], but was LOSS",
                assertThrows(IllegalArgumentException.class, () -> a.outcomeCount("LOSS")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> a.samples("LOSS"));
        assertThrows(IllegalArgumentException.class, () -> a.days("LOSS"));
    }

    @Test
    void withNoCompletedRunsMeansAndIncidencesAreNaN() {
        ExperimentAggregate a = new ExperimentAggregate(SCHEMA, 3);
        a.acceptFailure(0, 1, new RuntimeException());
        assertTrue(Double.isNaN(a.mean("hits")));
        assertTrue(Double.isNaN(a.mean("real")));
        assertTrue(Double.isNaN(a.cumulativeIncidence(WIN, 10)));
        assertEquals(1, a.runs());
    }

    @Test
    void samplesAreTheLowestIndicesInOrderWhateverTheOrderOfArrival() {
        ExperimentAggregate a = five(2);
        assertEquals(List.of(2L, 4L), a.samples("WIN").stream().map(RunSample::index).toList());
        assertEquals(List.of(20L, 40L), a.samples(WIN).stream().map(RunSample::seed).toList());
        assertEquals(List.of(1L, 3L), a.samples("QUIET").stream().map(RunSample::index).toList());
        a.acceptFailure(8, 80, new IllegalStateException("late"));
        a.acceptFailure(6, 60, new IllegalStateException("early"));
        a.acceptFailure(11, 110, new IllegalStateException("later"));
        assertEquals(List.of(6L, 8L), a.failures().stream().map(RunSample::index).toList());
        assertEquals("java.lang.IllegalStateException: early", a.failures().get(0).detail());
        assertEquals(0, new ExperimentAggregate(SCHEMA, 0).samples(WIN).size());
        ExperimentAggregate none = five(0);
        assertEquals(List.of(), none.samples("WIN"));
    }

    @Test
    void mergeRefusesAnotherSchemaOrSampleCount() {
        ExperimentAggregate a = five(3);
        assertEquals("samplesPerOutcome of the merged aggregate must be 3, but was 2",
                assertThrows(IllegalArgumentException.class, () -> a.merge(five(2))).getMessage());
        RecordSchema<Run> other = RecordSchema.<Run>builder(ENDINGS, Run::seed, Run::ending, Run::day, Run::trigger)
                .metric(Metric.count("hits", Run::hits)).build();
        assertThrows(IllegalArgumentException.class, () -> a.merge(new ExperimentAggregate(other, 3)));
        assertEquals(5, a.completed(), "a refused merge changes nothing");
    }

    @Test
    void mergeAddsEveryCountAndKeepsTheLowestSamples() {
        ExperimentAggregate a = five(2);
        ExperimentAggregate b = new ExperimentAggregate(SCHEMA, 2);
        b.accept(0, SCHEMA.toRecord(new Run(1, WIN, 5, 1, 0, 2, 2, true, 3, 1.5)));
        b.acceptFailure(5, 50, new RuntimeException());
        a.merge(b);
        assertEquals(6, a.completed());
        assertEquals(1, a.failed());
        assertEquals(2, a.triggerCount(1));
        assertEquals(3, a.days(WIN).count(5));
        assertEquals(10, a.total("hits"));
        assertArrayEquals(new long[] {2, 1, 1, 2}, a.counts("level"));
        assertArrayEquals(new long[] {2, 1, 3}, a.counts("colour"));
        assertEquals(4, a.runsWith("flagged"));
        assertEquals(1, a.firstDays("first").count(3));
        assertEquals((0.5 + 0.25 - 2.0 + 1e-3 + 1.5) / 6, a.mean("real"), 1e-15);
        assertEquals(List.of(0L, 2L), a.samples("WIN").stream().map(RunSample::index).toList());
        assertEquals(List.of(5L), a.failures().stream().map(RunSample::index).toList());
    }

    @Test
    void aSavedStateRoundTripsWithANonFiniteSum() {
        ExperimentAggregate a = five(3);
        a.accept(12, SCHEMA.toRecord(new Run(120, WIN, 1, 0, 0, 0, 0, false, -1, Double.POSITIVE_INFINITY)));
        ObjectNode json = a.toJson();
        assertEquals("Infinity", json.get("metrics").get("real").get("nonFinite").asText());
        ExperimentAggregate back = ExperimentAggregate.fromJson(SCHEMA, json);
        assertEquals(Double.POSITIVE_INFINITY, back.mean("real"));
        assertEquals(json, back.toJson());
        assertEquals(2, back.firstDays("first").count(7));
        assertEquals(2, back.triggerCount(2));
        assertEquals(List.of(2L, 4L, 7L), back.samples("WIN").stream().map(RunSample::index).toList());
        // a finite sum writes no such field, and reads back finite
        assertTrue(five(3).toJson().get("metrics").get("real").get("nonFinite") == null);
        assertEquals(five(3).mean("real"), ExperimentAggregate.fromJson(SCHEMA, five(3).toJson()).mean("real"));
    }

    @Test
    void aStateOfAnotherModelIsRefusedNotHalfRead() {
        ObjectNode extraEnding = five(3).toJson();
        ((ObjectNode) extraEnding.get("outcomes")).set("LOSS", extraEnding.get("outcomes").get("WIN"));
        assertEquals("aggregate field outcomes must hold [WIN, QUIET] (the model's), but holds [WIN, QUIET, LOSS]",
                assertThrows(IllegalArgumentException.class, () -> ExperimentAggregate.fromJson(SCHEMA, extraEnding))
                        .getMessage());
        ObjectNode extraMetric = five(3).toJson();
        ((ObjectNode) extraMetric.get("metrics")).set("more", extraMetric.get("metrics").get("flagged"));
        assertEquals("aggregate field metrics must hold [colour, hits, level, flagged, first, real] (the model's), but"
                + " holds [colour, hits, level, flagged, first, real, more]", assertThrows(
                        IllegalArgumentException.class, () -> ExperimentAggregate.fromJson(SCHEMA, extraMetric))
                .getMessage());
    }

    @Test
    void aDamagedStateIsRefusedNamingTheField() {
        ObjectNode missing = five(3).toJson();
        missing.remove("completed");
        assertEquals("aggregate field completed is missing", assertThrows(IllegalArgumentException.class,
                () -> ExperimentAggregate.fromJson(SCHEMA, missing)).getMessage());
        ObjectNode text = five(3).toJson();
        text.put("failed", "many");
        assertEquals("aggregate field failed must be an integer, but was \"many\"", assertThrows(
                IllegalArgumentException.class, () -> ExperimentAggregate.fromJson(SCHEMA, text)).getMessage());
        ObjectNode shortArray = five(3).toJson();
        ((ArrayNode) shortArray.get("triggers")).remove(2);
        assertEquals("aggregate field triggers must have 3 entries, but had 2", assertThrows(
                IllegalArgumentException.class, () -> ExperimentAggregate.fromJson(SCHEMA, shortArray)).getMessage());
        ObjectNode nul = five(3).toJson();
        nul.putNull("outcomes");
        assertEquals("aggregate field outcomes is missing", assertThrows(IllegalArgumentException.class,
                () -> ExperimentAggregate.fromJson(SCHEMA, nul)).getMessage());
    }
}
