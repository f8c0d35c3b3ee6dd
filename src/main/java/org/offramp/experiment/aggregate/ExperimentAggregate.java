package org.offramp.experiment.aggregate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.offramp.model.Endings;
import org.offramp.model.Metric;
import org.offramp.model.MetricKind;
import org.offramp.model.RecordSchema;
import org.offramp.model.RunRecord;

/**
 * The streaming aggregate of an experiment's runs, driven by the model's {@link RecordSchema}:
 * everything the summary reports, in memory that does not grow with the number of runs.
 *
 * <p>Per ending: the runs, a histogram of their days of ending and the first few sample runs; per
 * trigger: the runs. Per metric, by its {@link MetricKind kind}: a category's runs per category; a
 * count's total and runs with any (and, bounded, its runs per value); a flag's runs with it; a first
 * day's runs in which it happened and a histogram of the day; a real's exact sum.
 *
 * <pre>{@code
 * ExperimentAggregate total = new ExperimentAggregate(model.record(), 3);
 * total.accept(0, record0);
 * total.merge(partialOfAnotherBlock);
 * long wars = total.outcomeCount("WAR");
 * double meanAttacks = total.mean("attacks");
 * }</pre>
 *
 * <p>{@link #merge} is associative and commutative, bit for bit: counts are integers, sums of
 * doubles are {@link ExactSum exact}, and the sample lists keep the lowest run indices whatever the
 * order. The state round-trips through {@link #toJson()} and {@link #fromJson(RecordSchema, JsonNode)}
 * (used by checkpoints and shard merging).
 *
 * <p>Not thread-safe: each worker aggregates its block into its own instance.
 */
public final class ExperimentAggregate implements Aggregator<ExperimentAggregate> {
    private final RecordSchema<?> schema;
    private final int samplesPerOutcome;
    private long completed;
    private long failed;
    private final long[] outcomes;
    private final DayHistogram[] days;
    private final long[] triggers;
    private final List<List<RunSample>> samples;
    private final List<RunSample> failures = new ArrayList<>();
    // Per metric, indexed like the schema's metrics; null where the kind keeps no such state.
    private final MetricKind[] kinds;
    /** FLAG: runs with it; FIRST_DAY: runs in which it happened; COUNT: runs with a value of at least 1. */
    private final long[] runsWith;
    /** COUNT: the sum of the values. */
    private final long[] totals;
    /** CATEGORY: runs per category; bounded COUNT: runs per value. */
    private final long[][] counts;
    /** FIRST_DAY: the days. */
    private final DayHistogram[] firstDays;
    /** REAL: the exact sum. */
    private final ExactSum[] sums;

