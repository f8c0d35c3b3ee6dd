package org.offramp.output.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Each chart is written as a PNG that ImageIO reads back at the expected size and as a well-formed
 * SVG that holds the title and one drawn element per bar or series.
 */
class ChartsTest {

    private static final List<String> OUTCOMES = List.of("WAR", "DEAL", "CHAOS", "STALEMATE");
    /** A model's ending colours, as the data of a chart carries them. */
    static final OutcomeColors COLOURS = OutcomeColors.ofHex(Map.of("WAR", "#c0392b", "DEAL", "#1e884e",
            "CHAOS", "#e67e22", "STALEMATE", "#8c8c8c"));
    private static final String PROVENANCE = Charts.provenance("baseline", 1000, 42);
    private static final List<String> RUNGS = List.of("talks", "pressure", "posturing", "gray zone",
            "proxy casualties", "limited strike", "campaign", "open war");

    @TempDir
    Path dir;

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
        assertTrue(GraphicsEnvironment.isHeadless(), "charts must render without a display");
    }

    // ------------------------------------------------------------------ helpers

    static BufferedImage png(Path file, int width, int height) throws IOException {
        BufferedImage image = ImageIO.read(file.toFile());
        assertNotNull(image, "ImageIO could not read " + file);
        assertEquals(width, image.getWidth());
        assertEquals(height, image.getHeight());
        return image;
    }

    static Document svg(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        // The document names the SVG DTD; tests must not fetch it, so every external entity reads as empty.
        builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
        Document doc = builder.parse(file.toFile());
        assertEquals("svg", doc.getDocumentElement().getLocalName());
        return doc;
    }

    static List<String> texts(Document doc) {
        List<String> texts = new ArrayList<>();
        NodeList nodes = doc.getElementsByTagNameNS("*", "text");
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    /** The groups JFreeChart's element hints put around each category item, whose reference names it. */
    static List<Element> itemGroups(Document doc, String columnKey) {
        return itemGroups(doc, null, columnKey);
    }

    /** As above, also matching the row (series) key when it is not null. */
    static List<Element> itemGroups(Document doc, String rowKey, String columnKey) {
        List<Element> found = new ArrayList<>();
        NodeList groups = doc.getElementsByTagNameNS("*", "g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            String ref = g.getAttribute("jfreesvg:ref");
            if (ref.contains("\"columnKey\": \"" + columnKey + "\"")
                    && (rowKey == null || ref.contains("\"rowKey\": \"" + rowKey + "\""))) {
                found.add(g);
            }
        }
        return found;
    }

    static List<Element> elements(Document doc, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = doc.getElementsByTagNameNS("*", name);
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    static String rgb(Color c) {
        return "rgb(" + c.getRed() + "," + c.getGreen() + "," + c.getBlue() + ")";
    }

    static Element firstChild(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    private List<Path> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    private static OutcomeShares shares() {
        return OutcomeShares.wilson(OUTCOMES, new long[] {120, 35, 210, 635}, 0.95, "Baseline: how the standoff ends")
                .withColours(COLOURS);
    }

    // ------------------------------------------------------------------ charts

    @Test
    void outcomeSharesWritesPngAndSvgWithOneColouredBarPerOutcome() throws Exception {
        ChartFiles files = Charts.outcomeShares(shares(), PROVENANCE, dir, "outcomes");
        assertEquals(dir.resolve("outcomes.png"), files.png());
        assertEquals(dir.resolve("outcomes.svg"), files.svg());
        assertEquals(List.of(files.png(), files.svg()), listing(dir), "no temporary file may remain");
        png(files.png(), Charts.DEFAULT_WIDTH, Charts.DEFAULT_HEIGHT);

        Document doc = svg(files.svg());
        List<String> texts = texts(doc);
        assertTrue(texts.contains("Baseline: how the standoff ends"), texts.toString());
        assertTrue(texts.contains("scenario baseline \u00b7 1,000 runs \u00b7 master seed 42"), texts.toString());
        assertTrue(texts.contains("12.0%  [10.1%, 14.2%]"), "share and interval under WAR: " + texts);
        assertTrue(texts.contains("Error bars: 95% confidence intervals; 1,000 runs"), texts.toString());
        for (int i = 0; i < OUTCOMES.size(); i++) {
            String label = OUTCOMES.get(i);
            List<Element> groups = itemGroups(doc, label);
            assertEquals(1, groups.size(), "one bar for " + label);
            Element bar = firstChild(groups.get(0), "rect");
            assertNotNull(bar, "the bar of " + label + " is a rect");
            assertTrue(bar.getAttribute("style").contains("fill:" + rgb(COLOURS.colour(label, i))),
                    label + " has its colour: " + bar.getAttribute("style"));
        }
    }

    @Test
    void errorBarsReachTheIntervalBounds() throws Exception {
        // Interval [0.2, 0.6] around 0.4 on a 0..0.672 axis: the whisker must span 0.4 / 0.672 of the plot.
        OutcomeShares one = new OutcomeShares(List.of("WAR"), new double[] {0.4}, new double[] {0.2},
                new double[] {0.6}, 0.95, 100, "One bar");
        ChartFiles files = Charts.outcomeShares(one, "", dir, "one");
        Document doc = svg(files.svg());
        Element group = itemGroups(doc, "WAR").get(0);
        Element bar = firstChild(group, "rect");
        double barTop = Double.parseDouble(bar.getAttribute("y"));
        double barHeight = Double.parseDouble(bar.getAttribute("height"));
        double pixelsPerUnit = barHeight / 0.4;
        // The whisker is the vertical dark line; its caps are horizontal.
        double longest = 0.0;
        int whiskerLines = 0;
        for (Element line : elements(doc, "line")) {
            if (line.getAttribute("style").contains("stroke:rgb(34,34,34)")) {
                whiskerLines++;
                if (line.getAttribute("x1").equals(line.getAttribute("x2"))) {
                    longest = Math.max(longest, Math.abs(Double.parseDouble(line.getAttribute("y2"))
                            - Double.parseDouble(line.getAttribute("y1"))));
                }
            }
        }
        assertEquals(3, whiskerLines, "one whisker and two caps");
        assertEquals(0.4 * pixelsPerUnit, longest, 1.0, "whisker length in pixels; bar top at " + barTop);
        assertTrue(texts(doc).stream().noneMatch(t -> t.startsWith("scenario")), "empty subtitle is left out");
    }

    @Test
    void cumulativeIncidenceHasOneStepLinePerOutcomeAndADatedDayAxis() throws Exception {
        List<String> labels = OUTCOMES.subList(0, 3);
        int[] outcome = {0, 1, 2, 0, -1, 2, 2, 1, 0, -1};
        int[] day = {5, 10, 20, 40, 60, 60, 90, 100, 30, 60};
        CumulativeIncidence ci = CumulativeIncidence.fromRuns(labels, outcome, day, 60 + 40, "Endings over time")
                .withColours(COLOURS);
        ChartFiles files = Charts.cumulativeIncidence(ci, PROVENANCE, dir, "incidence");
        png(files.png(), Charts.DEFAULT_WIDTH, Charts.DEFAULT_HEIGHT);
        Document doc = svg(files.svg());
        List<String> texts = texts(doc);
        assertTrue(texts.contains("Endings over time"), texts.toString());
        assertTrue(texts.contains("Day (day 0 = 2019-05-17)"), texts.toString());
        for (int k = 0; k < labels.size(); k++) {
            String stroke = "stroke:" + rgb(COLOURS.colour(labels.get(k), k));
            int lines = 0;
            for (Element path : elements(doc, "path")) {
                Node parent = path.getParentNode();
                String style = parent instanceof Element e ? e.getAttribute("style") : "";
                // A series line has several segments; a legend swatch has one.
                if (style.contains(stroke) && style.contains("fill:none")
                        && path.getAttribute("d").split("L").length > 3) {
                    lines++;
                }
            }
            assertEquals(1, lines, "one step line for " + labels.get(k));
        }
    }

    @Test
    void dayHistogramsStackOnePanelPerOutcomeWithOneBarPerNonEmptyBin() throws Exception {
        DayHistogram war = DayHistogram.fromDays("WAR", new int[] {1, 2, 15, 80}, 10, 90).withColours(COLOURS);
        DayHistogram deal = DayHistogram.fromDays("DEAL", new int[] {55}, 10, 90).withColours(COLOURS);
        DayHistogram chaos = DayHistogram.fromDays("CHAOS", new int[] {}, 10, 90).withColours(COLOURS);
        ChartFiles files = Charts.dayHistograms("Day each run ended", List.of(war, deal, chaos), PROVENANCE, dir,
                "days");
        png(files.png(), Charts.DEFAULT_WIDTH, 200 + 190 * 3);
        Document doc = svg(files.svg());
        List<String> texts = texts(doc);
        assertTrue(texts.contains("Day each run ended"), texts.toString());
        assertTrue(texts.contains("Day (day 0 = 2019-05-17)"), texts.toString());
        int[] expectedBars = {3, 1, 0};
        List<DayHistogram> panels = List.of(war, deal, chaos);
        for (int k = 0; k < panels.size(); k++) {
            String fill = "fill:" + rgb(COLOURS.colour(panels.get(k).label(), k));
            long bars = elements(doc, "rect").stream()
                    .filter(r -> r.getAttribute("style").contains(fill))
                    .filter(r -> Double.parseDouble(r.getAttribute("height")) > 0.5)
                    .count();
            assertEquals(expectedBars[k], bars, "bars of " + panels.get(k).label());
        }
    }

    @Test
    void dayHistogramPanelsMustAgree() {
        DayHistogram a = new DayHistogram("WAR", new long[] {1});
        DayHistogram b = new DayHistogram("WAR", 1, new long[] {2}, LocalDate.of(2020, 1, 1));
        DayHistogram c = new DayHistogram("DEAL", 1, new long[] {2}, LocalDate.of(2020, 1, 1));
        assertEquals("panels' labels must be distinct, but \"WAR\" appears twice (again at index 1)",
                assertThrows(IllegalArgumentException.class,
                        () -> Charts.dayHistogramsChart("t", List.of(a, a), "")).getMessage());
        assertEquals("panels[1].dayZero must equal panels[0].dayZero (2019-05-17), but was 2020-01-01",
                assertThrows(IllegalArgumentException.class,
                        () -> Charts.dayHistogramsChart("t", List.of(a, c), "")).getMessage());
        assertEquals("panels must hold at least one histogram, but was empty",
                assertThrows(IllegalArgumentException.class,
                        () -> Charts.dayHistogramsChart("t", List.of(), "")).getMessage());
        assertNotNull(Charts.dayHistogramsChart("t", List.of(b, c), ""));
    }

    @Test
    void valueHistogramHasOneLabelledBarPerValue() throws Exception {
        ValueHistogram h = new ValueHistogram("Highest rung reached", RUNGS,
                new long[] {5, 40, 180, 310, 220, 120, 60, 65}, "Highest rung reached");
        ChartFiles files = Charts.valueHistogram(h, PROVENANCE, dir, "rungs");
        png(files.png(), Charts.DEFAULT_WIDTH, Charts.DEFAULT_HEIGHT);
        Document doc = svg(files.svg());
        String all = String.join("|", texts(doc)).replace('\u00a0', ' ');
        assertTrue(all.contains("Highest rung reached"), all);
        for (int r = 0; r < RUNGS.size(); r++) {
            String key = h.label(r);
            assertEquals(1, itemGroups(doc, key).size(), "one bar for rung " + r);
        }
        for (String name : List.of("talks", "posturing", "gray zone", "casualties", "campaign", "open war")) {
            assertTrue(all.contains(name), name + " in " + all);
        }
        assertTrue(all.contains("31.0%"), "share of rung 3 under its bar: " + all);
    }

    @Test
    void valueHistogramOfNoRunsStillDraws() throws Exception {
        ChartFiles files = Charts.valueHistogram(new ValueHistogram("value", List.of(), new long[3], "Empty"), "", dir,
                "empty");
        png(files.png(), Charts.DEFAULT_WIDTH, Charts.DEFAULT_HEIGHT);
        assertTrue(texts(svg(files.svg())).contains("Empty"));
    }

    // ------------------------------------------------------------------ writing

    @Test
    void svgIsReproducibleAndRewritingLeavesNoTemporaryFiles() throws Exception {
        Path folder = dir.resolve("nested").resolve("out");
        ChartFiles first = Charts.outcomeShares(shares(), PROVENANCE, folder, "outcomes");
        byte[] svg1 = Files.readAllBytes(first.svg());
        byte[] png1 = Files.readAllBytes(first.png());
        ChartFiles second = Charts.outcomeShares(shares(), PROVENANCE, folder, "outcomes");
        assertArrayEquals(svg1, Files.readAllBytes(second.svg()), "same data, same SVG");
        assertArrayEquals(png1, Files.readAllBytes(second.png()), "same data, same PNG");
        assertEquals(List.of(first.png(), first.svg()), listing(folder));
    }

    @Test
    void badFileNamesAndSizesAreRejected() {
        var chart = Charts.outcomeSharesChart(shares(), "");
        for (String name : List.of("", "../up", "a/b", ".hidden", "sp ace")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Charts.write(chart, dir, name, 800, 600));
            assertTrue(e.getMessage().startsWith("name must be") && e.getMessage().contains("\"" + name + "\""),
                    e.getMessage());
        }
        assertEquals("width must be in [100, 10000] pixels, but was 50", assertThrows(IllegalArgumentException.class,
                () -> Charts.write(chart, dir, "x", 50, 600)).getMessage());
        assertEquals("height must be in [100, 10000] pixels, but was 20000",
                assertThrows(IllegalArgumentException.class, () -> Charts.write(chart, dir, "x", 800, 20_000))
                        .getMessage());
    }

    @Test
    void writeHonoursACustomSize() throws Exception {
        ChartFiles files = Charts.write(Charts.outcomeSharesChart(shares(), ""), dir, "small", 640, 400);
        png(files.png(), 640, 400);
        Element root = svg(files.svg()).getDocumentElement();
        assertEquals(640.0, Double.parseDouble(root.getAttribute("width")));
        assertEquals(400.0, Double.parseDouble(root.getAttribute("height")));
    }

    @Test
    void provenanceAndColours() {
        assertEquals("scenario baseline \u00b7 10,000 runs \u00b7 master seed -7", Charts.provenance("baseline", 10_000, -7));
        assertEquals("runs must be >= 1, but was 0",
                assertThrows(IllegalArgumentException.class, () -> Charts.provenance("b", 0, 1)).getMessage());
        Color war = new Color(0xc0, 0x39, 0x2b);
        assertEquals(war, COLOURS.colour("war", 3), "a declared colour, whatever the case and position");
        assertEquals(OutcomeColors.FAILED, COLOURS.colour("FAILED", 0));
        assertEquals(OutcomeColors.FAILED, OutcomeColors.NONE.colour("failed", 2));
        assertEquals(Color.BLACK, OutcomeColors.FAILED);
        // Unknown labels: a fixed colour per position, never one of the declared colours.
        Color other = COLOURS.colour("RETREAT", 0);
        assertEquals(other, COLOURS.colour("RETREAT", 0));
        assertEquals(other, OutcomeColors.NONE.colour("WAR", 0), "without declared colours, by position");
        for (String o : OUTCOMES) {
            assertTrue(COLOURS.isKnown(o) && !OutcomeColors.NONE.isKnown(o));
            assertTrue(!other.equals(COLOURS.colour(o, 0)), o);
        }
        assertThrows(IllegalArgumentException.class, () -> OutcomeColors.ofHex(Map.of("WAR", "red")));
        assertEquals("95%", Charts.level(0.95));
        assertEquals("99.5%", Charts.level(0.995));
    }
}
