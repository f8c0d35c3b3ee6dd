package org.offramp.output.chart;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * How many runs with one outcome ended in each span of days: the input of
 * {@link Charts#dayHistograms}. Bin {@code i} counts the runs that ended on days
 * {@code [i * binDays, (i + 1) * binDays)}.
 *
 * <pre>{@code
 * DayHistogram war = DayHistogram.fromDays("WAR", endDaysOfWarRuns, 30, 540);
 * }</pre>
 *
 * <p>Immutable and thread-safe: the array is copied in and out.
 *
 * @param label   the outcome name, non-blank
 * @param binDays the width of a bin in days, at least 1
 * @param counts  the number of runs per bin, each &gt;= 0; at least one bin
 * @param dayZero the calendar date of day 0
 * @param colours    the fixed colours of labels (a model's endings); {@link OutcomeColors#NONE} for none
 */
public record DayHistogram(String label, int binDays, long[] counts, LocalDate dayZero, OutcomeColors colours) {

    /**
     * Checks and copies the arguments.
     *
     * @param label the outcome name, non-blank
     * @param binDays the width of a bin in days, at least 1
     * @param counts the number of runs per bin, each &gt;= 0; at least one bin
     * @param dayZero the calendar date of day 0
     * @param colours the fixed colours of labels (a model's endings); {@link OutcomeColors#NONE} for none
     * @throws IllegalArgumentException naming the field and value if an argument is invalid
     */
    public DayHistogram {
        colours = Checks.notNull("colours", colours);
        label = Checks.text("label", label);
        if (binDays < 1) {
            throw new IllegalArgumentException("binDays must be >= 1, but was " + binDays);
        }
        Checks.notNull("counts", counts);
        if (counts.length == 0) {
            throw new IllegalArgumentException("counts must hold at least one bin, but was empty");
        }
        counts = counts.clone();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] < 0) {
                throw new IllegalArgumentException("counts[" + i + "] (" + label + ", days "
                        + i * (long) binDays + " to " + ((i + 1) * (long) binDays - 1) + ") must be >= 0, but was "
                        + counts[i]);
            }
        }
        Checks.notNull("dayZero", dayZero);
    }

    /**
     * The same data without fixed colours: every label coloured by its position (FAILED black).
     *
     * @param label the outcome name, non-blank
     * @param binDays the width of a bin in days, at least 1
     * @param counts the number of runs per bin, each &gt;= 0; at least one bin
     * @param dayZero the calendar date of day 0
     * @throws IllegalArgumentException naming the field and value if an argument is invalid
     */
    public DayHistogram(String label, int binDays, long[] counts, LocalDate dayZero) {
        this(label, binDays, counts, dayZero, OutcomeColors.NONE);
    }

    /**
     * A copy coloured with {@code c}: a model's endings in their fixed colours.
     *
     * @param c the colours
     * @return the copy
     */
    public DayHistogram withColours(OutcomeColors c) {
        return new DayHistogram(label, binDays, counts, dayZero, c);
    }

    /**
     * A histogram with one-day bins and day 0 on {@link DayAxis#DEFAULT_DAY_ZERO}.
     *
     * @param label        the outcome name
     * @param countsByDay  the number of runs that ended on each day from day 0
     * @throws IllegalArgumentException if an argument is invalid
     */
    public DayHistogram(String label, long[] countsByDay) {
        this(label, 1, countsByDay, DayAxis.DEFAULT_DAY_ZERO);
    }

    /**
     * Bins the ending days of runs, with day 0 on {@link DayAxis#DEFAULT_DAY_ZERO}.
     *
     * @param label       the outcome name
     * @param days        the day each run with this outcome ended, each in [0, horizonDays]; may be empty
     * @param binDays     the width of a bin in days, at least 1
     * @param horizonDays the last day a run can end on, &gt;= 0; the bins cover day 0 to it
     * @return the histogram, with ceil((horizonDays + 1) / binDays) bins
     * @throws IllegalArgumentException if an argument is invalid
     */
    public static DayHistogram fromDays(String label, int[] days, int binDays, int horizonDays) {
        Checks.notNull("days", days);
        if (binDays < 1) {
            throw new IllegalArgumentException("binDays must be >= 1, but was " + binDays);
        }
        if (horizonDays < 0) {
            throw new IllegalArgumentException("horizonDays must be >= 0, but was " + horizonDays);
        }
        long[] counts = new long[horizonDays / binDays + 1];
        for (int i = 0; i < days.length; i++) {
            if (days[i] < 0 || days[i] > horizonDays) {
                throw new IllegalArgumentException("days[" + i + "] must be in [0, " + horizonDays
                        + "], but was " + days[i]);
            }
            counts[days[i] / binDays]++;
        }
        return new DayHistogram(label, binDays, counts, DayAxis.DEFAULT_DAY_ZERO);
    }

    /** {@return the number of bins} */
    public int bins() {
        return counts.length;
    }

    /** {@return the total number of runs counted} */
    public long total() {
        long total = 0;
        for (long c : counts) {
            total = Math.addExact(total, c);
        }
        return total;
    }

    /** {@return the counts per bin, a copy} */
    @Override
    public long[] counts() {
        return counts.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DayHistogram other
                && colours.equals(other.colours)
                && label.equals(other.label)
                && binDays == other.binDays
                && Arrays.equals(counts, other.counts)
                && dayZero.equals(other.dayZero);
    }

    @Override
    public int hashCode() {
        return ((label.hashCode() * 31 + binDays) * 31 + Arrays.hashCode(counts)) * 31 + dayZero.hashCode();
    }

    @Override
    public String toString() {
        return "DayHistogram[label=" + label + ", binDays=" + binDays + ", counts=" + Arrays.toString(counts)
                + ", dayZero=" + dayZero + "]";
    }
}
