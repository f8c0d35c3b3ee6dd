package org.offramp.design;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.offramp.model.Endings;
import org.offramp.model.Metric;
import org.offramp.model.Models;
import org.offramp.model.RecordSchema;
import org.offramp.model.RunRecord;

/**
 * A yes/no property of one run whose share the policy designs estimate, compiled once against a
 * model's {@link RecordSchema} into a predicate on the run's generic record (an index and a
 * threshold): no text is looked at per run.
 *
 * <pre>{@code
 * RecordSchema<?> schema = Models.get("standoff").record();
 * Measure war = Measure.parse(schema, "WAR");
 * Measure quickDeal = Measure.parse(schema, "DEAL_BY_DAY_180");   // a DEAL on day 180 or earlier
 * boolean b = quickDeal.test(record);
 * }</pre>
 *
 * <p>Names (case-sensitive), with {@code N} a whole number, for the model's endings and the metrics
 * that declare a measure stem ({@link Metric#stem()}):
 * <ul>
 * <li>{@code ENDING} (e.g. {@code WAR}): the run ended so;</li>
 * <li>{@code ENDING_BY_DAY_N}, for an ending other than the horizon's: it ended so on day N or earlier;</li>
 * <li>{@code STEM} of a flag (e.g. {@code BLOWS_EXCHANGED}): the flag is set;</li>
 * <li>{@code STEM} of a first day (e.g. {@code TALKS_OPENED}): it happened; {@code STEM_BY_DAY_N}: on day N
 *     or earlier;</li>
 * <li>{@code STEM_AT_LEAST_N} of a count (e.g. {@code RUNG_AT_LEAST_5}, {@code ATTACKS_AT_LEAST_20}): the
 *     count is at least N (for a bounded count, N at most its bound).</li>
 * </ul>
 * {@link #allowed(RecordSchema)} lists them for a model.
 *
 * <p>Immutable and thread-safe; two measures with the same name and schema are equal.
 */
public final class Measure {
    /** The largest N of a {@code _BY_DAY_N} measure. */
    public static final int MAX_DAY = 9999;
    /** The largest N of an {@code _AT_LEAST_N} measure of an unbounded count. */
    public static final int MAX_COUNT = 999_999;

    private enum Kind { ENDING, ENDING_BY_DAY, FLAG, HAPPENED, HAPPENED_BY_DAY, AT_LEAST }

    private static final String BY_DAY = "_BY_DAY_";
    private static final String AT_LEAST = "_AT_LEAST_";

    private final String name;
    private final RecordSchema<?> schema;
    private final Kind kind;
    private final int index;
    private final long threshold;

    private Measure(String name, RecordSchema<?> schema, Kind kind, int index, long threshold) {
        this.name = name;
        this.schema = schema;
        this.kind = kind;
        this.index = index;
        this.threshold = threshold;
    }

    /**
     * Compiles a measure's name against a model's schema.
     *
     * @param schema the model's record schema
     * @param name   the measure's name, one of the forms above
     * @return the measure
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException naming the value and what is allowed when the name is not a
     *                                  measure of the model
     */
    public static Measure parse(RecordSchema<?> schema, String name) {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(name, "name");
        Measure m = compile(schema, name);
        if (m == null) {
            throw new IllegalArgumentException("measure must be one of " + allowed(schema) + ", but was \"" + name
                    + "\"");
        }
        return m;
    }

    /**
     * Compiles a measure's name against the default model's schema ({@link Models#defaultModel()}),
     * for notebooks and examples on that model.
     *
     * @param name the measure's name
     * @return the measure
     * @throws IllegalArgumentException when the name is not a measure of the default model
     */
    public static Measure parse(String name) {
        Objects.requireNonNull(name, "name");
        return parse(Models.defaultModel().record(), name);
    }

    /**
     * The measures "the run ended in ENDING", one per ending of the model, in order: the default
     * measures of the designs.
     *
     * @param schema the model's record schema
     * @return the measures
     */
    public static List<Measure> endings(RecordSchema<?> schema) {
        Objects.requireNonNull(schema, "schema");
        List<Measure> out = new ArrayList<>();
        for (int e = 0; e < schema.endings().count(); e++) {
            out.add(new Measure(schema.endings().get(e).name(), schema, Kind.ENDING, e, 0));
        }
        return List.copyOf(out);
    }

