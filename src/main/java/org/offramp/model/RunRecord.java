package org.offramp.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * One run, as the core sees it whatever the model: its seed, ending, day of ending and trigger, and
 * one value per metric of its {@link RecordSchema}, in column order. It is one row of
 * {@code runs.csv}; aggregation, the measures of the policy designs and the run tables read it.
 *
 * <pre>{@code
 * RunRecord r = schema.toRecord(model.run(scenario, seed));
 * String outcome = r.endingName();                  // "WAR"
 * double attacks = r.value(schema.indexOf("attacks"));
 * String row = r.toCsv();                           // seed,outcome,day,trigger,metrics...
 * }</pre>
 *
 * <p>The values are held in one array of doubles (exact for whole numbers), so a record costs two
 * small allocations. Immutable: the array is copied in and out.
 */
public final class RunRecord {
    private final RecordSchema<?> schema;
    private final long seed;
    private final int ending;
    private final int day;
    private final int trigger;
    private final double[] values;

    RunRecord(RecordSchema<?> schema, long seed, int ending, int day, int trigger, double[] values, boolean owned) {
        this.schema = schema;
        this.seed = seed;
        this.ending = ending;
        this.day = day;
        this.trigger = trigger;
        this.values = owned ? values : values.clone();
        check();
    }

    /**
     * A record of {@code schema} from its parts, checked as {@link RecordSchema#toRecord} checks them.
     *
     * @param schema  the schema
     * @param seed    the run's seed
     * @param ending  the ending's index
     * @param day     the day of ending, in [0, {@link Metric#MAX_DAY}]
     * @param trigger the trigger's index; it must belong to the ending
     * @param values  one value per metric, in column order; copied
     * @return the record
     * @throws IllegalArgumentException naming the column and value when a part is not valid
     */
    public static RunRecord of(RecordSchema<?> schema, long seed, int ending, int day, int trigger, double[] values) {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(values, "values");
        return new RunRecord(schema, seed, ending, day, trigger, values, false);
    }

    private void check() {
        Endings e = schema.endings();
        if (ending < 0 || ending >= e.count()) {
            throw new IllegalArgumentException("outcome must be an ending index in [0, " + e.count() + "), but was "
                    + ending);
        }
        if (trigger < 0 || trigger >= e.triggers().size()) {
            throw new IllegalArgumentException("trigger must be a trigger index in [0, " + e.triggers().size()
                    + "), but was " + trigger);
        }
        if (e.endingOf(trigger) != ending) {
            throw new IllegalArgumentException("trigger " + e.triggers().get(trigger).name() + " belongs to "
                    + e.triggers().get(trigger).ending() + ", but the outcome was " + e.get(ending).name());
        }
        if (day < 0 || day > Metric.MAX_DAY) {
            throw new IllegalArgumentException("day must be in [0, " + Metric.MAX_DAY + "], but was " + day);
        }
        if (values.length != schema.size()) {
            throw new IllegalArgumentException("values must hold one value per metric (" + schema.size()
                    + "), but held " + values.length);
        }
        for (int i = 0; i < values.length; i++) {
            String problem = schema.metric(i).problem(values[i]);
            if (problem != null) {
                throw new IllegalArgumentException(schema.metric(i).name() + " " + problem);
            }
        }
    }

    /** {@return the schema the record follows} */
    public RecordSchema<?> schema() {
        return schema;
    }

    /** {@return the run's seed} */
    public long seed() {
        return seed;
    }

    /** {@return the index of the run's ending in its schema's {@link Endings}} */
    public int ending() {
        return ending;
    }

    /** {@return the name of the run's ending, e.g. {@code WAR}} */
    public String endingName() {
        return schema.endings().get(ending).name();
    }

    /** {@return the day the run ended} */
    public int day() {
        return day;
    }

    /** {@return the index of the trigger that ended the run} */
    public int trigger() {
        return trigger;
    }

    /** {@return the trigger that ended the run} */
    public Endings.Trigger triggerInfo() {
        return schema.endings().triggers().get(trigger);
    }

    /**
     * The value of metric {@code index}.
     *
     * @param index the metric's index in the schema
     * @return its value
     */
    public double value(int index) {
        return values[index];
    }

    /**
     * The value of the metric named {@code name}.
     *
     * @param name a metric's name
     * @return its value
     * @throws IllegalArgumentException if the schema has no such metric
     */
    public double value(String name) {
        int i = schema.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("unknown metric '" + Excerpts.excerpt(name) + "'; allowed: one of "
                    + schema.csvHeader().subList(RecordSchema.FIXED_COLUMNS.size(), schema.csvHeader().size()));
        }
        return values[i];
    }

    /** {@return a copy of the metric values, in column order} */
    public double[] values() {
        return values.clone();
    }

    /**
     * Appends the record as one {@code runs.csv} row, without the leading index and without a line end.
     *
     * @param out where to append
     */
    public void appendCsv(StringBuilder out) {
        Endings e = schema.endings();
        out.append(seed).append(',').append(e.get(ending).name()).append(',').append(day).append(',')
                .append(e.triggers().get(trigger).name());
        for (int i = 0; i < values.length; i++) {
            out.append(',');
            schema.metric(i).appendCsv(values[i], out);
        }
    }

    /** {@return the record as one CSV row (see {@link #appendCsv})} */
    public String toCsv() {
        StringBuilder sb = new StringBuilder(16 * (values.length + 4));
        appendCsv(sb);
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RunRecord r && schema == r.schema && seed == r.seed && ending == r.ending && day == r.day
                && trigger == r.trigger && Arrays.equals(values, r.values);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(seed) * 31 + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "RunRecord[seed=" + seed + ", " + endingName() + " on day " + day + " (" + triggerInfo().description()
                + ")]";
    }
}
