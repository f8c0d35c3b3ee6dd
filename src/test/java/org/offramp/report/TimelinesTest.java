package org.offramp.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offramp.model.Model;
import org.offramp.model.Models;
import org.offramp.model.Replay;
import org.offramp.model.RunRecord;
import org.offramp.model.Scenario;
import org.offramp.model.Timeline;
import org.offramp.output.chart.ChartFiles;
import org.offramp.output.chart.Charts;
import org.offramp.output.chart.RunTimeline;
import org.offramp.scenario.Scenarios;

/**
 * One run's timeline, drawn from the model's replay: its series are the run's, day by day, and agree
 * with the run's record; a model whose replays carry no timeline gets no chart.
 */
class TimelinesTest {
    private static final Model<?> TINY = Models.get("tiny");

    @SuppressWarnings("unchecked")
    private static RunRecord record(Replay<?> replay) {
        return ((Model<Object>) TINY).record().toRecord(replay.record());
    }

    @Test
    void theChartsSeriesAreTheRunsAndAgreeWithItsRecord() {
        Scenario s = Scenarios.load(TINY, "baseline").with("coin.heads", 0.2);
        for (long seed = 1; seed <= 20; seed++) {
            Replay<?> replay = TINY.replay(s, seed);
            RunRecord rec = record(replay);
            RunTimeline t = Timelines.of(TINY, replay, "seed " + seed).orElseThrow();
            assertEquals(rec.endingName(), t.ending());
            assertEquals(rec.day(), t.endDay());
            double[] heads = t.series().get(0).values();
            // The record's heads (metric 1 of the tiny schema) is where the series ends.
            assertEquals(rec.value(TINY.record().indexOf("heads")), heads[heads.length - 1], 0.0, "seed " + seed);
            assertEquals((long) rec.value(TINY.record().indexOf("heads")), t.markers().size(), "a marker per head");
            int first = (int) rec.value(TINY.record().indexOf("first_head_day"));
            if (first >= 0) {
                assertEquals(first, t.markers().get(0).day());
                assertEquals(0.0, first == 0 ? 0.0 : heads[first - 1], 0.0, "no head before the first");
                assertEquals(1.0, heads[first], 0.0);
            }
            // The chart draws exactly these values: one panel per group, then the events strip.
            JFreeChart chart = Charts.timelineChart(t, "");
            List<?> plots = ((CombinedDomainXYPlot) chart.getPlot()).getSubplots();
            assertEquals(t.groups().size() + (t.markers().isEmpty() ? 0 : 1), plots.size());
            XYDataset coin = ((XYPlot) plots.get(0)).getDataset();
            Timeline.Series truth = replay.timeline().series().get(0);
            // One point a day, and one that holds the last day's value to the end of that day.
            assertEquals(truth.length() + 1, coin.getItemCount(0));
            assertEquals(truth.at(truth.length() - 1), coin.getYValue(0, truth.length()), 0.0);
            for (int d = 0; d < truth.length(); d++) {
                assertEquals(d, coin.getXValue(0, d), 0.0);
                assertEquals(truth.at(d), coin.getYValue(0, d), 0.0, "seed " + seed + " day " + d);
            }
        }
    }

    /**
     * In the standoff's chart, each belief is drawn solid in the colour of the truth it aims at, which
     * is dashed, the two pairs in two colours; the ladder's axis has whole-number ticks, Iran's
     * economy and stability do not.
     */
    @Test
    void aBeliefAndItsTruthShareAColourAndTheRungAxisCountsWholeRungs() {
        Model<?> standoff = Models.get("standoff");
        Replay<?> replay = standoff.replay(Scenarios.load(standoff, "baseline"), 42L);
        RunTimeline t = Timelines.of(standoff, replay, "baseline, seed 42").orElseThrow();
        JFreeChart chart = Charts.timelineChart(t, "");
        chart.createBufferedImage(1200, 1400);   // ticks are chosen when the chart is drawn
        List<?> plots = ((CombinedDomainXYPlot) chart.getPlot()).getSubplots();
        assertEquals(List.of("Escalation", "Iran", "Oil", "Beliefs"), t.groups());
        XYPlot beliefs = (XYPlot) plots.get(3);
        XYItemRenderer r = beliefs.getRenderer();
        List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < beliefs.getDataset().getSeriesCount(); i++) {
            names.add(beliefs.getDataset().getSeriesKey(i).toString());
        }
        assertEquals(List.of("Washington's belief: Tehran's hostility", "Tehran's revealed hostility",
                "Tehran's belief: Washington's hostility", "Washington's revealed hostility"), names);
        assertEquals(r.getSeriesPaint(0), r.getSeriesPaint(1), "Washington's belief and Tehran's truth");
        assertEquals(r.getSeriesPaint(2), r.getSeriesPaint(3), "Tehran's belief and Washington's truth");
        assertNotEquals(r.getSeriesPaint(0), r.getSeriesPaint(2), "the two pairs");
        for (int i = 0; i < 4; i++) {
            float[] dash = ((BasicStroke) r.getSeriesStroke(i)).getDashArray();
            assertEquals(i % 2 == 1, dash != null, "beliefs solid, truths dashed: series " + i);
        }
        XYPlot iran = (XYPlot) plots.get(1);
        assertNotEquals(iran.getRenderer().getSeriesPaint(0), iran.getRenderer().getSeriesPaint(1),
                "two lines that are not a pair keep their own colours");
        double rungTick = ((NumberAxis) ((XYPlot) plots.get(0)).getRangeAxis()).getTickUnit().getSize();
        assertTrue(rungTick >= 1 && rungTick == Math.rint(rungTick), "whole rungs, but the tick was " + rungTick);
        double shareTick = ((NumberAxis) iran.getRangeAxis()).getTickUnit().getSize();
        assertTrue(shareTick < 1, "a share in (0, 1) keeps fractional ticks, but the tick was " + shareTick);
    }

    @Test
    void writesPngAndSvg(@TempDir Path dir) throws IOException {
        Replay<?> replay = TINY.replay(Scenarios.load(TINY, "baseline"), 11L);
        ChartFiles f = Timelines.write(TINY, replay, dir, "run-11").orElseThrow();
        assertTrue(Files.size(f.png()) > 1000);
        String svg = Files.readString(f.svg());
        assertTrue(svg.contains("Heads so far") && svg.contains("Running mean draw"), "the legend names the series");
        assertTrue(svg.contains(record(replay).endingName() + ", day " + record(replay).day()), "the end is marked");
    }

    /** A model that draws no timeline: no chart, nothing written, and a sentence that says so. */
    @Test
    void aModelWithoutATimelineGetsNoChart(@TempDir Path dir) throws IOException {
        Replay<?> full = TINY.replay(Scenarios.load(TINY, "baseline"), 11L);
        Replay<?> bare = new Replay<>(full.record(), full.story());
        assertEquals(Optional.empty(), Timelines.of(TINY, bare, "t"));
        assertEquals(Optional.empty(), Timelines.write(TINY, bare, dir, "none"));
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
        assertEquals("model tiny draws no timeline for its runs", Timelines.noTimeline(TINY));
        assertFalse(Timelines.of(TINY, full, "t").isEmpty());
    }
}