    /**
     * What {@link #parse(RecordSchema, String)} accepts for a model, in words, for error messages.
     *
     * @param schema the model's record schema
     * @return e.g. "WAR, DEAL, WAR_BY_DAY_N, RUNG_AT_LEAST_N (N in 0..7) or TALKS_OPENED"
     */
    public static String allowed(RecordSchema<?> schema) {
        Objects.requireNonNull(schema, "schema");
        List<String> forms = new ArrayList<>(schema.endings().names());
        Endings e = schema.endings();
        for (int i = 0; i < e.count(); i++) {
            if (i != e.horizonIndex()) {
                forms.add(e.get(i).name() + BY_DAY + "N");
            }
        }
        for (Metric<?> m : schema.metrics()) {
            if (m.stem() == null) {
                continue;
            }
            switch (m.kind()) {
                case FLAG -> forms.add(m.stem());
                case FIRST_DAY -> {
                    forms.add(m.stem());
                    forms.add(m.stem() + BY_DAY + "N");
                }
                case COUNT -> forms.add(m.stem() + AT_LEAST + "N" + (m.isBounded() ? " (N in 0.." + m.max() + ")" : ""));
                default -> {
                }
            }
        }
        String last = forms.remove(forms.size() - 1);
        return String.join(", ", forms) + " or " + last;
    }

    private static Measure compile(RecordSchema<?> schema, String name) {
        Endings e = schema.endings();
        int ending = e.indexOf(name);
        if (ending >= 0) {
            return new Measure(name, schema, Kind.ENDING, ending, 0);
        }
        int by = name.lastIndexOf(BY_DAY);
        if (by > 0) {
            String stem = name.substring(0, by);
            long n = number(name.substring(by + BY_DAY.length()), 4);
            if (n < 0) {
                return null;
            }
            int k = e.indexOf(stem);
            if (k >= 0) {
                return k == e.horizonIndex() ? null : new Measure(name, schema, Kind.ENDING_BY_DAY, k, n);
            }
            int m = metricWithStem(schema, stem, org.offramp.model.MetricKind.FIRST_DAY);
            return m < 0 ? null : new Measure(name, schema, Kind.HAPPENED_BY_DAY, m, n);
        }
        int at = name.lastIndexOf(AT_LEAST);
        if (at > 0) {
            int m = metricWithStem(schema, name.substring(0, at), org.offramp.model.MetricKind.COUNT);
            if (m < 0) {
                return null;
            }
            Metric<?> metric = schema.metric(m);
            long n = number(name.substring(at + AT_LEAST.length()), metric.isBounded() ? 4 : 6);
            if (n < 0 || (metric.isBounded() && n > metric.max())) {
                return null;
            }
            return new Measure(name, schema, Kind.AT_LEAST, m, n);
        }
        int m = metricWithStem(schema, name, org.offramp.model.MetricKind.FLAG);
        if (m >= 0) {
            return new Measure(name, schema, Kind.FLAG, m, 0);
        }
        m = metricWithStem(schema, name, org.offramp.model.MetricKind.FIRST_DAY);
        return m < 0 ? null : new Measure(name, schema, Kind.HAPPENED, m, 0);
    }

    private static int metricWithStem(RecordSchema<?> schema, String stem, org.offramp.model.MetricKind kind) {
        for (int i = 0; i < schema.size(); i++) {
            Metric<?> m = schema.metric(i);
            if (stem.equals(m.stem()) && m.kind() == kind) {
                return i;
            }
        }
        return -1;
    }

    /** A whole number of 1 to {@code maxDigits} ASCII digits, or -1. */
    private static long number(String text, int maxDigits) {
        if (text.isEmpty() || text.length() > maxDigits) {
            return -1;
        }
        long n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /** {@return the measure's name, as written in files and tables} */
    public String name() {
        return name;
    }

    /** {@return the schema the measure was compiled against: its model's} */
    public RecordSchema<?> schema() {
        return schema;
    }

    /**
     * Whether the run has this property.
     *
     * @param r a record of the measure's schema
     * @return true if the run has it
     * @throws IllegalArgumentException if the record is of another schema
     */
    public boolean test(RunRecord r) {
        if (r.schema() != schema) {
            throw new IllegalArgumentException("measure " + name + " belongs to a model with endings "
                    + schema.endings().names() + ", but the record is of one with " + r.schema().endings().names());
        }
        return switch (kind) {
            case ENDING -> r.ending() == index;
            case ENDING_BY_DAY -> r.ending() == index && r.day() <= threshold;
            case FLAG -> r.value(index) != 0;
            case HAPPENED -> r.value(index) >= 0;
            case HAPPENED_BY_DAY -> r.value(index) >= 0 && r.value(index) <= threshold;
            case AT_LEAST -> r.value(index) >= threshold;
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Measure m && name.equals(m.name) && schema == m.schema;
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
