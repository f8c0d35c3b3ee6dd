package org.offramp.output.chart;

import java.util.Arrays;
import java.util.List;

/**
 * How many runs took each value 0 to n - 1 of a bounded count (for the standoff, the highest rung
 * of its escalation ladder): the input of {@link Charts#valueHistogram}.
 *
 * <pre>{@code
 * ValueHistogram h = new ValueHistogram("Highest rung reached", List.of("talks", "pressure", ...),
 *         aggregate.counts("highest_rung"), "Baseline: highest rung reached");
 * }</pre>
 *
 * <p>Immutable and thread-safe: the array is copied in and out.
 *
 * @param axisLabel   the label of the value axis, non-blank
 * @param valueLabels a short name per value (shown after the number on the axis), or empty for numbers only
 * @param counts      the number of runs per value, each &gt;= 0, at least two values
 * @param title       the chart title, non-blank
 */
public record ValueHistogram(String axisLabel, List<String> valueLabels, long[] counts, String title) {

    /**
     * Checks and copies the arguments.
     *
     * @param axisLabel the label of the value axis, non-blank
     * @param valueLabels a short name per value (shown after the number on the axis), or empty for numbers only
     * @param counts the number of runs per value, each &gt;= 0, at least two values
     * @param title the chart title, non-blank
     * @throws IllegalArgumentException naming the field and value if an argument is invalid
     */
    public ValueHistogram {
        axisLabel = Checks.text("axisLabel", axisLabel);
        Checks.notNull("valueLabels", valueLabels);
        Checks.notNull("counts", counts);
        if (counts.length < 2) {
            throw new IllegalArgumentException("counts must have at least 2 values, but had " + counts.length);
        }
        valueLabels = List.copyOf(valueLabels);
        if (!valueLabels.isEmpty() && valueLabels.size() != counts.length) {
            throw new IllegalArgumentException("valueLabels must have " + counts.length
                    + " entries (one per value) or none, but had " + valueLabels.size());
        }
        counts = counts.clone();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] < 0) {
                throw new IllegalArgumentException("counts[" + i + "]" + (valueLabels.isEmpty() ? ""
                        : " (" + valueLabels.get(i) + ")") + " must be >= 0, but was " + counts[i]);
            }
        }
        title = Checks.text("title", title);
    }

    /** {@return the total number of runs counted} */
    public long total() {
        long total = 0;
        for (long c : counts) {
            total = Math.addExact(total, c);
        }
        return total;
    }

    /** {@return the counts per value, a copy} */
    @Override
    public long[] counts() {
        return counts.clone();
    }

    /**
     * The axis label of a value: its number and short name, joined by no-break spaces where the name
     * is short, so that a label wraps between words of the name but never after the bare number.
     *
     * @param value the value, 0 to n - 1
     * @return the label
     */
    public String label(int value) {
        if (valueLabels.isEmpty()) {
            return Integer.toString(value);
        }
        String name = valueLabels.get(value);
        return value + "\u00a0" + (name.length() <= 9 ? name.replace(' ', '\u00a0') : name);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ValueHistogram other
                && axisLabel.equals(other.axisLabel)
                && valueLabels.equals(other.valueLabels)
                && Arrays.equals(counts, other.counts)
                && title.equals(other.title);
    }

    @Override
    public int hashCode() {
        return ((axisLabel.hashCode() * 31 + valueLabels.hashCode()) * 31 + Arrays.hashCode(counts)) * 31
                + title.hashCode();
    }

    @Override
    public String toString() {
        return "ValueHistogram[axisLabel=" + axisLabel + ", counts=" + Arrays.toString(counts) + ", title=" + title + "]";
    }
}
