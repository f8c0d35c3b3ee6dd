package org.offramp.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.offramp.model.Endings;
import org.offramp.model.Model;
import org.offramp.model.Models;
import org.offramp.scenario.Scenarios;
import org.offramp.stats.ConfidenceIntervals;
import org.offramp.stats.Interval;

/**
 * The endings explained: the horizon ending named, the triggers, the shares by horizon and the
 * cumulative incidence with its bands in {@code summary.json}, each checked against a recount of the
 * experiment's own {@code runs.csv}, for the standoff (war-prone, so that every ending but DEAL
 * occurs early and late) and the test-only tiny model (whose horizon is 30 days).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutcomeAnalysisTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    private Model<?> standoff;
    private ExperimentResult war;
    private ExperimentResult coin;

    @BeforeAll
    void runTwoExperiments() {
        standoff = Models.get("standoff");
        war = Experiment.builder(Scenarios.load(standoff, "war-prone")).runs(800).masterSeed(20190517L).threads(2)
                .outputDirectory(tmp.resolve("war")).build().run();
        Model<?> tiny = Models.get("tiny");
        coin = Experiment.builder(Scenarios.load(tiny, "baseline").with("coin.heads", 0.11)).runs(1500)
                .masterSeed(7L).threads(2).outputDirectory(tmp.resolve("coin")).build().run();
    }

    /** The runs of runs.csv as {outcome index, day, trigger index}. */
    private static int[][] recount(ExperimentResult r) throws IOException {
        Endings e = r.experiment().model().endings();
        List<String> lines = Files.readAllLines(r.runsCsvPath());
        assertTrue(lines.get(0).startsWith("index,seed,outcome,day,trigger,"), lines.get(0));
        int[][] runs = new int[lines.size() - 1][];
        for (int i = 1; i < lines.size(); i++) {
            String[] c = lines.get(i).split(",", -1);
            runs[i - 1] = new int[] {e.indexOf(c[2]), Integer.parseInt(c[3]), e.triggerIndex(c[4])};
        }
        return runs;
    }

    @Test
    void theHorizonsAreCalendarHorizonsShorterThanTheRunsOrItsQuarters() {
        assertArrayEquals(new int[] {90, 180, 365, 540}, OutcomeAnalysis.horizons(540));
        assertArrayEquals(new int[] {90, 180, 365, 730, 1000}, OutcomeAnalysis.horizons(1000));
        assertArrayEquals(new int[] {90, 180, 200}, OutcomeAnalysis.horizons(200));
        assertArrayEquals(new int[] {8, 15, 23, 30}, OutcomeAnalysis.horizons(30));
        assertArrayEquals(new int[] {1, 2, 3}, OutcomeAnalysis.horizons(3));
        assertArrayEquals(new int[] {1}, OutcomeAnalysis.horizons(1));
    }

    @Test
    void summaryNamesTheHorizonEndingForWhatItIs() throws IOException {
        JsonNode h = JSON.readTree(war.summaryJson()).path("horizon");
        assertEquals(540, h.path("day").asInt());
        assertTrue(h.path("declared").asBoolean());
        assertEquals("STALEMATE", h.path("ending").asText());
        assertEquals("STALEMATE \u2014 no ending by day 540", h.path("meaning").asText());
        assertTrue(h.path("note").asText().startsWith("Shares are conditional on the 540-day horizon"),
                h.path("note").asText());
        assertEquals("TIMEOUT \u2014 no ending by day 30",
                JSON.readTree(coin.summaryJson()).path("horizon").path("meaning").asText());
    }

    /** The share-by-horizon numbers are those a recount of runs.csv gives, horizon by horizon. */
    @Test
    void sharesByHorizonAreARecountOfRunsCsv() throws IOException {
        for (ExperimentResult r : List.of(war, coin)) {
            Endings e = r.experiment().model().endings();
            int[][] runs = recount(r);
            JsonNode sh = JSON.readTree(r.summaryJson()).path("shareByHorizon");
            JsonNode horizons = sh.path("horizons");
            int last = horizons.get(horizons.size() - 1).asInt();
            assertEquals(r.experiment().model().horizon(r.experiment().scenario()).getAsInt(), last);
            assertTrue(sh.path("note").asText().contains("conditional on the"), sh.toString());
            for (int k = 0; k < horizons.size(); k++) {
                int h = horizons.get(k).asInt();
                long[] expected = new long[e.count()];
                for (int[] run : runs) {
                    // A run keeps its ending if it ended before day h; every other run reaches the horizon.
                    boolean ended = run[0] != e.horizonIndex() && run[1] < h;
                    expected[ended ? run[0] : e.horizonIndex()]++;
                }
                for (int o = 0; o < e.count(); o++) {
                    JsonNode x = sh.path("outcomes").path(e.get(o).name());
                    assertEquals(expected[o], x.path("counts").get(k).asLong(), e.get(o).name() + " by day " + h);
                    assertEquals((double) expected[o] / runs.length, x.path("shares").get(k).asDouble(), 0.0);
                    Interval w = ConfidenceIntervals.wilson(expected[o], runs.length, 0.95);
                    assertEquals(w.lower(), x.path("wilson").get(k).path("lower").asDouble(), 0.0);
                    assertEquals(w.upper(), x.path("wilson").get(k).path("upper").asDouble(), 0.0);
                }
            }
            // At the run's own horizon the shares are the outcome shares.
            for (int o = 0; o < e.count(); o++) {
                assertEquals(r.counts().get(e.get(o).name()).longValue(), sh.path("outcomes").path(e.get(o).name())
                        .path("counts").get(horizons.size() - 1).asLong());
            }
        }
        // A shorter horizon cannot make an ending other than the horizon's more likely.
        OutcomeAnalysis a = OutcomeAnalysis.of(war);
        assertTrue(a.sharesAt(90).shares()[0] <= a.sharesAt(365).shares()[0]);
        assertTrue(a.sharesAt(90).shares()[0] < a.sharesAt(540).shares()[0], "war-prone has wars after day 90");
        assertThrows(IllegalArgumentException.class, () -> a.sharesAt(-1));
    }

    /** Every ending is broken down by trigger, with counts, shares and intervals, as runs.csv has them. */
    @Test
    void triggersAreARecountOfRunsCsv() throws IOException {
        for (ExperimentResult r : List.of(war, coin)) {
            Endings e = r.experiment().model().endings();
            int[][] runs = recount(r);
            long[] byTrigger = new long[e.triggers().size()];
            for (int[] run : runs) {
                byTrigger[run[2]]++;
                assertEquals(e.endingOf(run[2]), run[0], "a trigger belongs to its ending");
            }
            JsonNode tn = JSON.readTree(r.summaryJson()).path("triggers");
            for (int t = 0; t < byTrigger.length; t++) {
                Endings.Trigger tr = e.triggers().get(t);
                JsonNode x = tn.path(tr.name());
                long ofEnding = r.counts().get(tr.ending());
                assertEquals(byTrigger[t], x.path("count").asLong(), tr.name());
                assertEquals(tr.ending(), x.path("outcome").asText());
                assertEquals(tr.description(), x.path("description").asText());
                assertEquals((double) byTrigger[t] / runs.length, x.path("share").asDouble(), 0.0);
                Interval w = ConfidenceIntervals.wilson(byTrigger[t], runs.length, 0.95);
                assertEquals(w.lower(), x.path("wilson").path("lower").asDouble(), 0.0);
                assertEquals(ConfidenceIntervals.clopperPearson(byTrigger[t], runs.length, 0.95).upper(),
                        x.path("clopperPearson").path("upper").asDouble(), 0.0);
                if (ofEnding == 0) {
                    assertTrue(x.path("shareOfOutcome").isNull(), x.toString());
                } else {
                    assertEquals((double) byTrigger[t] / ofEnding, x.path("shareOfOutcome").asDouble(), 0.0);
                }
            }
        }
        // war-prone: war comes both ways, so the breakdown says something.
        OutcomeAnalysis a = OutcomeAnalysis.of(war);
        assertEquals(2, a.triggersOf("WAR").size());
        assertEquals(1.0, a.triggersOf("WAR").stream().mapToDouble(OutcomeAnalysis.TriggerShare::shareOfEnding).sum(),
                1e-12);
    }

    /** Pointwise 95% Wilson bands around each day's share: a binomial share, nothing being censored. */
    @Test
    void cumulativeIncidenceBandsAreWilsonIntervalsOfEachDaysRecount() throws IOException {
        for (ExperimentResult r : List.of(war, coin)) {
            Endings e = r.experiment().model().endings();
            int[][] runs = recount(r);
            JsonNode ci = JSON.readTree(r.summaryJson()).path("cumulativeIncidence");
            assertEquals("wilson", ci.path("interval").asText());
            assertEquals(0.95, ci.path("confidenceLevel").asDouble(), 0.0);
            assertFalse(ci.path("bands").has(e.horizon().name()), "the horizon ending has no curve");
            int lastDay = ci.path("lastDay").asInt();
            for (int o = 0; o < e.count(); o++) {
                if (o == e.horizonIndex()) {
                    continue;
                }
                JsonNode share = ci.path(e.get(o).name());
                JsonNode lower = ci.path("bands").path(e.get(o).name()).path("lower");
                JsonNode upper = ci.path("bands").path(e.get(o).name()).path("upper");
                assertEquals(lastDay + 1, lower.size());
                assertEquals(lastDay + 1, upper.size());
                for (int t = 0; t <= lastDay; t++) {
                    long n = 0;
                    for (int[] run : runs) {
                        n += run[0] == o && run[1] <= t ? 1 : 0;
                    }
                    Interval w = ConfidenceIntervals.wilson(n, runs.length, 0.95);
                    assertEquals(w.lower(), lower.get(t).asDouble(), 0.0, e.get(o).name() + " day " + t);
                    assertEquals(w.upper(), upper.get(t).asDouble(), 0.0, e.get(o).name() + " day " + t);
                    assertTrue(lower.get(t).asDouble() <= share.get(t).asDouble()
                            && share.get(t).asDouble() <= upper.get(t).asDouble());
                }
            }
        }
    }

    @Test
    void anAggregateOfAnotherModelIsRefused() {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> OutcomeAnalysis.of(
                standoff, war.experiment().scenario(), coin.aggregate(), 0.95));
        assertTrue(ex.getMessage().contains("another model's schema"), ex.getMessage());
    }
}
