package org.offramp.output.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.offramp.output.chart.ChartsTest.elements;
import static org.offramp.output.chart.ChartsTest.firstChild;
import static org.offramp.output.chart.ChartsTest.itemGroups;
import static org.offramp.output.chart.ChartsTest.png;
import static org.offramp.output.chart.ChartsTest.rgb;
import static org.offramp.output.chart.ChartsTest.svg;
import static org.offramp.output.chart.ChartsTest.texts;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Charts for comparisons and sweeps: grouped shares, paired differences, banded series, heat maps. */
class ComparisonChartsTest {

    private static final List<String> OUTCOMES = List.of("WAR", "DEAL", "CHAOS");
    private static final List<String> SCENARIOS = List.of("baseline", "more sanctions");

    @TempDir
    Path dir;

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    private static String message(Executable call) {
        return assertThrows(IllegalArgumentException.class, call).getMessage();
    }

    private static GroupedShares grouped() {
        double[][] share = {{0.1, 0.05, 0.2}, {0.15, 0.04, 0.3}};
        double[][] lower = {{0.08, 0.03, 0.17}, {0.12, 0.02, 0.27}};
        double[][] upper = {{0.12, 0.07, 0.23}, {0.18, 0.06, 0.33}};
        return new GroupedShares(SCENARIOS, OUTCOMES, share, lower, upper, 0.95, "Shares by scenario")
                .withColours(ChartsTest.COLOURS);
    }

    @Test
    void groupedSharesDrawOneBarPerScenarioAndOutcomeInTheOutcomeColour() throws Exception {
        ChartFiles files = Charts.groupedShares(grouped(), "scenario pair", dir, "grouped");
        png(files.png(), Charts.DEFAULT_WIDTH, Charts.DEFAULT_HEIGHT);
        Document doc = svg(files.svg());
        assertTrue(texts(doc).contains("Shares by scenario"));
        for (String scenario : SCENARIOS) {
            for (int j = 0; j < OUTCOMES.size(); j++) {
                List<Element> bar = itemGroups(doc, OUTCOMES.get(j), scenario);
                assertEquals(1, bar.size(), OUTCOMES.get(j) + " in " + scenario);
                assertTrue(firstChild(bar.get(0), "rect").getAttribute("style")
                        .contains("fill:" + rgb(ChartsTest.COLOURS.colour(OUTCOMES.get(j), j))));
            }
        }
        // A legend names the outcomes, since the axis names the scenarios.
        assertTrue(texts(doc).containsAll(OUTCOMES), texts(doc).toString());
    }

    @Test
    void groupedSharesValidation() {
        double[][] ok = {{0.1, 0.1, 0.1}, {0.1, 0.1, 0.1}};
        assertEquals("share must have 2 rows (one per scenario), but had 1", message(() -> new GroupedShares(SCENARIOS,
                OUTCOMES, new double[][] {{0.1, 0.1, 0.1}}, ok, ok, 0.95, "t")));
        assertEquals("lower[1] must have 3 entries (one per outcome), but had 2", message(() -> new GroupedShares(
                SCENARIOS, OUTCOMES, ok, new double[][] {{0.1, 0.1, 0.1}, {0.1, 0.1}}, ok, 0.95, "t")));
        assertEquals("lower[1][2] (more sanctions, CHAOS) must be <= upper[1][2] (more sanctions, CHAOS) (0.1),"
                + " but was 0.2", message(() -> new GroupedShares(SCENARIOS, OUTCOMES, ok,
                new double[][] {{0.1, 0.1, 0.1}, {0.1, 0.1, 0.2}}, ok, 0.95, "t")));
        assertEquals("share[0][1] (baseline, DEAL) must be in [0.0, 1.0], but was 2.0", message(() -> new GroupedShares(
                SCENARIOS, OUTCOMES, new double[][] {{0.1, 2, 0.1}, {0.1, 0.1, 0.1}}, ok, ok, 0.95, "t")));
    }

