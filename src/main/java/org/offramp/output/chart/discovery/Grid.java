package org.offramp.output.chart.discovery;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.offramp.io.AtomicFiles;
import org.offramp.output.chart.ChartFiles;

/**
 * A figure of several charts in a grid under one title, written as PNG and SVG like
 * {@code Charts.write}: each file atomically, the SVG the same bytes for the same data.
 */
final class Grid {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final int HEADER = 76;
    private static final int FOOTER = 34;
    private static final int LEGEND_ROW = 28;

    private final String title;
    private final String subtitle;
    private final String note;
    private final List<JFreeChart> panels;
    private final int columns;
    private final int panelWidth;
    private final int panelHeight;
    private final List<Swatch> legend;

    /** One entry of a colour legend under the panels. */
    record Swatch(Color colour, String label) {
    }

    Grid(String title, String subtitle, String note, List<JFreeChart> panels, int columns, int panelWidth,
         int panelHeight) {
        this(title, subtitle, note, panels, columns, panelWidth, panelHeight, List.of());
    }

    Grid(String title, String subtitle, String note, List<JFreeChart> panels, int columns, int panelWidth,
         int panelHeight, List<Swatch> legend) {
        this.legend = List.copyOf(legend);
        this.title = title;
        this.subtitle = subtitle;
        this.note = note;
        this.panels = List.copyOf(panels);
        this.columns = Math.max(1, Math.min(columns, panels.size()));
        this.panelWidth = panelWidth;
        this.panelHeight = panelHeight;
    }

    int width() {
        return columns * panelWidth;
    }

    int height() {
        int rows = (panels.size() + columns - 1) / columns;
        return HEADER + rows * panelHeight + (note.isBlank() ? 8 : FOOTER) + (legend.isEmpty() ? 0 : LEGEND_ROW);
    }

    void draw(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setPaint(Color.WHITE);
        g.fillRect(0, 0, width(), height());
        centred(g, title, Style.TITLE, Style.TEXT, 32);
        if (!subtitle.isBlank()) {
            centred(g, subtitle, Style.SUBTITLE, Style.MUTED, 58);
        }
        for (int i = 0; i < panels.size(); i++) {
            int x = (i % columns) * panelWidth;
            int y = HEADER + (i / columns) * panelHeight;
            panels.get(i).draw(g, new Rectangle2D.Double(x, y, panelWidth, panelHeight));
        }
        if (!note.isBlank()) {
            centred(g, note, Style.NOTE, Style.MUTED, height() - 12);
        }
        if (!legend.isEmpty()) {
            drawLegend(g, height() - (note.isBlank() ? 8 : FOOTER) - 9);
        }
    }

    /** The swatches in one centred row: a filled dot and its label each. */
    private void drawLegend(Graphics2D g, int baseline) {
        g.setFont(Style.LEGEND);
        FontMetrics m = g.getFontMetrics();
        int dot = 12;
        int gap = 22;
        int total = 0;
        for (Swatch s : legend) {
            total += dot + 6 + m.stringWidth(s.label()) + gap;
        }
        int x = Math.max(4, (width() - (total - gap)) / 2);
        for (Swatch s : legend) {
            g.setPaint(s.colour());
            g.fill(new java.awt.geom.Ellipse2D.Double(x, baseline - dot + 1, dot, dot));
            x += dot + 6;
            g.setPaint(Style.TEXT);
            g.drawString(s.label(), x, baseline);
            x += m.stringWidth(s.label()) + gap;
        }
    }

    private void centred(Graphics2D g, String text, java.awt.Font font, Color colour, int baseline) {
        g.setFont(font);
        g.setPaint(colour);
        FontMetrics m = g.getFontMetrics();
        g.drawString(text, Math.max(4, (width() - m.stringWidth(text)) / 2), baseline);
    }

    ChartFiles write(Path folder, String name) throws IOException {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("name must be a letter or digit followed by letters, digits,"
                    + " '.', '_' or '-', but was \"" + name + "\"");
        }
        Files.createDirectories(folder);
        // No element hints: a scatter of thousands of points would carry a group per point and
        // grow the SVG several times over.
        BufferedImage image = new BufferedImage(width(), height(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            draw(g);
        } finally {
            g.dispose();
        }
        Path png = AtomicFiles.write(folder.resolve(name + ".png"), png(image));
        SVGGraphics2D svg = new SVGGraphics2D(width(), height());
        // The default prefix comes from the clock; a fixed one makes the SVG reproducible.
        svg.setDefsKeyPrefix("offramp-" + name + "-");
        // Hundredths of a pixel are finer than any screen; full doubles would triple a scatter's size.
        svg.setGeomDoubleConverter(Grid::hundredths);
        draw(svg);
        Path svgPath = AtomicFiles.write(folder.resolve(name + ".svg"),
                svg.getSVGDocument().getBytes(StandardCharsets.UTF_8));
        return new ChartFiles(png, svgPath);
    }

    /** A coordinate rounded to hundredths, without a trailing ".0". */
    static String hundredths(double v) {
        String s = Double.toString(Math.rint(v * 100) / 100);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    /** PNG bytes encoded in memory, so that only the file write can fail on a full disk. */
    private static byte[] png(BufferedImage image) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IOException("this Java runtime has no PNG encoder (javax.imageio)");
        }
        ImageWriter writer = writers.next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(image);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