    /**
     * An empty aggregate.
     *
     * @param schema            the schema of the records it will accept
     * @param samplesPerOutcome how many runs to keep as samples of each outcome (the lowest indices),
     *                          and of failures; in [0, 1000]
     * @throws NullPointerException     if {@code schema} is null
     * @throws IllegalArgumentException if {@code samplesPerOutcome} is out of range
     */
    public ExperimentAggregate(RecordSchema<?> schema, int samplesPerOutcome) {
        this.schema = Objects.requireNonNull(schema, "schema");
        if (samplesPerOutcome < 0 || samplesPerOutcome > 1000) {
            throw new IllegalArgumentException("samplesPerOutcome must be in [0, 1000], but was " + samplesPerOutcome);
        }
        this.samplesPerOutcome = samplesPerOutcome;
        int e = schema.endings().count();
        outcomes = new long[e];
        days = new DayHistogram[e];
        samples = new ArrayList<>(e);
        for (int i = 0; i < e; i++) {
            days[i] = new DayHistogram();
            samples.add(new ArrayList<>());
        }
        triggers = new long[schema.endings().triggers().size()];
        int n = schema.size();
        kinds = new MetricKind[n];
        runsWith = new long[n];
        totals = new long[n];
        counts = new long[n][];
        firstDays = new DayHistogram[n];
        sums = new ExactSum[n];
        for (int i = 0; i < n; i++) {
            Metric<?> m = schema.metric(i);
            kinds[i] = m.kind();
            switch (m.kind()) {
                case CATEGORY -> counts[i] = new long[m.categories().size()];
                case COUNT -> counts[i] = m.isBounded() ? new long[m.max() + 1] : null;
                case FIRST_DAY -> firstDays[i] = new DayHistogram();
                case REAL -> sums[i] = new ExactSum();
                default -> {
                }
            }
        }
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException if the record is of another schema; the aggregate is then unchanged
     */
    @Override
    public void accept(long index, RunRecord r) {
        // Check first so that a bad record leaves the aggregate as it was; the record checked its values.
        if (r.schema() != schema) {
            throw new IllegalArgumentException("the record is of another model's schema (" + r.schema().endings()
                    + "); this aggregate takes records of " + schema.endings());
        }
        int o = r.ending();
        completed++;
        outcomes[o]++;
        days[o].add(r.day());
        triggers[r.trigger()]++;
        for (int i = 0; i < kinds.length; i++) {
            double v = r.value(i);
            switch (kinds[i]) {
                case CATEGORY -> counts[i][(int) v]++;
                case COUNT -> {
                    long c = (long) v;
                    totals[i] += c;
                    runsWith[i] += c > 0 ? 1 : 0;
                    if (counts[i] != null) {
                        counts[i][(int) c]++;
                    }
                }
                case FLAG -> runsWith[i] += v != 0 ? 1 : 0;
                case FIRST_DAY -> {
                    if (v >= 0) {
                        runsWith[i]++;
                        firstDays[i].add((int) v);
                    }
                }
                default -> sums[i].add(v);
            }
        }
        offer(samples.get(o), new RunSample(index, r.seed(), ""));
    }

    @Override
    public void acceptFailure(long index, long seed, Throwable cause) {
        failed++;
        offer(failures, new RunSample(index, seed, String.valueOf(cause)));
    }

    /** Keeps the sample if it is among the lowest indices; lists stay sorted by index. */
    private void offer(List<RunSample> list, RunSample s) {
        if (list.size() >= samplesPerOutcome && (list.isEmpty() || list.get(list.size() - 1).index() <= s.index())) {
            return;
        }
        int at = list.size();
        while (at > 0 && list.get(at - 1).index() > s.index()) {
            at--;
        }
        list.add(at, s);
        if (list.size() > samplesPerOutcome) {
            list.remove(list.size() - 1);
        }
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException if {@code other} is of another schema or keeps a different
     *                                  number of samples
     */
    @Override
    public void merge(ExperimentAggregate other) {
        if (other.schema != schema) {
            throw new IllegalArgumentException("the merged aggregate is of another model's schema ("
                    + other.schema.endings() + "); this one is of " + schema.endings());
        }
        if (other.samplesPerOutcome != samplesPerOutcome) {
            throw new IllegalArgumentException("samplesPerOutcome of the merged aggregate must be " + samplesPerOutcome
                    + ", but was " + other.samplesPerOutcome);
        }
        completed += other.completed;
        failed += other.failed;
        add(outcomes, other.outcomes);
        for (int i = 0; i < outcomes.length; i++) {
            days[i].merge(other.days[i]);
            for (RunSample s : other.samples.get(i)) {
                offer(samples.get(i), s);
            }
        }
        add(triggers, other.triggers);
        add(runsWith, other.runsWith);
        add(totals, other.totals);
        for (int i = 0; i < kinds.length; i++) {
            if (counts[i] != null) {
                add(counts[i], other.counts[i]);
            }
            if (firstDays[i] != null) {
                firstDays[i].merge(other.firstDays[i]);
            }
            if (sums[i] != null) {
                sums[i].merge(other.sums[i]);
            }
        }
        for (RunSample s : other.failures) {
            offer(failures, s);
        }
    }

    private static void add(long[] into, long[] from) {
        for (int i = 0; i < into.length; i++) {
            into[i] += from[i];
        }
    }

    // ---- reading: runs and endings -------------------------------------------------------------

    /** {@return the schema of the records aggregated} */
    public RecordSchema<?> schema() {
        return schema;
    }

    /** {@return the endings of the schema's model} */
    public Endings endings() {
        return schema.endings();
    }

    /** {@return how many samples of each outcome (and of failures) are kept} */
    public int samplesPerOutcome() {
        return samplesPerOutcome;
    }

    /** {@return the runs that completed with an outcome} */
    public long completed() {
        return completed;
    }

    /** {@return the runs that failed with an exception and were counted as FAILED} */
    public long failed() {
        return failed;
    }

    /** {@return all runs aggregated: {@code completed() + failed()}} */
    public long runs() {
        return completed + failed;
    }

    /**
     * Completed runs that ended in the ending at {@code ending}.
     *
     * @param ending an ending's index
     * @return the runs
     */
    public long outcomeCount(int ending) {
        return outcomes[ending];
    }

    /**
     * Completed runs that ended in the ending named {@code name}.
     *
     * @param name an ending's name
     * @return the runs
     * @throws IllegalArgumentException if the model has no such ending
     */
    public long outcomeCount(String name) {
        return outcomes[ending(name)];
    }

    /** {@return the runs per ending, in the endings' order; a copy} */
    public long[] outcomeCounts() {
        return outcomes.clone();
    }

    private int ending(String name) {
        int i = schema.endings().indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("ending must be one of " + schema.endings().names() + ", but was "
                    + name);
        }
        return i;
    }

    /**
     * The histogram of the day of ending of the runs that ended in the ending at {@code ending} (a
     * live view: do not change it).
     *
     * @param ending an ending's index
     * @return the histogram
     */
    public DayHistogram days(int ending) {
        return days[ending];
    }

    /**
     * As {@link #days(int)}, by the ending's name.
     *
     * @param name an ending's name
     * @return the histogram
     */
    public DayHistogram days(String name) {
        return days[ending(name)];
    }

    /**
     * The cumulative incidence of an ending by day {@code t}: the share of completed runs that ended
     * in it on or before day {@code t} (the competing-risks view: every run ends in one outcome).
     *
     * @param ending an ending's index
     * @param t      the day
     * @return the share; NaN with no completed runs
     */
    public double cumulativeIncidence(int ending, int t) {
        return completed == 0 ? Double.NaN : (double) days[ending].countUpTo(t) / completed;
    }

    /**
     * Completed runs ended by the trigger at {@code trigger}.
     *
     * @param trigger a trigger's index
     * @return the runs
     */
    public long triggerCount(int trigger) {
        return triggers[trigger];
    }

    /**
     * The sample runs of an ending: the lowest indices that ended in it, sorted.
     *
     * @param ending an ending's index
     * @return the samples
     */
    public List<RunSample> samples(int ending) {
        return Collections.unmodifiableList(new ArrayList<>(samples.get(ending)));
    }

    /**
     * As {@link #samples(int)}, by the ending's name.
     *
     * @param name an ending's name
     * @return the samples
     */
    public List<RunSample> samples(String name) {
        return samples(ending(name));
    }

    /** {@return the failed runs with the lowest indices, sorted, with their exceptions} */
    public List<RunSample> failures() {
        return Collections.unmodifiableList(new ArrayList<>(failures));
    }

    // ---- reading: metrics ----------------------------------------------------------------------

    /**
     * The index of the metric named {@code name}.
     *
     * @param name a metric's name
     * @return its index
     * @throws IllegalArgumentException if the schema has no such metric
     */
    public int metric(String name) {
        int i = schema.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("metric must be one of the model's (" + schema.csvHeader()
                    .subList(RecordSchema.FIXED_COLUMNS.size(), schema.csvHeader().size()) + "), but was " + name);
        }
        return i;
    }

