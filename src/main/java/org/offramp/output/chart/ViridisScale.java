package org.offramp.output.chart;

import java.awt.Color;
import java.awt.Paint;
import java.io.Serializable;
import org.jfree.chart.renderer.PaintScale;

/**
 * A perceptually ordered colour scale (anchors of matplotlib's viridis), dark purple for low values
 * to yellow for high: it stays readable in grey print and for colour-blind readers, unlike a
 * rainbow. Values outside the bounds take the end colours.
 *
 * <p>Immutable and thread-safe.
 */
final class ViridisScale implements PaintScale, Serializable {

    private static final long serialVersionUID = 1L;
    private static final int[][] ANCHORS = {
        {68, 1, 84}, {72, 40, 120}, {62, 74, 137}, {49, 104, 142}, {38, 130, 142},
        {31, 158, 137}, {53, 183, 121}, {109, 205, 89}, {180, 222, 44}, {253, 231, 37},
    };

    private final double lower;
    private final double upper;

    ViridisScale(double lower, double upper) {
        if (!(lower < upper)) {
            throw new IllegalArgumentException("lower must be < upper (" + upper + "), but was " + lower);
        }
        this.lower = lower;
        this.upper = upper;
    }

    @Override
    public double getLowerBound() {
        return lower;
    }

    @Override
    public double getUpperBound() {
        return upper;
    }

    @Override
    public Paint getPaint(double value) {
        double f = (value - lower) / (upper - lower);
        f = Double.isNaN(f) ? 0.0 : Math.max(0.0, Math.min(1.0, f));
        double pos = f * (ANCHORS.length - 1);
        int i = Math.min((int) pos, ANCHORS.length - 2);
        double t = pos - i;
        int[] a = ANCHORS[i];
        int[] b = ANCHORS[i + 1];
        return new Color((int) Math.round(a[0] + t * (b[0] - a[0])), (int) Math.round(a[1] + t * (b[1] - a[1])),
                (int) Math.round(a[2] + t * (b[2] - a[2])));
    }

    /** Whether text on this value's colour should be white (dark cells) rather than black. */
    boolean isDark(double value) {
        Color c = (Color) getPaint(value);
        return 0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue() < 140;
    }
}
