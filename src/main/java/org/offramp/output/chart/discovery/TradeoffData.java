package org.offramp.output.chart.discovery;

import java.util.Arrays;
import java.util.Objects;

/**
 * A PRIM peeling trajectory as the coverage–density trade-off: one point per box, with its number
 * of restricted factors, and the box the analyst selected.
 *
 * <pre>{@code
 * TradeoffData d = new TradeoffData(coverage, density, restricted, 44, "WAR", "Which worlds lead to war");
 * }</pre>
 *
 * <p>Immutable and thread-safe: arrays are copied in and out.
 *
 * @param coverage    per box, its coverage in [0, 1]
 * @param density     per box, its density in [0, 1]
 * @param restricted  per box, its number of restricted factors, at least 0
 * @param selected    the selected box's index, or -1 for none
 * @param outcomeName the outcome's name, e.g. "WAR"
 * @param title       the chart title
 */
public record TradeoffData(double[] coverage, double[] density, int[] restricted, int selected, String outcomeName,
                           String title) {

    /**
     * Checks and copies the arguments.
     *
     * @param coverage per box, its coverage in [0, 1]
     * @param density per box, its density in [0, 1]
     * @param restricted per box, its number of restricted factors, at least 0
     * @param selected the selected box's index, or -1 for none
     * @param outcomeName the outcome's name, e.g. "WAR"
     * @param title the chart title
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException naming the entry if a value is out of range or the arrays
     *                                  differ in length
     */
    public TradeoffData {
        coverage = Args.finite("coverage", coverage, -1);
        if (coverage.length == 0) {
            throw new IllegalArgumentException("coverage must hold at least one box, but was empty");
        }
        density = Args.finite("density", density, coverage.length);
        Objects.requireNonNull(restricted, "restricted");
        if (restricted.length != coverage.length) {
            throw new IllegalArgumentException("restricted must have " + coverage.length + " entries, but had "
                    + restricted.length);
        }
        restricted = restricted.clone();
        for (int i = 0; i < coverage.length; i++) {
            Args.share("coverage[" + i + "]", coverage[i]);
            Args.share("density[" + i + "]", density[i]);
            if (restricted[i] < 0) {
                throw new IllegalArgumentException("restricted[" + i + "] must be >= 0, but was " + restricted[i]);
            }
        }
        if (selected < -1 || selected >= coverage.length) {
            throw new IllegalArgumentException("selected must be -1 or in [0, " + coverage.length + "), but was "
                    + selected);
        }
        Args.text("outcomeName", outcomeName);
        Args.text("title", title);
    }

    /** {@return per box, its coverage; a copy} */
    @Override
    public double[] coverage() {
        return coverage.clone();
    }

    /** {@return per box, its density; a copy} */
    @Override
    public double[] density() {
        return density.clone();
    }

    /** {@return per box, its number of restricted factors; a copy} */
    @Override
    public int[] restricted() {
        return restricted.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TradeoffData d && Arrays.equals(coverage, d.coverage) && Arrays.equals(density, d.density)
                && Arrays.equals(restricted, d.restricted) && selected == d.selected
                && outcomeName.equals(d.outcomeName) && title.equals(d.title);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(coverage), Arrays.hashCode(density), selected, title);
    }

    @Override
    public String toString() {
        return "TradeoffData[" + coverage.length + " boxes, selected " + selected + ", " + title + "]";
    }
}
