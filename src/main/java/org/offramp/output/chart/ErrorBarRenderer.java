package org.offramp.output.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.CategoryDataset;

/**
 * A flat bar renderer that draws an error bar from a lower to an upper bound on each bar, or plain
 * flat bars when no bounds are given.
 *
 * <p>JFreeChart's {@code StatisticalBarRenderer} draws mean ± standard deviation, which is symmetric;
 * binomial intervals (Wilson, Clopper–Pearson) are not, so the bounds are given here explicitly,
 * indexed like the dataset ({@code [row][column]}).
 *
 * <p>Not thread-safe (like every JFreeChart renderer); each chart gets its own.
 */
final class ErrorBarRenderer extends BarRenderer {

    private static final long serialVersionUID = 1L;
    private static final Color WHISKER = new Color(0x22, 0x22, 0x22);
    private static final Stroke WHISKER_STROKE = new BasicStroke(1.6f);

    private final double[][] lower;
    private final double[][] upper;
    /** Per column colours, or null to colour by series (row). */
    private final Paint[] columnPaints;

    /**
     * @param lower        lower bounds [row][column], or null for no error bars (then upper is null too)
     * @param upper        upper bounds [row][column], or null
     * @param columnPaints one colour per column, or null to colour by series
     */
    ErrorBarRenderer(double[][] lower, double[][] upper, Paint[] columnPaints) {
        this.lower = lower == null ? null : Checks.copy(lower);
        this.upper = upper == null ? null : Checks.copy(upper);
        this.columnPaints = columnPaints == null ? null : columnPaints.clone();
        setBarPainter(new StandardBarPainter());
        setShadowVisible(false);
        setDrawBarOutline(false);
        setItemMargin(0.04);
    }

    @Override
    public Paint getItemPaint(int row, int column) {
        return columnPaints != null ? columnPaints[column] : super.getItemPaint(row, column);
    }

    @Override
    public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
                         CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column,
                         int pass) {
        super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
        int visibleRow = state.getVisibleSeriesIndex(row);
        if (lower == null || visibleRow < 0 || dataset.getValue(row, column) == null) {
            return;
        }
        PlotOrientation orientation = plot.getOrientation();
        double barStart = calculateBarW0(plot, orientation, dataArea, domainAxis, state, visibleRow, column);
        double barWidth = state.getBarWidth();
        double middle = barStart + barWidth / 2.0;
        double cap = Math.min(barWidth * 0.25, 10.0);
        RectangleEdge edge = plot.getRangeAxisEdge();
        double low = rangeAxis.valueToJava2D(lower[row][column], dataArea, edge);
        double high = rangeAxis.valueToJava2D(upper[row][column], dataArea, edge);
        g2.setPaint(WHISKER);
        g2.setStroke(WHISKER_STROKE);
        if (orientation == PlotOrientation.VERTICAL) {
            g2.draw(new Line2D.Double(middle, low, middle, high));
            g2.draw(new Line2D.Double(middle - cap, low, middle + cap, low));
            g2.draw(new Line2D.Double(middle - cap, high, middle + cap, high));
        } else {
            g2.draw(new Line2D.Double(low, middle, high, middle));
            g2.draw(new Line2D.Double(low, middle - cap, low, middle + cap));
            g2.draw(new Line2D.Double(high, middle - cap, high, middle + cap));
        }
    }

    @Override
    public boolean equals(Object obj) {
        // Identity: the bounds are data, and renderers are never compared across charts here.
        return this == obj;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
