package org.offramp.model;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;

/**
 * One declared column of a model's per-run record: its name (the {@code runs.csv} column), its
 * {@link MetricKind kind}, words for tables and charts, and how to read it from the model's typed
 * record. A model's metrics, in order, are its {@link RecordSchema}: the one table that drives the
 * CSV columns, the aggregates, {@code summary.json}, the console table, the charts and the measures
 * of the policy designs.
 *
 * <pre>{@code
 * Metric<MyRecord> attacks = Metric.count("attacks", MyRecord::attacks)
 *         .label("attacks").describedAs("hostile kinetic acts").measuredAs("ATTACKS");
 * Metric<MyRecord> rung = Metric.count("highest_rung", MyRecord::highestRung)
 *         .bounded(7, List.of("talks", "pressure", ...)).measuredAs("RUNG");
 * }</pre>
 *
 * <p>The extractor must be a pure, thread-safe function of the record. Immutable; the "with"
 * methods ({@link #label}, {@link #describedAs}, {@link #group}, {@link #measuredAs},
 * {@link #bounded}) return changed copies.
 *
 * @param <R> the model's typed record
 */
public final class Metric<R> {
    /** What a metric's name must look like: it is a CSV column and a JSON key. */
    public static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");
    /** What a measure stem must look like. */
    public static final Pattern STEM = Pattern.compile("[A-Z][A-Z0-9_]*");
    /** What a category must look like: it is written into {@code runs.csv} as is. */
    public static final Pattern CATEGORY_NAME = Pattern.compile("[A-Za-z0-9_.-]+");
    /** The columns every record has before its metrics; no metric may take their names. */
    public static final Set<String> RESERVED = Set.of("index", "seed", "outcome", "day", "trigger");
    /** The largest first day a record may hold: far beyond any horizon, it bounds the aggregates' memory. */
    public static final int MAX_DAY = 100_000;

    private final String name;
    private final MetricKind kind;
    private final ToDoubleFunction<R> extractor;
    private final String label;
    private final String description;
    private final String group;
    private final String stem;
    private final List<String> categories;
    private final int max;
    private final List<String> valueLabels;

    private Metric(String name, MetricKind kind, ToDoubleFunction<R> extractor, String label, String description,
                   String group, String stem, List<String> categories, int max, List<String> valueLabels) {
        this.name = name;
        this.kind = kind;
        this.extractor = extractor;
        this.label = label;
        this.description = description;
        this.group = group;
        this.stem = stem;
        this.categories = categories;
        this.max = max;
        this.valueLabels = valueLabels;
    }

