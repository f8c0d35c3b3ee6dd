package org.offramp.output.chart;

import java.util.Arrays;
import java.util.List;

/**
 * Outcome shares with intervals for several scenarios side by side: the input of
 * {@link Charts#groupedShares}. Rows are scenarios, columns outcomes.
 *
 * <pre>{@code
 * GroupedShares g = new GroupedShares(List.of("baseline", "more sanctions"),
 *         List.of("WAR", "DEAL", "CHAOS", "STALEMATE"), share, lower, upper, 0.95,
 *         "Sanctions: outcome shares by scenario");
 * }</pre>
 *
 * <p>Immutable and thread-safe: the arrays are copied in and out.
 *
 * @param scenarios  the scenario names, distinct and non-blank
 * @param outcomes   the outcome names, distinct and non-blank
 * @param share      [scenario][outcome] the share of runs, in [0, 1]
 * @param lower      [scenario][outcome] the lower bound of the share's interval, in [0, share]
 * @param upper      [scenario][outcome] the upper bound, in [share, 1]
 * @param confidence the intervals' confidence level, in (0, 1)
 * @param title      the chart title, non-blank
 * @param colours    the fixed colours of labels (a model's endings); {@link OutcomeColors#NONE} for none
 */
public record GroupedShares(List<String> scenarios, List<String> outcomes, double[][] share, double[][] lower,
                            double[][] upper, double confidence, String title, OutcomeColors colours) {

    /**
     * Checks and copies the arguments.
     *
     * @param scenarios the scenario names, distinct and non-blank
     * @param outcomes the outcome names, distinct and non-blank
     * @param share [scenario][outcome] the share of runs, in [0, 1]
     * @param lower [scenario][outcome] the lower bound of the share's interval, in [0, share]
     * @param upper [scenario][outcome] the upper bound, in [share, 1]
     * @param confidence the intervals' confidence level, in (0, 1)
     * @param title the chart title, non-blank
     * @param colours the fixed colours of labels (a model's endings); {@link OutcomeColors#NONE} for none
     * @throws IllegalArgumentException naming the field and value if an argument is invalid
     */
    public GroupedShares {
        colours = Checks.notNull("colours", colours);
        scenarios = Checks.labels("scenarios", scenarios);
        outcomes = Checks.labels("outcomes", outcomes);
        int s = scenarios.size();
        int o = outcomes.size();
        share = Checks.matrix("share", share, s, o, "scenario", "outcome");
        lower = Checks.matrix("lower", lower, s, o, "scenario", "outcome");
        upper = Checks.matrix("upper", upper, s, o, "scenario", "outcome");
        for (int i = 0; i < s; i++) {
            for (int j = 0; j < o; j++) {
                String at = "[" + i + "][" + j + "] (" + scenarios.get(i) + ", " + outcomes.get(j) + ")";
                Checks.within("share" + at, share[i][j], 0.0, 1.0);
                Checks.within("lower" + at, lower[i][j], 0.0, 1.0);
                Checks.within("upper" + at, upper[i][j], 0.0, 1.0);
                Checks.ordered(at, "share", lower[i][j], share[i][j], upper[i][j]);
            }
        }
        Checks.confidence(confidence);
        title = Checks.text("title", title);
    }

    /**
     * The same data without fixed colours: every label coloured by its position (FAILED black).
     *
     * @param scenarios the scenario names, distinct and non-blank
     * @param outcomes the outcome names, distinct and non-blank
     * @param share [scenario][outcome] the share of runs, in [0, 1]
     * @param lower [scenario][outcome] the lower bound of the share's interval, in [0, share]
     * @param upper [scenario][outcome] the upper bound, in [share, 1]
     * @param confidence the intervals' confidence level, in (0, 1)
     * @param title the chart title, non-blank
     * @throws IllegalArgumentException naming the field and value if an argument is invalid
     */
    public GroupedShares(List<String> scenarios, List<String> outcomes, double[][] share, double[][] lower, double[][] upper, double confidence, String title) {
        this(scenarios, outcomes, share, lower, upper, confidence, title, OutcomeColors.NONE);
    }

    /**
     * A copy coloured with {@code c}: a model's endings in their fixed colours.
     *
     * @param c the colours
     * @return the copy
     */
    public GroupedShares withColours(OutcomeColors c) {
        return new GroupedShares(scenarios, outcomes, share, lower, upper, confidence, title, c);
    }

    /** {@return the shares, a deep copy} */
    @Override
    public double[][] share() {
        return Checks.copy(share);
    }

    /** {@return the lower bounds, a deep copy} */
    @Override
    public double[][] lower() {
        return Checks.copy(lower);
    }

    /** {@return the upper bounds, a deep copy} */
    @Override
    public double[][] upper() {
        return Checks.copy(upper);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GroupedShares other
                && colours.equals(other.colours)
                && scenarios.equals(other.scenarios)
                && outcomes.equals(other.outcomes)
                && Arrays.deepEquals(share, other.share)
                && Arrays.deepEquals(lower, other.lower)
                && Arrays.deepEquals(upper, other.upper)
                && Double.compare(confidence, other.confidence) == 0
                && title.equals(other.title);
    }

    @Override
    public int hashCode() {
        int h = scenarios.hashCode() * 31 + outcomes.hashCode();
        h = h * 31 + Arrays.deepHashCode(share);
        h = h * 31 + Arrays.deepHashCode(lower);
        h = h * 31 + Arrays.deepHashCode(upper);
        return (h * 31 + Double.hashCode(confidence)) * 31 + title.hashCode();
    }

    @Override
    public String toString() {
        return "GroupedShares[scenarios=" + scenarios + ", outcomes=" + outcomes + ", share="
                + Arrays.deepToString(share) + ", confidence=" + confidence + ", title=" + title + "]";
    }
}
