package org.offramp.design.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.offramp.design.Measure;
import org.offramp.model.Metric;
import org.offramp.model.MetricKind;
import org.offramp.model.RecordSchema;
import org.offramp.model.RunRecord;

/**
 * A statistic of a set of runs that a calibration target states, compiled once against a model's
 * record schema. Two forms, both a mean over the runs of a per-run value:
 *
 * <ul>
 * <li>{@code share(MEASURE)}: the share of runs with a measure of the model (any name
 *     {@link Measure#parse} accepts: an ending, {@code ENDING_BY_DAY_N}, a flag, {@code STEM_BY_DAY_N} of a
 *     first day, {@code STEM_AT_LEAST_N} of a count), e.g. {@code share(BLOWS_EXCHANGED)},
 *     {@code share(WAR_BY_DAY_365)}, {@code share(RUNG_AT_LEAST_5)};</li>
 * <li>{@code mean(METRIC)}: the mean of a count, flag (0 or 1) or real metric of the record, e.g.
 *     {@code mean(attacks)}, {@code mean(peak_oil_price)}. A first-day metric is refused (it is -1 when
 *     the event never happened, so its mean mixes days and absences; state {@code share(STEM_BY_DAY_N)}),
 *     and so is a category (it has no order; state a measure).</li>
 * </ul>
 *
 * <p>A run's record holds the run's totals, so "a count by day N" is not a statistic of the record:
 * a model that should be fitted to one records it as a metric of its own.
 *
 * <pre>{@code
 * RecordSchema<?> schema = Models.get("standoff").record();
 * Statistic blows = Statistic.parse(schema, "share(BLOWS_EXCHANGED)");
 * Statistic attacks = Statistic.parse(schema, "mean(attacks)");
 * double v = attacks.of(records);   // the mean over the records
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Statistic {
    private static final Pattern FORM = Pattern.compile("\\s*(share|mean)\\s*\\(\\s*([A-Za-z0-9_]+)\\s*\\)\\s*");

    private final String text;
    private final RecordSchema<?> schema;
    private final Measure measure;
    private final int metric;

    private Statistic(String text, RecordSchema<?> schema, Measure measure, int metric) {
        this.text = text;
        this.schema = schema;
        this.measure = measure;
        this.metric = metric;
    }

    /**
     * Compiles a statistic.
     *
     * @param schema the model's record schema
     * @param text   {@code share(MEASURE)} or {@code mean(METRIC)}
     * @return the statistic
     * @throws IllegalArgumentException naming the text and what is allowed when it is not a statistic
     *                                  of the model
     */
    public static Statistic parse(RecordSchema<?> schema, String text) {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(text, "text");
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("statistic must be share(MEASURE) or mean(METRIC), but was \"" + text
                    + "\"");
        }
        String arg = m.group(2);
        if (m.group(1).equals("share")) {
            Measure measure;
            try {
                measure = Measure.parse(schema, arg);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("statistic share(" + arg + "): the measure must be one of "
                        + Measure.allowed(schema) + ", but was \"" + arg + "\"", e);
            }
            return new Statistic("share(" + arg + ")", schema, measure, -1);
        }
        int i = schema.indexOf(arg);
        if (i < 0) {
            throw new IllegalArgumentException("statistic mean(" + arg + "): the metric must be one of " + means(schema)
                    + ", but was \"" + arg + "\"");
        }
        Metric<?> metric = schema.metric(i);
        if (metric.kind() == MetricKind.FIRST_DAY) {
            throw new IllegalArgumentException("statistic mean(" + arg + "): " + arg + " is a first day (-1 when it"
                    + " never happened), whose mean mixes days and absences; state share(" + (metric.stem() == null
                    ? "A_MEASURE" : metric.stem()) + "_BY_DAY_N) instead, or mean of one of " + means(schema));
        }
        if (metric.kind() == MetricKind.CATEGORY) {
            throw new IllegalArgumentException("statistic mean(" + arg + "): " + arg + " is a category, which has no"
                    + " mean; allowed: mean of one of " + means(schema));
        }
        return new Statistic("mean(" + arg + ")", schema, null, i);
    }

    /** The metrics whose mean is a statistic: counts, flags and reals. */
    private static List<String> means(RecordSchema<?> schema) {
        List<String> out = new ArrayList<>();
        for (Metric<?> x : schema.metrics()) {
            if (x.kind() == MetricKind.COUNT || x.kind() == MetricKind.FLAG || x.kind() == MetricKind.REAL) {
                out.add(x.name());
            }
        }
        return out;
    }

    /** {@return the statistic as written in files and tables, e.g. {@code share(WAR)}} */
    public String text() {
        return text;
    }

    /** {@return the schema it was compiled against} */
    public RecordSchema<?> schema() {
        return schema;
    }

    /**
     * One run's value, whose mean over the runs is the statistic: 1 or 0 for a share, the metric's value for a mean.
     *
     * @param r a record of the statistic's schema
     * @return the value
     * @throws IllegalArgumentException if the record is of another schema
     */
    public double value(RunRecord r) {
        if (r.schema() != schema) {
            throw new IllegalArgumentException("statistic " + text + " belongs to a model with endings "
                    + schema.endings().names() + ", but the record is of one with " + r.schema().endings().names());
        }
        return measure != null ? (measure.test(r) ? 1 : 0) : r.value(metric);
    }

    /**
     * The statistic of some runs: the mean of {@link #value(RunRecord)}, summed in order.
     *
     * @param records at least one record
     * @return the statistic
     * @throws IllegalArgumentException if there is no record
     */
    public double of(List<RunRecord> records) {
        Objects.requireNonNull(records, "records");
        if (records.isEmpty()) {
            throw new IllegalArgumentException("a statistic needs at least one run, but there was none");
        }
        double sum = 0;
        for (RunRecord r : records) {
            sum += value(r);
        }
        return sum / records.size();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Statistic s && text.equals(s.text) && schema == s.schema;
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
