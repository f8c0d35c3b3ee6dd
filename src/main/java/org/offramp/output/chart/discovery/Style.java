package org.offramp.output.chart.discovery;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/** The look of the discovery charts: the fonts and greys of {@code org.offramp.output.chart.Charts}. */
final class Style {
    private Style() {
    }

    static final String FONT = Font.SANS_SERIF;
    static final Font TITLE = new Font(FONT, Font.BOLD, 22);
    static final Font SUBTITLE = new Font(FONT, Font.PLAIN, 14);
    static final Font NOTE = new Font(FONT, Font.ITALIC, 13);
    static final Font AXIS_LABEL = new Font(FONT, Font.PLAIN, 16);
    static final Font TICK = new Font(FONT, Font.PLAIN, 14);
    static final Font LABEL = new Font(FONT, Font.PLAIN, 13);
    static final Font LABEL_BOLD = new Font(FONT, Font.BOLD, 13);
    static final Font LEGEND = new Font(FONT, Font.PLAIN, 14);
    static final Font PANEL_TITLE = new Font(FONT, Font.BOLD, 15);
    static final Font PANEL_AXIS = new Font(FONT, Font.PLAIN, 13);
    static final Font PANEL_TICK = new Font(FONT, Font.PLAIN, 11);
    static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
    static final Color TEXT = new Color(0x22, 0x22, 0x22);
    static final Color MUTED = new Color(0x55, 0x55, 0x55);
    static final Color LIGHT = new Color(0xBB, 0xBB, 0xBB);
    static final Color RANGE = new Color(0xE3, 0xE3, 0xE3);
    static final Color BOX = new Color(0x1F, 0x4E, 0x9A);
    static final Color BOX_FILL = new Color(0x1F, 0x77, 0xB4);
    static final Color TRUTH = new Color(0xC0, 0x39, 0x2B);
    static final BasicStroke DASHED = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {6f, 4f}, 0f);

    /** Okabe and Ito's colour-blind-safe palette (without yellow, which is faint on white). */
    static final Color[] PALETTE = {
        new Color(0x00, 0x72, 0xB2), new Color(0xE6, 0x9F, 0x00), new Color(0x00, 0x9E, 0x73),
        new Color(0xD5, 0x5E, 0x00), new Color(0xCC, 0x79, 0xA7), new Color(0x56, 0xB4, 0xE9),
        new Color(0x44, 0x44, 0x44), new Color(0x8C, 0x56, 0x4B),
    };

    static JFreeChart chart(String title, XYPlot plot, boolean legend, String subtitle) {
        style(plot);
        JFreeChart chart = new JFreeChart(title, TITLE, plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setPaint(TEXT);
        chart.setPadding(new RectangleInsets(8, 8, 8, 16));
        if (!subtitle.isBlank()) {
            TextTitle line = new TextTitle(subtitle, SUBTITLE);
            line.setPaint(MUTED);
            chart.addSubtitle(line);
        }
        LegendTitle l = chart.getLegend();
        if (l != null) {
            l.setItemFont(LEGEND);
            l.setPosition(RectangleEdge.BOTTOM);
            l.setFrame(BlockBorder.NONE);
        }
        return chart;
    }

    static void style(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setOutlineVisible(false);
        axis(plot.getDomainAxis(), AXIS_LABEL, TICK);
        axis(plot.getRangeAxis(), AXIS_LABEL, TICK);
    }

    static void axis(ValueAxis axis, Font label, Font tick) {
        if (axis == null) {
            return;
        }
        axis.setLabelFont(label);
        axis.setTickLabelFont(tick);
        axis.setLabelPaint(TEXT);
        axis.setTickLabelPaint(TEXT);
    }

    /** A small panel of a grid: no chart title of its own beyond the given one, smaller fonts. */
    static JFreeChart panel(String title, XYPlot plot) {
        style(plot);
        axis(plot.getDomainAxis(), PANEL_AXIS, PANEL_TICK);
        axis(plot.getRangeAxis(), PANEL_AXIS, PANEL_TICK);
        JFreeChart chart = new JFreeChart(title, PANEL_TITLE, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setPaint(TEXT);
        chart.setPadding(new RectangleInsets(4, 4, 4, 10));
        return chart;
    }

    static TextTitle note(String text) {
        TextTitle note = new TextTitle(text, NOTE);
        note.setPaint(MUTED);
        note.setPosition(RectangleEdge.BOTTOM);
        return note;
    }

    static DecimalFormat percent() {
        return new DecimalFormat("0%", DecimalFormatSymbols.getInstance(Locale.ROOT));
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }
}