    private int of(int metric, MetricKind... allowed) {
        for (MetricKind k : allowed) {
            if (kinds[metric] == k) {
                return metric;
            }
        }
        throw new IllegalArgumentException("metric " + schema.metric(metric).name() + " is a " + kinds[metric]
                + " metric; allowed: a metric of kind " + List.of(allowed));
    }

    /**
     * Completed runs with a flag set, in which a first day happened, or with a count of at least 1.
     *
     * @param metric a FLAG, FIRST_DAY or COUNT metric's index
     * @return the runs
     * @throws IllegalArgumentException for a metric of another kind
     */
    public long runsWith(int metric) {
        return runsWith[of(metric, MetricKind.FLAG, MetricKind.FIRST_DAY, MetricKind.COUNT)];
    }

    /**
     * As {@link #runsWith(int)}, by the metric's name.
     *
     * @param name a metric's name
     * @return the runs
     */
    public long runsWith(String name) {
        return runsWith(metric(name));
    }

    /**
     * The total of a count over all completed runs.
     *
     * @param metric a COUNT metric's index
     * @return the total
     * @throws IllegalArgumentException for a metric of another kind
     */
    public long total(int metric) {
        return totals[of(metric, MetricKind.COUNT)];
    }

    /**
     * As {@link #total(int)}, by the metric's name.
     *
     * @param name a metric's name
     * @return the total
     */
    public long total(String name) {
        return total(metric(name));
    }

