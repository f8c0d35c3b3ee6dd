package org.offramp.output.chart.discovery;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offramp.output.chart.ChartFiles;

class DiscoveryChartDataTest {

    @Test
    void recordsNameTheBadValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new TradeoffData(
                new double[] {1, 1.2}, new double[] {0.1, 0.2}, new int[] {0, 1}, -1, "WAR", "t"));
        assertEquals("coverage[1] must be in [0, 1], but was 1.2", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new TradeoffData(
                new double[] {1}, new double[] {0.1}, new int[] {0}, 1, "WAR", "t"));
        assertEquals("selected must be -1 or in [0, 1), but was 1", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new BoxLimitsData.Row("x", 0.6, 0.4, "", "", "0", "1",
                List.of(), List.of()));
        assertEquals("x: lower (0.6) must be <= upper (0.4)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new AbcTraceData(new double[] {0}, new double[] {1}, 10,
                List.of("a"), new double[][] {{0}}, new double[][] {{0}}, new double[][] {{0}}, new double[] {1}, "t"));
        assertEquals("tolerance[0] must be > 0, but was 0.0", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new PosteriorData.Panel("a", new double[] {1},
                new double[] {-1}, 0, 2, false, 1, 1, 1, 0.95, Double.NaN));
        assertEquals("a: weights[0] must be >= 0, but was -1.0", e.getMessage());
        assertThrows(NullPointerException.class, () -> new PairsData(null, new boolean[0], "WAR", "t"));
    }

    @Test
    void coordinatesAreRoundedToHundredths() {
        assertEquals("789.81", Grid.hundredths(789.8099975585938));
        assertEquals("12", Grid.hundredths(12.0001));
        assertEquals("-0.5", Grid.hundredths(-0.5));
    }

    @Test
    void chartsRenderFromPlainDataTheSameWayTwice(@TempDir Path dir) throws Exception {
        TradeoffData trade = new TradeoffData(new double[] {1, 0.9, 0.7}, new double[] {0.2, 0.5, 0.9},
                new int[] {0, 1, 2}, 2, "WAR", "Trade-off");
        JFreeChart chart = PrimCharts.tradeoffChart(trade, "");
        assertEquals("Trade-off", chart.getTitle().getText());
        ChartFiles a = PrimCharts.tradeoff(trade, "sub", dir.resolve("a"), "t");
        ChartFiles b = PrimCharts.tradeoff(trade, "sub", dir.resolve("b"), "t");
        assertArrayEquals(Files.readAllBytes(a.svg()), Files.readAllBytes(b.svg()));
        assertTrue(Files.readString(a.svg()).contains("box 2: coverage 70.0%, density 90.0%, 2 restricted"));

        PairsData one = new PairsData(List.of(new PairsData.Dimension("c", -0.5, 2.5, List.of("p", "q", "r"),
                new double[] {0, 1, 2, 1}, List.of(new double[] {0.6, 1.4}))), new boolean[] {false, true, false, true},
                "WAR", "Pairs");
        ChartFiles p = PrimCharts.pairs(one, "", dir, "pairs");
        assertTrue(Files.readString(p.svg()).contains("Red: WAR cases (2); grey: the others (all 2); blue: the box"));

        BoxLimitsData box = new BoxLimitsData(List.of(new BoxLimitsData.Row("x (qp 0.01)", 0.2, 0.5, "0.2", "0.5", "0",
                "1", List.of(), List.of()), new BoxLimitsData.Row("c", 0, 1, "", "", "", "", List.of("p", "q"),
                List.of(true, false))), "coverage 50%", "Box 3");
        String svg = Files.readString(PrimCharts.boxLimits(box, "", dir, "box").svg());
        assertTrue(svg.contains(">x (qp 0.01)<") && svg.contains(">0.2<") && svg.contains(">coverage 50%<"), svg.length() + "");

        AbcTraceData trace = new AbcTraceData(new double[] {100, 10, 1}, new double[] {50, 45, 40}, 50, List.of("a"),
                new double[][] {{1, 2, 2.5}}, new double[][] {{0, 1, 2}}, new double[][] {{3, 3, 3}},
                new double[] {2.4}, "Trace");
        assertTrue(Files.readString(AbcCharts.trace(trace, "", dir, "trace").svg()).contains("truth 2.4"));
        PosteriorData post = new PosteriorData(List.of(new PosteriorData.Panel("k", new double[] {3, 4, 4, 5},
                new double[] {1, 1, 1, 1}, 0, 10, true, 4, 3, 5, 0.95, Double.NaN)), "Posterior");
        assertTrue(Files.readString(AbcCharts.posteriors(post, "", dir, "post").svg()).contains("k: 4  [3, 5]"));
    }

    @Test
    void rowsThatStandForSeveralRunsAreColouredByTheirShare(@TempDir Path dir) throws Exception {
        PairsData.Dimension x = new PairsData.Dimension("x", 0, 1, List.of(), new double[] {0.1, 0.5, 0.9},
                List.of(new double[] {0.4, 1}));
        PairsData.Dimension y = new PairsData.Dimension("y", 0, 1, List.of(), new double[] {0.2, 0.6, 0.8},
                List.of(new double[] {0.5, 1}));
        PairsData graded = new PairsData(List.of(x, y), new boolean[] {false, true, true}, "WAR", "Points",
                new double[] {0.05, 0.55, 1.0});
        String svg = Files.readString(PrimCharts.pairs(graded, "", dir, "graded").svg());
        assertTrue(svg.contains("Each dot is a design point, coloured by the share of its runs with WAR (all 3 points);"
                + " blue: the box"), "the note says what a dot is");
        for (String label : PrimCharts.SHARE_LABELS) {
            assertTrue(svg.contains(">" + label + "<"), "the legend shows the bin " + label);
        }
        // The three shares fall in the lowest, middle and highest bins, each drawn in its own colour.
        for (int b : new int[] {0, 2, 4}) {
            java.awt.Color c = PrimCharts.SHARE_SCALE[b];
            assertTrue(svg.contains(String.format("rgb(%d,%d,%d)", c.getRed(), c.getGreen(), c.getBlue())),
                    "bin " + b + "'s colour");
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new PairsData(List.of(x),
                new boolean[] {false, true, true}, "WAR", "t", new double[] {0.1, 1.5, 0}));
        assertEquals("shares must be in [0, 1], but held 1.5", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new PairsData(List.of(x), new boolean[] {false, true, true},
                "WAR", "t", new double[] {0.1}));
    }
}