    @Test
    void differencesDrawOneHorizontalBarPerLabelAroundZero() throws Exception {
        Differences d = new Differences(OUTCOMES, new double[] {0.03, -0.01, 0.08}, new double[] {0.01, -0.03, 0.05},
                new double[] {0.05, 0.01, 0.11}, 0.95, "more sanctions \u2212 baseline", "Effect of sanctions");
        ChartFiles files = Charts.differences(d, "", dir, "diff");
        png(files.png(), Charts.DEFAULT_WIDTH, Charts.DEFAULT_HEIGHT);
        Document doc = svg(files.svg());
        assertTrue(texts(doc).contains("more sanctions \u2212 baseline (percentage points)"), texts(doc).toString());
        for (String label : OUTCOMES) {
            assertEquals(1, itemGroups(doc, label).size(), label);
        }
        // DEAL's bar is negative: it lies left of WAR's, which starts at zero.
        double warLeft = Double.parseDouble(firstChild(itemGroups(doc, "WAR").get(0), "rect").getAttribute("x"));
        Element deal = firstChild(itemGroups(doc, "DEAL").get(0), "rect");
        double dealRight = Double.parseDouble(deal.getAttribute("x")) + Double.parseDouble(deal.getAttribute("width"));
        assertEquals(warLeft, dealRight, 0.5, "both bars meet at the zero line");
        assertTrue(Double.parseDouble(deal.getAttribute("x")) < warLeft);
    }

    @Test
    void differencesValidation() {
        assertEquals("difference[0] (WAR) must be in [-1.0, 1.0], but was 1.5", message(() -> new Differences(
                List.of("WAR"), new double[] {1.5}, new double[] {0}, new double[] {1}, 0.95, "a \u2212 b", "t")));
        assertEquals("difference[0] (WAR) must lie in its interval [0.1, 0.2], but was 0.0", message(() ->
                new Differences(List.of("WAR"), new double[] {0}, new double[] {0.1}, new double[] {0.2}, 0.95, "c",
                        "t")));
        assertEquals("contrast must not be blank, but was \" \"", message(() -> new Differences(List.of("WAR"),
                new double[] {0}, new double[] {0}, new double[] {0}, 0.95, " ", "t")));
    }

    private static SeriesWithBands sweep() {
        double[] x = {0, 0.5, 1, 2};
        double[][] y = {{0.1, 0.12, 0.15, 0.2}, {0.05, 0.05, 0.04, 0.03}};
        double[][] lo = {{0.08, 0.1, 0.13, 0.18}, {0.03, 0.03, 0.02, 0.01}};
        double[][] hi = {{0.12, 0.14, 0.17, 0.22}, {0.07, 0.07, 0.06, 0.05}};
        return new SeriesWithBands(x, List.of("WAR", "DEAL"), y, lo, hi, true, "Perception noise (Goldstein points)",
                "Share of runs (%)", "Noise sweep");
    }

    private static OutcomeColors sweepColours() {
        return sweep().colours();
    }

    @Test
    void seriesWithBandsDrawOneLineAndOneBandPerLabel() throws Exception {
        ChartFiles files = Charts.seriesWithBands(sweep(), "", dir, "sweep");
        png(files.png(), Charts.DEFAULT_WIDTH, Charts.DEFAULT_HEIGHT);
        Document doc = svg(files.svg());
        assertTrue(texts(doc).contains("Perception noise (Goldstein points)"), texts(doc).toString());
        List<String> labels = List.of("WAR", "DEAL");
        for (int k = 0; k < labels.size(); k++) {
            String colour = rgb(sweepColours().colour(labels.get(k), k));
            int lines = 0;
            int bands = 0;
            for (Element path : elements(doc, "path")) {
                Node parent = path.getParentNode();
                String style = parent instanceof Element e ? e.getAttribute("style") : "";
                int points = path.getAttribute("d").split("L").length;
                if (style.contains("stroke-width:2.5;stroke:" + colour) && points == 4) {
                    lines++;
                }
                if (style.contains("fill:" + colour) && style.contains("fill-opacity:0.18")) {
                    bands++;
                    assertEquals(2 * 4, points, "the band runs along the upper bounds and back along the lower");
                }
            }
            assertEquals(1, lines, "line of " + labels.get(k));
            assertEquals(1, bands, "band of " + labels.get(k));
        }
    }

