package org.offramp.output.chart;

import java.util.Arrays;
import java.util.List;

/**
 * How many runs reached each rung of the escalation ladder as their highest: the input of
 * {@link Charts#rungHistogram}.
 *
 * <pre>{@code
 * long[] counts = new long[RungHistogram.RUNGS];
 * for (StandoffRecord r : records) counts[r.highestRung()]++;
 * RungHistogram h = new RungHistogram(counts, "Baseline: highest rung reached");
 * }</pre>
 *
 * <p>Immutable and thread-safe: the array is copied in and out.
 *
 * @param countsByRung the number of runs per highest rung, indexed 0 to 7, each &gt;= 0
 * @param title        the chart title, non-blank
 */
public record RungHistogram(long[] countsByRung, String title) {

    /** The number of rungs on the ladder ({@code docs/ODD.md} §7.5). */
    public static final int RUNGS = 8;

    /** Short names of the rungs 0 to 7, as the chart's axis shows them. */
    public static final List<String> SHORT_NAMES = List.of("talks", "pressure", "posturing", "gray zone",
            "proxy casualties", "limited strike", "campaign", "open war");

    /**
     * Checks and copies the arguments.
     *
     * @throws IllegalArgumentException naming the field and value if an argument is invalid
     */
    public RungHistogram {
        Checks.notNull("countsByRung", countsByRung);
        if (countsByRung.length != RUNGS) {
            throw new IllegalArgumentException("countsByRung must have " + RUNGS
                    + " entries (one per rung 0..7), but had " + countsByRung.length);
        }
        countsByRung = countsByRung.clone();
        for (int i = 0; i < RUNGS; i++) {
            if (countsByRung[i] < 0) {
                throw new IllegalArgumentException("countsByRung[" + i + "] (" + SHORT_NAMES.get(i)
                        + ") must be >= 0, but was " + countsByRung[i]);
            }
        }
        title = Checks.text("title", title);
    }

    /** The total number of runs counted. */
    public long total() {
        long total = 0;
        for (long c : countsByRung) {
            total = Math.addExact(total, c);
        }
        return total;
    }

    /** The counts per rung, a copy. */
    @Override
    public long[] countsByRung() {
        return countsByRung.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RungHistogram other
                && Arrays.equals(countsByRung, other.countsByRung)
                && title.equals(other.title);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(countsByRung) * 31 + title.hashCode();
    }

    @Override
    public String toString() {
        return "RungHistogram[countsByRung=" + Arrays.toString(countsByRung) + ", title=" + title + "]";
    }
}
