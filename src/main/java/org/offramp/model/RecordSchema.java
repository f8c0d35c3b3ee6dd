package org.offramp.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

/**
 * What a model records of each run: the run's seed, ending, day of ending and trigger, read from the
 * model's typed record, and its declared {@link Metric}s in order. The schema is the single place
 * that decides the columns of {@code runs.csv} ({@code seed,outcome,day,trigger} then one column per
 * metric), what is aggregated and reported, and which measures the policy designs accept; the core
 * reads nothing of a model's record but through it.
 *
 * <pre>{@code
 * RecordSchema<MyRecord> schema = RecordSchema.builder(endings, MyRecord::seed, MyRecord::ending,
 *                 MyRecord::day, MyRecord::trigger)
 *         .metric(Metric.count("attacks", MyRecord::attacks).measuredAs("ATTACKS"))
 *         .metric(Metric.real("final_economy", MyRecord::economy))
 *         .build();
 * RunRecord row = schema.toRecord(model.run(scenario, seed));   // what the engines aggregate and write
 * }</pre>
 *
 * <p>Immutable and safe to share between threads, given pure extractors.
 *
 * @param <R> the model's typed record
 */
public final class RecordSchema<R> {
    /** The columns before the metrics, in order. */
    public static final List<String> FIXED_COLUMNS = List.of("seed", "outcome", "day", "trigger");

    private final Endings endings;
    private final ToLongFunction<R> seed;
    private final ToIntFunction<R> ending;
    private final ToIntFunction<R> day;
    private final ToIntFunction<R> trigger;
    private final List<Metric<R>> metrics;
    private final Map<String, Integer> byName = new HashMap<>();
    private final List<String> header;

    private RecordSchema(Builder<R> b) {
        this.endings = b.endings;
        this.seed = b.seed;
        this.ending = b.ending;
        this.day = b.day;
        this.trigger = b.trigger;
        this.metrics = List.copyOf(b.metrics);
        List<String> h = new ArrayList<>(FIXED_COLUMNS);
        Map<String, String> stems = new HashMap<>();
        for (String e : endings.names()) {
            stems.put(e, "ending " + e);
        }
        for (int i = 0; i < metrics.size(); i++) {
            Metric<R> m = metrics.get(i);
            if (byName.put(m.name(), i) != null) {
                throw new IllegalArgumentException("metric declared twice: " + m.name());
            }
            if (m.stem() != null) {
                String clash = stems.put(m.stem(), "metric " + m.name());
                if (clash != null) {
                    throw new IllegalArgumentException("metric " + m.name() + " takes the measure stem " + m.stem()
                            + " of " + clash + "; allowed: a stem no ending or other metric uses");
                }
            }
            h.add(m.name());
        }
        this.header = Collections.unmodifiableList(h);
    }

    /**
     * A builder of the schema of a model with these endings.
     *
     * @param endings the model's endings
     * @param seed    the run's seed, as the record holds it
     * @param ending  the index of the run's ending in {@code endings}
     * @param day     the day the run ended (at the horizon for the horizon ending)
     * @param trigger the index of the trigger that ended it in {@code endings.triggers()}
     * @param <R>     the typed record
     * @return the builder
     */
    public static <R> Builder<R> builder(Endings endings, ToLongFunction<R> seed, ToIntFunction<R> ending,
                                         ToIntFunction<R> day, ToIntFunction<R> trigger) {
        return new Builder<>(endings, seed, ending, day, trigger);
    }

    /** {@return the model's endings} */
    public Endings endings() {
        return endings;
    }

    /** {@return the metrics, in column order; unmodifiable} */
    public List<Metric<R>> metrics() {
        return metrics;
    }

    /** {@return the number of metrics} */
    public int size() {
        return metrics.size();
    }

    /**
     * The metric at {@code index}.
     *
     * @param index in [0, {@link #size()})
     * @return the metric
     */
    public Metric<R> metric(int index) {
        return metrics.get(index);
    }

    /**
     * The index of the metric named {@code name}.
     *
     * @param name a metric's name
     * @return its index, or -1 when there is none
     */
    public int indexOf(String name) {
        Integer i = byName.get(Objects.requireNonNull(name, "name"));
        return i == null ? -1 : i;
    }

    /**
     * {@return the columns of a {@code runs.csv} row, without the leading {@code index}: {@link #FIXED_COLUMNS},
     * then the metrics}
     */
    public List<String> csvHeader() {
        return header;
    }

    /**
     * {@return the run's ending index in a typed record}
     *
     * @param record a record of the model's type
     */
    public int ending(R record) {
        return ending.applyAsInt(record);
    }

    /**
     * {@return the run's day of ending in a typed record}
     *
     * @param record a record of the model's type
     */
    public int day(R record) {
        return day.applyAsInt(record);
    }

    /**
     * {@return the run's trigger index in a typed record}
     *
     * @param record a record of the model's type
     */
    public int trigger(R record) {
        return trigger.applyAsInt(record);
    }

    /**
     * {@return the run's seed in a typed record}
     *
     * @param record a record of the model's type
     */
    public long seed(R record) {
        return seed.applyAsLong(record);
    }

    /**
     * The generic record of a run: what aggregation, {@code runs.csv}, the measures and the run
     * tables see. Checks every value against its metric.
     *
     * @param record the model's typed record
     * @return the generic record
     * @throws NullPointerException     if {@code record} is null
     * @throws IllegalArgumentException naming the column and the value when a value is not valid
     *                                  (a trigger of another ending, a negative count, a day out of range...)
     */
    public RunRecord toRecord(R record) {
        Objects.requireNonNull(record, "record");
        double[] values = new double[metrics.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = metrics.get(i).value(record);
        }
        return new RunRecord(this, seed.applyAsLong(record), ending.applyAsInt(record), day.applyAsInt(record),
                trigger.applyAsInt(record), values, true);
    }

    @Override
    public String toString() {
        return "RecordSchema" + endings.names() + header;
    }

    /**
     * Declares a schema's metrics in column order. Not thread-safe.
     *
     * @param <R> the typed record
     */
    public static final class Builder<R> {
        private final Endings endings;
        private final ToLongFunction<R> seed;
        private final ToIntFunction<R> ending;
        private final ToIntFunction<R> day;
        private final ToIntFunction<R> trigger;
        private final List<Metric<R>> metrics = new ArrayList<>();

        private Builder(Endings endings, ToLongFunction<R> seed, ToIntFunction<R> ending, ToIntFunction<R> day,
                        ToIntFunction<R> trigger) {
            this.endings = Objects.requireNonNull(endings, "endings");
            this.seed = Objects.requireNonNull(seed, "seed");
            this.ending = Objects.requireNonNull(ending, "ending");
            this.day = Objects.requireNonNull(day, "day");
            this.trigger = Objects.requireNonNull(trigger, "trigger");
        }

        /**
         * Adds a metric as the next column.
         *
         * @param metric the metric
         * @return this builder
         */
        public Builder<R> metric(Metric<R> metric) {
            metrics.add(Objects.requireNonNull(metric, "metric"));
            return this;
        }

        /**
         * The schema.
         *
         * @return the schema
         * @throws IllegalArgumentException if two metrics share a name, or two measure stems clash
         *                                  (with each other or with an ending)
         */
        public RecordSchema<R> build() {
            return new RecordSchema<>(this);
        }
    }
}
