package org.offramp.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offramp.experiment.Experiment;
import org.offramp.experiment.ExperimentResult;
import org.offramp.experiment.OutcomeAnalysis;
import org.offramp.experiment.ResultsLayout;
import org.offramp.model.Model;
import org.offramp.model.Models;
import org.offramp.notebook.Notebooks;
import org.offramp.scenario.Scenarios;

/**
 * The one chart pipeline: the charts of an experiment under the names of a results folder, the
 * horizon ending named in their notes, no day-of-ending panel for it, bands on the cumulative
 * incidence, and the notebooks' charts byte for byte those of the pipeline.
 */
class ExperimentChartsTest {
    private static ExperimentResult tiny(double heads, long runs) {
        Model<?> m = Models.get("tiny");
        return Experiment.builder(Scenarios.load(m, "baseline").with("coin.heads", heads)).runs(runs).masterSeed(3L)
                .threads(2).build().run();
    }

    private static List<String> notes(JFreeChart c) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < c.getSubtitleCount(); i++) {
            Title t = c.getSubtitle(i);
            if (t instanceof TextTitle tt) {
                out.add(tt.getText());
            }
        }
        return out;
    }

    @Test
    void chartsHaveTheResultsFolderNamesAndNameTheHorizon() {
        ExperimentResult r = tiny(0.11, 600);
        List<ExperimentCharts.Chart> charts = ExperimentCharts.of(r, "coin");
        assertEquals(ResultsLayout.chartNames(r.experiment().model()), charts.stream().map(ExperimentCharts.Chart::name)
                .toList());
        String meaning = OutcomeAnalysis.of(r).horizon().meaning();
        assertEquals("TIMEOUT \u2014 no ending by day 30", meaning);
        assertTrue(notes(charts.get(0).chart()).stream().anyMatch(n -> n.startsWith(meaning)),
                notes(charts.get(0).chart()).toString());
        // The day of ending: one panel per ending but the horizon's, and a note that says why.
        JFreeChart days = charts.stream().filter(c -> c.name().equals("ending-days")).findFirst().orElseThrow().chart();
        assertEquals(1, ((CombinedDomainXYPlot) days.getPlot()).getSubplots().size(), "WIN only: TIMEOUT has no panel");
        assertTrue(notes(days).stream().anyMatch(n -> n.startsWith("TIMEOUT has no panel: its ")
                && n.contains("all end at the horizon (no ending by day 30)")), notes(days).toString());
    }

    @Test
    void cumulativeIncidenceCarriesItsBandsAndSaysWhatTheyAre() {
        ExperimentResult r = tiny(0.11, 600);
        JFreeChart ci = ExperimentCharts.of(r, "coin").stream().filter(c -> c.name().equals("cumulative-incidence"))
                .findFirst().orElseThrow().chart();
        XYPlot plot = (XYPlot) ci.getPlot();
        YIntervalSeriesCollection bands = (YIntervalSeriesCollection) plot.getDataset(1);
        assertEquals(1, bands.getSeriesCount(), "one band per ending but the horizon's");
        OutcomeAnalysis.IncidenceCurve win = OutcomeAnalysis.of(r).incidence(0, 30);
        // The last point of the band is the last day's Wilson interval.
        int last = bands.getItemCount(0) - 1;
        assertEquals(30.0, bands.getXValue(0, last), 0.0);
        assertEquals(win.lower()[30], bands.getStartYValue(0, last), 0.0);
        assertEquals(win.upper()[30], bands.getEndYValue(0, last), 0.0);
        assertTrue(notes(ci).stream().anyMatch(n -> n.startsWith("Bands: pointwise 95% binomial (Wilson) intervals")),
                notes(ci).toString());
    }

    @Test
    void withoutAnEndingBeforeTheHorizonThereIsNoDayOfEndingChart() {
        ExperimentResult r = tiny(0.0, 200);
        assertEquals(200, r.counts().get("TIMEOUT").longValue());
        List<String> names = ExperimentCharts.of(r, "never").stream().map(ExperimentCharts.Chart::name).toList();
        assertFalse(names.contains("ending-days"), names.toString());
        assertTrue(names.containsAll(List.of("outcomes", "triggers", "cumulative-incidence", "share-by-horizon")));
    }

    @Test
    void aResultWithoutCompletedRunsIsRefused() {
        assertThrows(NullPointerException.class, () -> ExperimentCharts.of(null, "x"));
        assertEquals(1, ExperimentCharts.binWidth(39));
        assertEquals(14, ExperimentCharts.binWidth(540));
    }

    /** Notebooks and the command line draw the same charts: same names, same bytes for the same name. */
    @Test
    void notebookChartsAreThePipelinesByteForByte(@TempDir Path tmp) throws IOException {
        ExperimentResult r = tiny(0.11, 600);
        List<Path> written = ExperimentCharts.write(r, "coin", tmp.resolve("pipeline"));
        List<String> pngs = Notebooks.charts(r, "coin", tmp.resolve("notebook"));
        assertEquals(written.stream().filter(p -> p.toString().endsWith(".png")).map(p -> p.getFileName().toString())
                .toList(), pngs.stream().map(p -> Path.of(p).getFileName().toString()).toList());
        for (Path p : written) {
            assertArrayEquals(Files.readAllBytes(p), Files.readAllBytes(tmp.resolve("notebook").resolve(p.getFileName())),
                    p.getFileName().toString());
        }
    }
}
