package org.offramp.design.calibration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offramp.output.chart.discovery.AbcTraceData;
import org.offramp.output.chart.discovery.PosteriorData;

class CalibrationOutputTest {
    private static AbcResult result;

    @BeforeAll
    static void calibrate() {
        double[] obs = ToyModels.poissonBinomial(new double[] {3, 0.3}, 5);
        Targets targets = Targets.of(new Target("meanCount", obs[0], 0.27, "mean of 40 counts"),
                new Target("share", obs[1], 0.072, "share, of 40 trials"));
        result = AbcSmc.builder().parameter(CalibrationParameter.real("lambda", 0, 10))
                .parameter(CalibrationParameter.real("p", 0, 1)).targets(targets).particles(100).maxGenerations(3)
                .masterSeed(9).build().run(ToyModels::poissonBinomial);
    }

    @Test
    void tablesCarryTheSummaryTraceAndSample() {
        String[] summary = CalibrationTables.summaryCsv(result, new double[] {3, Double.NaN}).split("\n");
        assertEquals("parameter,kind,prior_lower,prior_upper,mean,sd,median,lower,upper,level,truth,covered",
                summary[0]);
        ParameterSummary lambda = result.summary("lambda");
        assertEquals("lambda,REAL,0.0,10.0," + lambda.mean() + "," + lambda.sd() + "," + lambda.median() + ","
                + lambda.lower() + "," + lambda.upper() + ",0.95,3.0," + lambda.covers(3), summary[1]);
        assertTrue(summary[2].endsWith(",0.95,,"), "unknown truth leaves the cells empty: " + summary[2]);
        String[] trace = CalibrationTables.traceCsv(result).split("\n");
        assertEquals(result.generations().size() + 1, trace.length);
        assertTrue(trace[0].startsWith("generation,tolerance,simulations,acceptance_rate,ess,lambda.mean,lambda.sd"));
        String[] sample = CalibrationTables.sampleCsv(result).split("\n");
        assertEquals("particle,weight,distance,lambda,p,sim.meanCount,sim.share", sample[0]);
        assertEquals(result.size() + 1, sample.length);
        double total = 0;
        for (int i = 1; i < sample.length; i++) {
            total += Double.parseDouble(sample[i].split(",")[1]);
        }
        assertEquals(1.0, total, 1e-9);
        String md = CalibrationTables.summaryMarkdown(result, new double[] {3, 0.3});
        assertTrue(md.contains("master seed 9"), md);
        assertTrue(md.contains("| parameter | prior | mean | sd | 95% interval | truth |"), md);
    }

    @Test
    void chartDataFollowTheGenerations() {
        AbcTraceData trace = CalibrationCharts.traceData(result, null);
        assertEquals(result.generations().size(), trace.tolerance().length);
        assertEquals(result.last().mean()[1], trace.mean()[1][trace.tolerance().length - 1]);
        assertTrue(Double.isNaN(trace.truth()[0]));
        PosteriorData post = CalibrationCharts.posteriorData(result, new double[] {3, 0.3});
        assertEquals(2, post.panels().size());
        assertArrayEquals(result.column(0), post.panels().get(0).values());
        assertEquals(0.3, post.panels().get(1).truth());
        assertThrows(IllegalArgumentException.class, () -> CalibrationCharts.posteriorData(result, new double[] {3}));
    }

    @Test
    void theReportWritesEveryFileAndReadsBackItsTargets(@TempDir Path dir) throws Exception {
        List<Path> files = CalibrationReport.write(result, new double[] {3, 0.3}, "toy", dir);
        assertEquals(List.of("abc-posterior.csv", "abc-posterior.md", "abc-trace.csv", "abc-trace.md", "abc-sample.csv",
                "abc-targets.csv", "abc-trace.png", "abc-trace.svg", "abc-posterior.png", "abc-posterior.svg"),
                files.stream().map(p -> p.getFileName().toString()).toList());
        for (Path p : files) {
            assertTrue(Files.size(p) > 0, p.toString());
        }
        assertEquals(result.targets(), Targets.read(dir.resolve("abc-targets.csv")));
        assertTrue(Files.readString(dir.resolve("abc-posterior.svg")).contains("truth 0.3"));
    }
}
