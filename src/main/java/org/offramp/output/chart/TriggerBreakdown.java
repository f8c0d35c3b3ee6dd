package org.offramp.output.chart;

import java.util.Arrays;
import java.util.List;

/**
 * Each ending's runs broken down by the trigger that ended them: the input of
 * {@link Charts#triggerBreakdown}. Each trigger belongs to one ending.
 *
 * <pre>{@code
 * TriggerBreakdown t = new TriggerBreakdown(List.of("WAR", "STALEMATE"),
 *         List.of("open war held", "strike campaign sustained", "horizon reached"), new int[] {0, 0, 1},
 *         new long[] {12, 30, 958}, "Baseline: how each ending came about", OutcomeColors.NONE);
 * }</pre>
 *
 * <p>Immutable and thread-safe: the arrays are copied in and out.
 *
 * @param endings  the endings' names, distinct and non-blank
 * @param triggers the triggers' labels (for the legend), distinct and non-blank
 * @param endingOf per trigger, the index into {@code endings} of the ending it produces
 * @param counts   per trigger, the runs it ended, each &gt;= 0
 * @param title    the chart title, non-blank
 * @param colours  the endings' colours; each trigger takes a shade of its ending's
 */
public record TriggerBreakdown(List<String> endings, List<String> triggers, int[] endingOf, long[] counts, String title,
                               OutcomeColors colours) {
    /**
     * Checks and copies the arguments.
     *
     * @param endings the endings' names, distinct and non-blank
     * @param triggers the triggers' labels (for the legend), distinct and non-blank
     * @param endingOf per trigger, the index into {@code endings} of the ending it produces
     * @param counts per trigger, the runs it ended, each &gt;= 0
     * @param title the chart title, non-blank
     * @param colours the endings' colours; each trigger takes a shade of its ending's
     * @throws IllegalArgumentException naming the field and value if an argument is invalid
     */
    public TriggerBreakdown {
        endings = Checks.labels("endings", endings);
        triggers = Checks.labels("triggers", triggers);
        Checks.notNull("endingOf", endingOf);
        Checks.notNull("counts", counts);
        if (endingOf.length != triggers.size() || counts.length != triggers.size()) {
            throw new IllegalArgumentException("endingOf and counts must have " + triggers.size()
                    + " entries (one per trigger), but had " + endingOf.length + " and " + counts.length);
        }
        endingOf = endingOf.clone();
        counts = counts.clone();
        for (int t = 0; t < endingOf.length; t++) {
            if (endingOf[t] < 0 || endingOf[t] >= endings.size()) {
                throw new IllegalArgumentException("endingOf[" + t + "] (" + triggers.get(t) + ") must be in [0, "
                        + (endings.size() - 1) + "], but was " + endingOf[t]);
            }
            if (counts[t] < 0) {
                throw new IllegalArgumentException("counts[" + t + "] (" + triggers.get(t) + ") must be >= 0, but was "
                        + counts[t]);
            }
        }
        title = Checks.text("title", title);
        colours = Checks.notNull("colours", colours);
    }

    /** {@return per trigger, the index of its ending; a copy} */
    @Override
    public int[] endingOf() {
        return endingOf.clone();
    }

    /** {@return per trigger, the runs it ended; a copy} */
    @Override
    public long[] counts() {
        return counts.clone();
    }

    /**
     * The runs that ended in an ending: the sum of its triggers' counts.
     *
     * @param ending the ending's index
     * @return the runs
     */
    public long endingTotal(int ending) {
        long n = 0;
        for (int t = 0; t < counts.length; t++) {
            if (endingOf[t] == ending) {
                n += counts[t];
            }
        }
        return n;
    }

    /** {@return all runs: the sum of the counts} */
    public long total() {
        return Arrays.stream(counts).sum();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TriggerBreakdown b && endings.equals(b.endings) && triggers.equals(b.triggers)
                && Arrays.equals(endingOf, b.endingOf) && Arrays.equals(counts, b.counts) && title.equals(b.title)
                && colours.equals(b.colours);
    }

    @Override
    public int hashCode() {
        return ((endings.hashCode() * 31 + triggers.hashCode()) * 31 + Arrays.hashCode(counts)) * 31 + title.hashCode();
    }

    @Override
    public String toString() {
        return "TriggerBreakdown[endings=" + endings + ", triggers=" + triggers + ", counts=" + Arrays.toString(counts)
                + "]";
    }
}
