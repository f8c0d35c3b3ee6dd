package org.offramp.output.chart;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * For each outcome, the share of runs that had ended with it by each day: the input of
 * {@link Charts#cumulativeIncidence}.
 *
 * <pre>{@code
 * // byDay[k][t] = share of all runs that ended with labels[k] on or before day t
 * CumulativeIncidence ci = new CumulativeIncidence(List.of("WAR", "DEAL", "CHAOS"), byDay,
 *         "Baseline: cumulative incidence of each ending");
 * }</pre>
 *
 * <p>Each curve is non-decreasing, and since a run ends only once, the curves add up to at most 1 on
 * every day. Immutable and thread-safe: the arrays are copied in and out.
 *
 * @param labels  the outcome names, distinct and non-blank
 * @param byDay   per label, per day from day 0, the share of runs ended with that outcome by that
 *                day; all rows the same length (at least 1), values in [0, 1], non-decreasing
 * @param dayZero the calendar date of day 0
 * @param title   the chart title, non-blank
 * @param colours    the fixed colours of labels (a model's endings); {@link OutcomeColors#NONE} for none
 */
public record CumulativeIncidence(List<String> labels, double[][] byDay, LocalDate dayZero, String title, OutcomeColors colours) {

    /** Slack for the sum over outcomes, which rounding may push a hair above 1. */
    private static final double SUM_TOLERANCE = 1e-9;

    /**
     * Checks and copies the arguments.
     *
     * @param labels the outcome names, distinct and non-blank
     * @param byDay per label, per day from day 0, the share of runs ended with that outcome by that
     *        day; all rows the same length (at least 1), values in [0, 1], non-decreasing
     * @param dayZero the calendar date of day 0
     * @param title the chart title, non-blank
     * @param colours the fixed colours of labels (a model's endings); {@link OutcomeColors#NONE} for none
     * @throws IllegalArgumentException naming the field and value if an argument is invalid
     */
    public CumulativeIncidence {
        colours = Checks.notNull("colours", colours);
        labels = Checks.labels("labels", labels);
        Checks.notNull("byDay", byDay);
        if (byDay.length != labels.size()) {
            throw new IllegalArgumentException("byDay must have " + labels.size()
                    + " rows (one per label), but had " + byDay.length);
        }
        Checks.notNull("byDay[0]", byDay[0]);
        int days = byDay[0].length;
        if (days < 1) {
            throw new IllegalArgumentException("byDay rows must cover at least day 0, but byDay[0] was empty");
        }
        byDay = Checks.matrix("byDay", byDay, labels.size(), days, "label", "day, like byDay[0]");
        for (int k = 0; k < byDay.length; k++) {
            for (int t = 0; t < days; t++) {
                String at = "byDay[" + k + "][" + t + "] (" + labels.get(k) + ", day " + t + ")";
                Checks.within(at, byDay[k][t], 0.0, 1.0);
                if (t > 0 && byDay[k][t] < byDay[k][t - 1]) {
                    throw new IllegalArgumentException(at + " must be >= the day before (" + byDay[k][t - 1]
                            + ") since shares accumulate, but was " + byDay[k][t]);
                }
            }
        }
        for (int t = 0; t < days; t++) {
            double sum = 0.0;
            for (double[] row : byDay) {
                sum += row[t];
            }
            if (sum > 1.0 + SUM_TOLERANCE) {
                throw new IllegalArgumentException("byDay[*][" + t + "] must add up to at most 1 (a run ends"
                        + " once), but added up to " + sum);
            }
        }
        Checks.notNull("dayZero", dayZero);
        title = Checks.text("title", title);
    }

    /**
     * The same data without fixed colours: every label coloured by its position (FAILED black).
     *
     * @param labels the outcome names, distinct and non-blank
     * @param byDay per label, per day from day 0, the share of runs ended with that outcome by that
     *        day; all rows the same length (at least 1), values in [0, 1], non-decreasing
     * @param dayZero the calendar date of day 0
     * @param title the chart title, non-blank
     * @throws IllegalArgumentException naming the field and value if an argument is invalid
     */
    public CumulativeIncidence(List<String> labels, double[][] byDay, LocalDate dayZero, String title) {
        this(labels, byDay, dayZero, title, OutcomeColors.NONE);
    }

    /**
     * A copy coloured with {@code c}: a model's endings in their fixed colours.
     *
     * @param c the colours
     * @return the copy
     */
    public CumulativeIncidence withColours(OutcomeColors c) {
        return new CumulativeIncidence(labels, byDay, dayZero, title, c);
    }

    /**
     * Cumulative incidence with day 0 on {@link DayAxis#DEFAULT_DAY_ZERO} (2019-05-17).
     *
     * @param labels the outcome names
     * @param byDay  per label, per day, the share of runs ended with it by that day
     * @param title  the chart title
     * @throws IllegalArgumentException if an argument is invalid
     */
    public CumulativeIncidence(List<String> labels, double[][] byDay, String title) {
        this(labels, byDay, DayAxis.DEFAULT_DAY_ZERO, title);
    }

    /**
     * Cumulative incidence from the ending outcome and day of each run.
     *
     * @param labels      the outcome names to chart (runs with other outcomes count in the total only)
     * @param outcomeOfRun per run, the index into labels of its outcome, or -1 for an outcome not charted
     * @param dayOfRun    per run, the day it ended, in [0, horizonDays]
     * @param horizonDays the last day to chart, &gt;= 0
     * @param title       the chart title
     * @return the curves, one point per day 0..horizonDays
     * @throws IllegalArgumentException if an argument is invalid
     */
    public static CumulativeIncidence fromRuns(List<String> labels, int[] outcomeOfRun, int[] dayOfRun,
                                               int horizonDays, String title) {
        List<String> checked = Checks.labels("labels", labels);
        Checks.notNull("outcomeOfRun", outcomeOfRun);
        Checks.notNull("dayOfRun", dayOfRun);
        if (dayOfRun.length != outcomeOfRun.length) {
            throw new IllegalArgumentException("dayOfRun must have " + outcomeOfRun.length
                    + " entries (one per run, like outcomeOfRun), but had " + dayOfRun.length);
        }
        if (outcomeOfRun.length == 0) {
            throw new IllegalArgumentException("outcomeOfRun must hold at least one run, but was empty");
        }
        if (horizonDays < 0) {
            throw new IllegalArgumentException("horizonDays must be >= 0, but was " + horizonDays);
        }
        long[][] endedOn = new long[checked.size()][horizonDays + 1];
        for (int r = 0; r < outcomeOfRun.length; r++) {
            int k = outcomeOfRun[r];
            if (k < -1 || k >= checked.size()) {
                throw new IllegalArgumentException("outcomeOfRun[" + r + "] must be in [-1, "
                        + (checked.size() - 1) + "], but was " + k);
            }
            if (dayOfRun[r] < 0 || dayOfRun[r] > horizonDays) {
                throw new IllegalArgumentException("dayOfRun[" + r + "] must be in [0, " + horizonDays
                        + "], but was " + dayOfRun[r]);
            }
            if (k >= 0) {
                endedOn[k][dayOfRun[r]]++;
            }
        }
        double runs = outcomeOfRun.length;
        double[][] byDay = new double[checked.size()][horizonDays + 1];
        for (int k = 0; k < checked.size(); k++) {
            long cumulative = 0;
            for (int t = 0; t <= horizonDays; t++) {
                // Divide the running count, not add up quotients, so that sums stay exact ratios.
                cumulative += endedOn[k][t];
                byDay[k][t] = cumulative / runs;
            }
        }
        return new CumulativeIncidence(checked, byDay, title);
    }

    /** {@return the number of days covered (day 0 to days() - 1)} */
    public int days() {
        return byDay[0].length;
    }

    /** {@return the curves, a deep copy} */
    @Override
    public double[][] byDay() {
        return Checks.copy(byDay);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CumulativeIncidence other
                && colours.equals(other.colours)
                && labels.equals(other.labels)
                && Arrays.deepEquals(byDay, other.byDay)
                && dayZero.equals(other.dayZero)
                && title.equals(other.title);
    }

    @Override
    public int hashCode() {
        return ((labels.hashCode() * 31 + Arrays.deepHashCode(byDay)) * 31 + dayZero.hashCode()) * 31
                + title.hashCode();
    }

    @Override
    public String toString() {
        return "CumulativeIncidence[labels=" + labels + ", days=" + days() + ", dayZero=" + dayZero
                + ", title=" + title + "]";
    }
}