    @Test
    void seriesWithBandsValidation() {
        assertEquals("x[2] must be > x[1] (1.0) since x increases strictly, but was 1.0", message(() ->
                new SeriesWithBands(new double[] {0, 1, 1}, List.of("A"), new double[][] {{0, 0, 0}},
                        new double[][] {{0, 0, 0}}, new double[][] {{0, 0, 0}}, false, "x", "y", "t")));
        assertEquals("y[0][1] (A, x = 1.0) must be in [0.0, 1.0], but was 3.0", message(() ->
                new SeriesWithBands(new double[] {0, 1}, List.of("A"), new double[][] {{0, 3}},
                        new double[][] {{0, 0}}, new double[][] {{0, 4}}, true, "x", "y", "t")));
        // The same values are fine when they are not shares.
        new SeriesWithBands(new double[] {0, 1}, List.of("A"), new double[][] {{0, 3}}, new double[][] {{0, 0}},
                new double[][] {{0, 4}}, false, "x", "casualties (people)", "t");
    }

    @Test
    void heatMapLabelsEveryCellAndTheAxesWithTheGrid() throws Exception {
        double[] x = {0, 0.5, 1};
        double[] y = {0.6, 0.8};
        // Off the colour key's tick grid, so that each value can only be a cell label.
        double[][] z = {{0.0512, 0.0733, 0.101}, {0.0421, 0.0617, 0.1573}};
        HeatMap map = new HeatMap(x, y, z, "Perception noise (Goldstein points)", "Attribution accuracy (probability)",
                "WAR share", "Misperception grid");
        ChartFiles files = Charts.heatMap(map, "", dir, "heat");
        png(files.png(), Charts.DEFAULT_WIDTH, Charts.DEFAULT_HEIGHT);
        List<String> texts = texts(svg(files.svg()));
        assertTrue(texts.contains("Misperception grid"), texts.toString());
        for (String cell : List.of("0.0512", "0.0733", "0.101", "0.0421", "0.0617", "0.157")) {
            assertEquals(1, texts.stream().filter(cell::equals).count(), "cell " + cell + " in " + texts);
        }
        assertTrue(texts.containsAll(List.of("0", "0.5", "1", "0.6", "0.8")), "grid values as ticks: " + texts);
        assertEquals(0.0421, map.min());
        assertEquals(0.1573, map.max());
    }

    @Test
    void flatHeatMapStillDraws() throws Exception {
        HeatMap flat = new HeatMap(new double[] {1}, new double[] {2}, new double[][] {{0.3}}, "x", "y", "z", "Flat");
        ChartFiles files = Charts.heatMap(flat, "", dir, "flat");
        png(files.png(), Charts.DEFAULT_WIDTH, Charts.DEFAULT_HEIGHT);
    }

    @Test
    void heatMapValidation() {
        assertEquals("z must have 2 rows (one per y value), but had 1", message(() -> new HeatMap(new double[] {0},
                new double[] {0, 1}, new double[][] {{1}}, "x", "y", "z", "t")));
        assertEquals("z[0][1] (x = 1.0, y = 0.0) must be finite, but was NaN", message(() -> new HeatMap(
                new double[] {0, 1}, new double[] {0}, new double[][] {{1, Double.NaN}}, "x", "y", "z", "t")));
        assertEquals("y[1] must be > y[0] (5.0) since y increases strictly, but was 4.0", message(() -> new HeatMap(
                new double[] {0}, new double[] {5, 4}, new double[][] {{1}, {1}}, "x", "y", "z", "t")));
    }

    @Test
    void viridisScaleRunsFromDarkToLight() {
        ViridisScale scale = new ViridisScale(0, 1);
        assertTrue(scale.isDark(0.0));
        assertTrue(!scale.isDark(1.0));
        assertEquals(scale.getPaint(-5), scale.getPaint(0), "below the range takes the low end");
        assertEquals(scale.getPaint(7), scale.getPaint(1), "above the range takes the high end");
    }
}
