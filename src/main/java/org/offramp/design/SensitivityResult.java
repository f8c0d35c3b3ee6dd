package org.offramp.design;

import java.util.List;

/**
 * The result of a {@link Sensitivity} analysis: Sobol indices per measure and factor. It holds
 * numbers; {@link SensitivityWriter} renders its CSV, Markdown and charts. Immutable and thread-safe.
 */
public final class SensitivityResult {
    private final Sensitivity analysis;
    private final List<SobolIndices> indices;
    private final int points;
    private final long runsPerPoint;
    private final double wallSeconds;

    SensitivityResult(Sensitivity analysis, List<SobolIndices> indices, int points, long runsPerPoint,
                      double wallSeconds) {
        this.analysis = analysis;
        this.indices = List.copyOf(indices);
        this.points = points;
        this.runsPerPoint = runsPerPoint;
        this.wallSeconds = wallSeconds;
    }

    /** {@return the analysis that was run} */
    public Sensitivity analysis() {
        return analysis;
    }

    /**
     * The indices of one measure's share.
     *
     * @param m one of the analysis's measures
     * @return that measure's first-order and total indices, with their intervals
     * @throws IllegalArgumentException if {@code m} is not one of the analysis's measures
     */
    public SobolIndices indices(Measure m) {
        int i = analysis.measures().indexOf(m);
        if (i < 0) {
            throw new IllegalArgumentException("measure must be one of " + analysis.measures() + ", but was " + m);
        }
        return indices.get(i);
    }

    /** {@return design points run: N (k + 2)} */
    public int points() {
        return points;
    }

    /** {@return wall time in seconds} */
    public double wallSeconds() {
        return wallSeconds;
    }

    /** {@return the model runs behind each design point} */
    public long runsPerPoint() {
        return runsPerPoint;
    }
}
