package org.offramp.design;

import org.offramp.stats.ConfidenceIntervals;
import org.offramp.stats.Interval;

/**
 * The result of a {@link Sweep}: for every design point and measure the count, share and Wilson
 * interval. It holds numbers; {@link SweepWriter} renders its CSV, Markdown and charts. Immutable and
 * thread-safe.
 */
public final class SweepResult {
    private final Sweep sweep;
    private final double[][] points;
    private final long runs;
    private final long[][] yes;
    private final double wallSeconds;

    SweepResult(Sweep sweep, Tally t, double wallSeconds) {
        this.sweep = sweep;
        this.points = sweep.points();
        this.runs = t.runs;
        this.wallSeconds = wallSeconds;
        this.yes = new long[points.length][sweep.measures().size()];
        for (int p = 0; p < points.length; p++) {
            for (int m = 0; m < yes[p].length; m++) {
                yes[p][m] = t.yes(p, m);
            }
        }
    }

    /** {@return the sweep that was run} */
    public Sweep sweep() {
        return sweep;
    }

    /** {@return runs per point} */
    public long runs() {
        return runs;
    }

    /** {@return wall time in seconds} */
    public double wallSeconds() {
        return wallSeconds;
    }

    /** {@return the number of design points} */
    public int size() {
        return points.length;
    }

    /**
     * The factor values of a design point.
     *
     * @param p the point's index, in [0, {@link #size()})
     * @return a copy of its factor values, in the order of the sweep's factors
     */
    public double[] point(int p) {
        return points[p].clone();
    }

    /**
     * How many runs of a design point had a measure.
     *
     * @param p the point's index, in [0, {@link #size()})
     * @param m one of the sweep's measures
     * @return the number of runs of point {@code p} in which {@code m} held
     */
    public long count(int p, Measure m) {
        return yes[p][measureIndex(m)];
    }

    /**
     * The share of runs of a design point that had a measure.
     *
     * @param p the point's index, in [0, {@link #size()})
     * @param m one of the sweep's measures
     * @return the share of point {@code p}'s runs in which {@code m} held, in [0, 1]
     */
    public double share(int p, Measure m) {
        return count(p, m) / (double) runs;
    }

    /**
     * The Wilson interval of the share of {@code m} at point {@code p}, at the sweep's confidence level.
     *
     * @param p the point's index, in [0, {@link #size()})
     * @param m one of the sweep's measures
     * @return the interval of the share, within [0, 1]
     */
    public Interval wilson(int p, Measure m) {
        return ConfidenceIntervals.wilson(count(p, m), runs, sweep.confidenceLevel());
    }

    private int measureIndex(Measure m) {
        int i = sweep.measures().indexOf(m);
        if (i < 0) {
            throw new IllegalArgumentException("measure must be one of " + sweep.measures() + ", but was " + m);
        }
        return i;
    }
}
