package org.offramp.design.discovery;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offramp.output.chart.discovery.BoxLimitsData;
import org.offramp.output.chart.discovery.PairsData;
import org.offramp.output.chart.discovery.TradeoffData;

class DiscoveryOutputTest {

    /** x = 1..10 on [0, 11], of interest at 5 and 6: the last box is 4.5 <= x <= 6.5. */
    private static PrimTrajectory handCase() {
        double[] x = new double[10];
        double[] y = new double[10];
        for (int i = 0; i < 10; i++) {
            x[i] = i + 1;
            y[i] = i + 1 == 5 || i + 1 == 6 ? 1 : 0;
        }
        DiscoveryTable table = DiscoveryTable.builder().factor(FactorSpec.real("x", 0, 11), x).outcome("WAR", y).build();
        return Prim.builder().build().find(table);
    }

    @Test
    void theTrajectoryCsvHoldsEveryBoxInFull() {
        String[] lines = DiscoveryTables.trajectoryCsv(handCase()).split("\n");
        assertEquals("box,phase,rows,interest,coverage,density,mass,restricted,conditions,x.lower,x.upper", lines[0]);
        assertEquals("0,START,10,2.0,1.0,0.2,1.0,0,all cases,0.0,11.0", lines[1]);
        assertEquals("8,PEEL,2,2.0,1.0,1.0,0.2,1,4.5 <= x <= 6.5,4.5,6.5", lines[9]);
        assertEquals(10, lines.length);
    }

    @Test
    void theBoxTablesShowLimitsAndQuasiPValues() {
        PrimTrajectory t = handCase();
        String md = DiscoveryTables.inspectionMarkdown(t.inspect(8));
        assertTrue(md.startsWith("Box 8: coverage 100.0%, density 100.0%, mass 20.0% (2 rows), 1 restricted factor."),
                md);
        assertTrue(md.contains("| x | 4.5 <= x <= 6.5 | 0.111 | 0.111 |"), md);
        String[] csv = DiscoveryTables.inspectionCsv(t.inspect(4)).split("\n");
        assertEquals("factor,type,lower,upper,levels,qp_lower,qp_upper,condition", csv[0]);
        String[] cells = csv[1].split(",", -1);
        assertEquals(List.of("x", "REAL", "0.0", "6.5", "", ""), List.of(cells).subList(0, 6));
        assertEquals(0.34464, Double.parseDouble(cells[6]), 1e-12);
        assertEquals("x <= 6.5", cells[7]);
        String traj = DiscoveryTables.trajectoryMarkdown(t, 8);
        assertTrue(traj.contains("| **8** | peel | 100.0% | 100.0% | 20.0% | 2 | 1 | 4.5 <= x <= 6.5 |"), traj);
    }

    @Test
    void cartAndRsaTablesListTheirRows() {
        double[] x = {1, 2, 3, 4, 5, 6, 7, 8};
        double[] y = {0, 0, 0, 1, 1, 1, 1, 0};
        DiscoveryTable table = DiscoveryTable.builder().factor(FactorSpec.real("x", 0, 10), x).outcome("WAR", y).build();
        CartTree tree = Cart.builder().minLeafShare(0).build().fit(table);
        assertEquals("leaf,conditions,share,rows\n1,x < 3.5,0.0,3\n3,3.5 <= x < 7.5,1.0,4\n4,x >= 7.5,0.0,1\n",
                DiscoveryTables.cartRulesCsv(tree));
        // highest share first; on equal shares the larger leaf first
        assertTrue(DiscoveryTables.cartRulesMarkdown(tree).endsWith("| 3.5 <= x < 7.5 | 100.0% | 4 |\n"
                + "| x < 3.5 | 0.0% | 3 |\n| x >= 7.5 | 0.0% | 1 |\n"), DiscoveryTables.cartRulesMarkdown(tree));
        String rsa = DiscoveryTables.rsaCsv(RegionalSensitivity.analyze(table));
        assertTrue(rsa.startsWith("factor,method,distance,p_value,mean_with,mean_without\nx,KOLMOGOROV_SMIRNOV,0.75,"),
                rsa);
    }