    private static <R> Metric<R> of(String name, MetricKind kind, ToDoubleFunction<R> extractor,
                                    List<String> categories) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(extractor, "extractor");
        if (!NAME.matcher(name).matches() || RESERVED.contains(name)) {
            throw new IllegalArgumentException("metric name must match [a-z][a-z0-9_]* and not be one of " + RESERVED
                    + ", but was " + Excerpts.quote(name));
        }
        return new Metric<>(name, kind, extractor, name, "", "", null, categories, -1, List.of());
    }

    /**
     * A category metric: the extractor gives the index of the run's category.
     *
     * @param name       the column name
     * @param categories the categories, in order, as written to {@code runs.csv}
     * @param extractor  the index of the run's category
     * @param <R>        the typed record
     * @return the metric
     * @throws IllegalArgumentException if there are no categories, one repeats or is not a CSV-safe word
     */
    public static <R> Metric<R> category(String name, List<String> categories, ToIntFunction<R> extractor) {
        Objects.requireNonNull(categories, "categories");
        Objects.requireNonNull(extractor, "extractor");
        List<String> copy = List.copyOf(categories);
        if (copy.isEmpty() || copy.stream().distinct().count() != copy.size()
                || !copy.stream().allMatch(c -> CATEGORY_NAME.matcher(c).matches())) {
            throw new IllegalArgumentException(name + ": categories must be distinct words of [A-Za-z0-9_.-], at least"
                    + " one, but were " + copy);
        }
        return of(name, MetricKind.CATEGORY, r -> extractor.applyAsInt(r), copy);
    }

    /**
     * A count metric: a whole number of events, at least 0.
     *
     * @param name      the column name
     * @param extractor the count
     * @param <R>       the typed record
     * @return the metric
     */
    public static <R> Metric<R> count(String name, ToIntFunction<R> extractor) {
        Objects.requireNonNull(extractor, "extractor");
        return of(name, MetricKind.COUNT, r -> extractor.applyAsInt(r), List.of());
    }

    /**
     * A flag metric: whether something happened.
     *
     * @param name      the column name
     * @param extractor whether it happened
     * @param <R>       the typed record
     * @return the metric
     */
    public static <R> Metric<R> flag(String name, Predicate<R> extractor) {
        Objects.requireNonNull(extractor, "extractor");
        return of(name, MetricKind.FLAG, r -> extractor.test(r) ? 1 : 0, List.of());
    }

    /**
     * A first-day metric: the first day something happened, or -1 if it never did.
     *
     * @param name      the column name
     * @param extractor the day, or -1
     * @param <R>       the typed record
     * @return the metric
     */
    public static <R> Metric<R> firstDay(String name, ToIntFunction<R> extractor) {
        Objects.requireNonNull(extractor, "extractor");
        return of(name, MetricKind.FIRST_DAY, r -> extractor.applyAsInt(r), List.of());
    }

    /**
     * A real metric.
     *
     * @param name      the column name
     * @param extractor the value
     * @param <R>       the typed record
     * @return the metric
     */
    public static <R> Metric<R> real(String name, ToDoubleFunction<R> extractor) {
        return of(name, MetricKind.REAL, extractor, List.of());
    }

    private Metric<R> copy(String newLabel, String newDescription, String newGroup, String newStem, int newMax,
                           List<String> newValueLabels) {
        return new Metric<>(name, kind, extractor, newLabel, newDescription, newGroup, newStem, categories, newMax,
                newValueLabels);
    }

    /**
     * A copy with another label: a few words for tables and chart titles.
     *
     * @param text the label
     * @return the copy
     */
    public Metric<R> label(String text) {
        return copy(Objects.requireNonNull(text, "text"), description, group, stem, max, valueLabels);
    }

    /**
     * A copy with a description: what the metric records, in a sentence.
     *
     * @param text the description
     * @return the copy
     */
    public Metric<R> describedAs(String text) {
        return copy(label, Objects.requireNonNull(text, "text"), group, stem, max, valueLabels);
    }

    /**
     * A copy in a group: metrics of one group (say, "actions") are listed together in documents.
     *
     * @param name the group's name, {@code [a-z][a-z0-9_]*}
     * @return the copy
     */
    public Metric<R> group(String name) {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(this.name + ": group must match [a-z][a-z0-9_]*, but was "
                    + Excerpts.quote(name));
        }
        return copy(label, description, name, stem, max, valueLabels);
    }

    /**
     * A copy that the policy designs can measure under {@code stem}: a flag as {@code STEM}, a first
     * day as {@code STEM} (it happened) and {@code STEM_BY_DAY_N}, a count as {@code STEM_AT_LEAST_N}.
     *
     * @param stem the measure stem, {@code [A-Z][A-Z0-9_]*}
     * @return the copy
     * @throws IllegalArgumentException for a malformed stem, or a category or real metric (no measures)
     */
    public Metric<R> measuredAs(String stem) {
        Objects.requireNonNull(stem, "stem");
        if (!STEM.matcher(stem).matches()) {
            throw new IllegalArgumentException(name + ": measure stem must match [A-Z][A-Z0-9_]*, but was "
                    + Excerpts.quote(stem));
        }
        if (kind == MetricKind.CATEGORY || kind == MetricKind.REAL) {
            throw new IllegalArgumentException(name + ": a " + kind + " metric has no measures; allowed: a COUNT, FLAG"
                    + " or FIRST_DAY metric");
        }
        return copy(label, description, group, stem, max, valueLabels);
    }

    /**
     * A copy of a count metric bounded by {@code max}, so that runs are also counted per value (a
     * histogram) and charted.
     *
     * @param max         the largest value, at least 1 and at most 1000
     * @param valueLabels a short name for each value 0 to max (shown on the chart's axis), or empty
     * @return the copy
     * @throws IllegalArgumentException if this is not a count metric, max is out of range, or there
     *                                  are labels but not one per value
     */
    public Metric<R> bounded(int max, List<String> valueLabels) {
        Objects.requireNonNull(valueLabels, "valueLabels");
        if (kind != MetricKind.COUNT) {
            throw new IllegalArgumentException(name + ": only a COUNT metric can be bounded, but this is " + kind);
        }
        if (max < 1 || max > 1000) {
            throw new IllegalArgumentException(name + ": max must be in [1, 1000], but was " + max);
        }
        List<String> copy = List.copyOf(valueLabels);
        if (!copy.isEmpty() && copy.size() != max + 1) {
            throw new IllegalArgumentException(name + ": valueLabels must hold one label per value 0.." + max + " ("
                    + (max + 1) + "), or none, but held " + copy.size());
        }
        return copy(label, description, group, stem, max, copy);
    }

    /** {@return the column name in {@code runs.csv} and the key in {@code summary.json}} */
    public String name() {
        return name;
    }

    /** {@return the kind of value} */
    public MetricKind kind() {
        return kind;
    }

    /** {@return a few words for tables and chart titles (the name unless set)} */
    public String label() {
        return label;
    }

    /** {@return what the metric records, in a sentence; empty unless set} */
    public String description() {
        return description;
    }

    /** {@return the group the metric is listed in; empty for none} */
    public String group() {
        return group;
    }

    /** {@return the measure stem, or null when the metric offers no measures} */
    public String stem() {
        return stem;
    }

    /** {@return a category metric's categories, in order; empty for other kinds} */
    public List<String> categories() {
        return categories;
    }

    /** {@return a bounded count's largest value, or -1 when the metric is not a bounded count} */
    public int max() {
        return max;
    }

    /** {@return whether this is a bounded count} */
    public boolean isBounded() {
        return max >= 0;
    }

    /** {@return a bounded count's label per value, or empty} */
    public List<String> valueLabels() {
        return valueLabels;
    }

    /**
     * The metric's value in a typed record.
     *
     * @param record the record
     * @return the value, as a double (exact for the whole-number kinds)
     */
    public double value(R record) {
        return extractor.applyAsDouble(record);
    }

    /**
     * Why {@code v} is not a valid value of this metric, or null when it is.
     *
     * @param v the value
     * @return a phrase such as "must be a whole number >= 0, but was -1", or null
     */
    public String problem(double v) {
        switch (kind) {
            case REAL:
                return null;
            case FLAG:
                return v == 0 || v == 1 ? null : "must be 1 or 0, but was " + v;
            case CATEGORY:
                return v == Math.rint(v) && v >= 0 && v < categories.size() ? null
                        : "must be a category index in [0, " + categories.size() + "), but was " + v;
            case FIRST_DAY:
                return v == Math.rint(v) && v >= -1 && v <= MAX_DAY ? null
                        : "must be a day in [0, " + MAX_DAY + "] or -1 (never), but was " + v;
            default:
                if (v != Math.rint(v) || v < 0 || v > 1e15) {
                    return "must be a whole number >= 0, but was " + v;
                }
                return max >= 0 && v > max ? "must be at most " + max + ", but was " + v : null;
        }
    }

    /**
     * Appends a value as {@code runs.csv} writes it: a category's name, a whole number as
     * {@link Long#toString(long)}, a real as {@link Double#toString(double)} (which reads back exactly).
     *
     * @param v   a valid value
     * @param out where to append
     */
    public void appendCsv(double v, StringBuilder out) {
        switch (kind) {
            case REAL -> out.append(Double.toString(v));
            case CATEGORY -> out.append(categories.get((int) v));
            default -> out.append(Long.toString((long) v));
        }
    }

    @Override
    public String toString() {
        return "Metric[" + name + ", " + kind + (max >= 0 ? " <= " + max : "") + (stem == null ? "" : ", " + stem) + "]";
    }
}