    /**
     * The runs per category of a category metric, or per value 0..max of a bounded count; a copy.
     *
     * @param metric a CATEGORY or bounded COUNT metric's index
     * @return the runs, indexed by category or value
     * @throws IllegalArgumentException for a metric of another kind, or an unbounded count
     */
    public long[] counts(int metric) {
        of(metric, MetricKind.CATEGORY, MetricKind.COUNT);
        if (counts[metric] == null) {
            throw new IllegalArgumentException("metric " + schema.metric(metric).name() + " is an unbounded count:"
                    + " it is not counted per value");
        }
        return counts[metric].clone();
    }

    /**
     * As {@link #counts(int)}, by the metric's name.
     *
     * @param name a metric's name
     * @return the runs per category or value
     */
    public long[] counts(String name) {
        return counts(metric(name));
    }

    /**
     * The days of a first-day metric in the runs in which it happened (a live view: do not change it).
     *
     * @param metric a FIRST_DAY metric's index
     * @return the histogram
     * @throws IllegalArgumentException for a metric of another kind
     */
    public DayHistogram firstDays(int metric) {
        return firstDays[of(metric, MetricKind.FIRST_DAY)];
    }

    /**
     * As {@link #firstDays(int)}, by the metric's name.
     *
     * @param name a metric's name
     * @return the histogram
     */
    public DayHistogram firstDays(String name) {
        return firstDays(metric(name));
    }

    /**
     * The mean over completed runs of a count or real metric.
     *
     * @param metric a COUNT or REAL metric's index
     * @return the mean; NaN with no completed runs
     * @throws IllegalArgumentException for a metric of another kind
     */
    public double mean(int metric) {
        of(metric, MetricKind.COUNT, MetricKind.REAL);
        if (completed == 0) {
            return Double.NaN;
        }
        return kinds[metric] == MetricKind.COUNT ? (double) totals[metric] / completed
                : sums[metric].value() / completed;
    }

    /**
     * As {@link #mean(int)}, by the metric's name.
     *
     * @param name a metric's name
     * @return the mean
     */
    public double mean(String name) {
        return mean(metric(name));
    }

    // ---- JSON ----------------------------------------------------------------------------------