    @Test
    void chartDataCarriesTheResultsNumbers() {
        PrimTrajectory t = handCase();
        TradeoffData trade = DiscoveryCharts.tradeoffData(t, 8);
        assertEquals(9, trade.coverage().length);
        assertEquals(1.0, trade.density()[8]);
        assertEquals(0.2, trade.density()[0]);
        assertEquals(1, trade.restricted()[8]);
        BoxLimitsData limits = DiscoveryCharts.boxLimitsData(t.inspect(8));
        BoxLimitsData.Row row = limits.rows().get(0);
        assertEquals("x (qp 0.111, 0.111)", row.label());
        assertEquals(4.5 / 11, row.lower(), 1e-15);
        assertEquals(6.5 / 11, row.upper(), 1e-15);
        assertEquals("4.5", row.lowerText());
        assertEquals("11", row.rangeHigh());
        PairsData pairs = DiscoveryCharts.pairsData(t, 8);
        assertEquals(1, pairs.dimensions().size());
        assertArrayEquals(new double[] {4.5, 6.5}, pairs.dimensions().get(0).intervals().get(0));
        assertEquals(10, pairs.interest().length);
        assertThrows(IllegalArgumentException.class, () -> DiscoveryCharts.boxLimitsData(t.inspect(0)));
    }

    @Test
    void theReportWritesTablesAndChartsTheSameWayTwice(@TempDir Path dir) throws Exception {
        DiscoveryTable table = Synthetic.knownBox(600, 0.0, 3);
        Prim prim = Prim.builder().build();
        PrimTrajectory t = prim.find(table);
        int chosen = BoxSelector.maxCoverage(0.9).select(t);
        PrimStability s = prim.stability(t, chosen, 3, 0.5, 1);
        List<Path> files = PrimReport.write(t, chosen, s, "synthetic", dir.resolve("a"));
        List<String> names = files.stream().map(p -> p.getFileName().toString()).toList();
        assertEquals(List.of("prim-trajectory.csv", "prim-trajectory.md", "prim-box.csv", "prim-box.md",
                "prim-tradeoff.png", "prim-tradeoff.svg", "prim-box-limits.png", "prim-box-limits.svg",
                "prim-pairs.png", "prim-pairs.svg", "prim-stability.csv", "prim-stability.md"), names);
        BufferedImage pairs = ImageIO.read(files.get(8).toFile());
        assertEquals(1020, pairs.getWidth());
        BufferedImage limits = ImageIO.read(files.get(6).toFile());
        assertEquals(1000, limits.getWidth());
        String svg = Files.readString(files.get(7));
        assertTrue(svg.contains(">x2 (qp "), "the restricted factors label the rows");
        List<Path> again = PrimReport.write(t, chosen, s, "synthetic", dir.resolve("b"));
        for (int i = 0; i < files.size(); i++) {
            if (!names.get(i).endsWith(".png")) {
                assertArrayEquals(Files.readAllBytes(files.get(i)), Files.readAllBytes(again.get(i)), names.get(i));
            }
        }
    }

    @Test
    void thePairsChartDrawsTheRunsOfOnePointAsOneDotWithItsShare() {
        // Three design points of four runs each; the runs of a point share its factor values.
        double[] x = {0.1, 0.1, 0.1, 0.1, 0.5, 0.5, 0.5, 0.5, 0.9, 0.9, 0.9, 0.9};
        double[] y = {0, 0, 0, 0, 0, 1, 1, 0, 1, 1, 1, 1};
        DiscoveryTable perRun = DiscoveryTable.builder().factor(FactorSpec.real("x", 0, 1), x).outcome("WAR", y).build();
        PrimTrajectory t = Prim.builder().build().find(perRun);
        int last = t.size() - 1;
        PairsData pairs = DiscoveryCharts.pairsData(t, last);
        assertArrayEquals(new double[] {0.1, 0.5, 0.9}, pairs.dimensions().get(0).values());
        assertArrayEquals(new double[] {0, 0.5, 1}, pairs.shares());
        assertArrayEquals(new boolean[] {false, true, true}, pairs.interest());
        // Distinct rows with a 0/1 outcome stay case by case.
        assertEquals(null, DiscoveryCharts.pairsData(handCase(), 8).shares());
        // A table of shares (one row per point) is drawn by its shares.
        DiscoveryTable perPoint = DiscoveryTable.builder().factor(FactorSpec.real("x", 0, 1), new double[] {0.1, 0.5, 0.9})
                .outcome("WAR", new double[] {0, 0.5, 1}).build();
        PrimTrajectory tp = Prim.builder().massMin(0.3).build().find(perPoint);
        assertArrayEquals(new double[] {0, 0.5, 1}, DiscoveryCharts.pairsData(tp, tp.size() - 1).shares());
    }
}
