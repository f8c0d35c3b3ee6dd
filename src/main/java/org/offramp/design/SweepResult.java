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

    /** The sweep that was run. */
    public Sweep sweep() {
        return sweep;
    }

    /** Runs per point. */
    public long runs() {
        return runs;
    }

    /** Wall time in seconds. */
    public double wallSeconds() {
        return wallSeconds;
    }

    /** The number of design points. */
    public int size() {
        return points.length;
    }

    /** The factor values of point {@code p}, a copy. */
    public double[] point(int p) {
        return points[p].clone();
    }

    /** Runs of point {@code p} with measure {@code m}. */
    public long count(int p, Measure m) {
        return yes[p][measureIndex(m)];
    }

    /** The share of measure {@code m} at point {@code p}. */
    public double share(int p, Measure m) {
        return count(p, m) / (double) runs;
    }

    /** The Wilson interval of the share of {@code m} at point {@code p}. */
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