    /** {@return the complete state as JSON; {@link #fromJson(RecordSchema, JsonNode)} restores an equal aggregate} */
    public ObjectNode toJson() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode n = f.objectNode();
        n.put("samplesPerOutcome", samplesPerOutcome);
        n.put("completed", completed);
        n.put("failed", failed);
        ObjectNode byOutcome = n.putObject("outcomes");
        for (int o = 0; o < outcomes.length; o++) {
            ObjectNode on = byOutcome.putObject(schema.endings().get(o).name());
            on.put("count", outcomes[o]);
            on.set("dayCounts", dayCounts(days[o]));
            on.set("samples", samplesJson(samples.get(o)));
        }
        n.set("triggers", longs(triggers));
        ObjectNode ms = n.putObject("metrics");
        for (int i = 0; i < kinds.length; i++) {
            ObjectNode mn = ms.putObject(schema.metric(i).name());
            switch (kinds[i]) {
                case CATEGORY -> mn.set("counts", longs(counts[i]));
                case COUNT -> {
                    mn.put("total", totals[i]);
                    mn.put("runsWith", runsWith[i]);
                    if (counts[i] != null) {
                        mn.set("counts", longs(counts[i]));
                    }
                }
                case FLAG -> mn.put("runsWith", runsWith[i]);
                case FIRST_DAY -> {
                    mn.put("runsWith", runsWith[i]);
                    mn.set("dayCounts", dayCounts(firstDays[i]));
                }
                default -> {
                    ArrayNode parts = mn.putArray("partials");
                    for (double p : sums[i].partials()) {
                        parts.add(p);
                    }
                    if (sums[i].hasNonFinite()) {
                        // JSON has no NaN or infinity: the value goes as text.
                        mn.put("nonFinite", Double.toString(sums[i].nonFinite()));
                    }
                }
            }
        }
        n.set("failures", samplesJson(failures));
        return n;
    }

    private static ArrayNode dayCounts(DayHistogram h) {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        for (int d = 0; d <= h.maxDay(); d++) {
            if (h.count(d) != 0) {
                a.add(JsonNodeFactory.instance.arrayNode().add(d).add(h.count(d)));
            }
        }
        return a;
    }

    private static ArrayNode longs(long[] values) {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        for (long v : values) {
            a.add(v);
        }
        return a;
    }

    private static ArrayNode samplesJson(List<RunSample> list) {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        for (RunSample s : list) {
            ObjectNode sn = a.addObject();
            sn.put("index", s.index());
            sn.put("seed", s.seed());
            if (!s.detail().isEmpty()) {
                sn.put("detail", s.detail());
            }
        }
        return a;
    }

    /**
     * Restores an aggregate written by {@link #toJson()}.
     *
     * @param schema the schema of the aggregated records: the experiment's model's
     * @param n      the JSON
     * @return the aggregate
     * @throws IllegalArgumentException naming the field if the JSON is not such a state, or is the
     *                                  state of another schema (other endings or metrics)
     */
    public static ExperimentAggregate fromJson(RecordSchema<?> schema, JsonNode n) {
        Objects.requireNonNull(schema, "schema");
        ExperimentAggregate a = new ExperimentAggregate(schema, intField(n, "samplesPerOutcome"));
        a.completed = longField(n, "completed");
        a.failed = longField(n, "failed");
        JsonNode byOutcome = field(n, "outcomes");
        names(byOutcome, "outcomes", schema.endings().names());
        for (int o = 0; o < a.outcomes.length; o++) {
            JsonNode on = field(byOutcome, schema.endings().get(o).name());
            a.outcomes[o] = longField(on, "count");
            readDays(field(on, "dayCounts"), a.days[o]);
            readSamples(field(on, "samples"), a.samples.get(o));
        }
        readLongs(n, "triggers", a.triggers);
        JsonNode ms = field(n, "metrics");
        names(ms, "metrics", schema.csvHeader().subList(RecordSchema.FIXED_COLUMNS.size(), schema.csvHeader().size()));
        for (int i = 0; i < a.kinds.length; i++) {
            String name = schema.metric(i).name();
            JsonNode mn = field(ms, name);
            switch (a.kinds[i]) {
                case CATEGORY -> readLongs(mn, "counts", a.counts[i]);
                case COUNT -> {
                    a.totals[i] = longField(mn, "total");
                    a.runsWith[i] = longField(mn, "runsWith");
                    if (a.counts[i] != null) {
                        readLongs(mn, "counts", a.counts[i]);
                    }
                }
                case FLAG -> a.runsWith[i] = longField(mn, "runsWith");
                case FIRST_DAY -> {
                    a.runsWith[i] = longField(mn, "runsWith");
                    readDays(field(mn, "dayCounts"), a.firstDays[i]);
                }
                default -> {
                    JsonNode parts = field(mn, "partials");
                    double[] p = new double[parts.size()];
                    for (int j = 0; j < p.length; j++) {
                        p[j] = parts.get(j).asDouble();
                    }
                    JsonNode nf = mn.get("nonFinite");
                    a.sums[i] = ExactSum.of(p, nf == null ? 0 : Double.parseDouble(nf.asText()), nf != null);
                }
            }
        }
        readSamples(field(n, "failures"), a.failures);
        return a;
    }

    /** The object must hold exactly these keys: a state of another model or version is refused, not half read. */
    private static void names(JsonNode object, String field, List<String> expected) {
        List<String> found = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext();) {
            found.add(it.next().getKey());
        }
        if (!found.equals(expected)) {
            throw new IllegalArgumentException("aggregate field " + field + " must hold " + expected
                    + " (the model's), but holds " + found);
        }
    }

    private static void readDays(JsonNode pairs, DayHistogram into) {
        for (JsonNode pair : pairs) {
            into.add(pair.get(0).asInt(), pair.get(1).asLong());
        }
    }

    private static JsonNode field(JsonNode n, String name) {
        JsonNode v = n == null ? null : n.get(name);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("aggregate field " + name + " is missing");
        }
        return v;
    }

    private static long longField(JsonNode n, String name) {
        JsonNode v = field(n, name);
        if (!v.canConvertToLong()) {
            throw new IllegalArgumentException("aggregate field " + name + " must be an integer, but was " + v);
        }
        return v.asLong();
    }

    private static int intField(JsonNode n, String name) {
        return Math.toIntExact(longField(n, name));
    }

    private static void readLongs(JsonNode n, String name, long[] into) {
        JsonNode arr = field(n, name);
        if (arr.size() != into.length) {
            throw new IllegalArgumentException("aggregate field " + name + " must have " + into.length
                    + " entries, but had " + arr.size());
        }
        Iterator<JsonNode> it = arr.elements();
        for (int i = 0; i < into.length; i++) {
            into[i] = it.next().asLong();
        }
    }

    private static void readSamples(JsonNode arr, List<RunSample> into) {
        for (JsonNode s : arr) {
            JsonNode d = s.get("detail");
            into.add(new RunSample(longField(s, "index"), longField(s, "seed"), d == null ? "" : d.asText()));
        }
    }
}
