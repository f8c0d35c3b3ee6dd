package org.offramp.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.offramp.design.Comparison;
import org.offramp.design.ComparisonResult;
import org.offramp.design.Design;
import org.offramp.design.Factor;
import org.offramp.design.Measure;
import org.offramp.design.Sweep;
import org.offramp.design.SweepResult;
import org.offramp.experiment.Experiment;
import org.offramp.experiment.ExperimentRunner;
import org.offramp.experiment.ProgressListener;
import org.offramp.experiment.RunModel;
import org.offramp.model.Scenario;
import org.offramp.scenario.Scenarios;
import org.offramp.standoff.Outcome;
import org.offramp.standoff.Params;
import org.offramp.standoff.sim.Simulation;
import org.offramp.standoff.sim.StandoffModel;

/**
 * The rows must carry the design results' numbers, and those numbers must equal what independent
 * paths give: {@link ExperimentRunner} for counts, {@link RunTable} run by run for discordant pairs.
 */
class DesignTablesTest {
    private static final Scenario BASE = Scenarios.load("baseline");
    private static final Scenario LIFTED = BASE.with("tehran.leaderRefusesTalks", 0.0);
    private static final Scenario CLOSED = LIFTED.with("offramps.councilReferral", 0.0)
            .with("offramps.unFramework", 0.0);
    private static final long SEED = 20190517L;
    private static final int RUNS = 240;

    private static ComparisonResult comparison() {
        return Comparison.builder().name("t")
                .variant("baseline", BASE)
                .variant("lifted", LIFTED)
                .variant("closed", CLOSED, "lifted")
                .runs(RUNS).masterSeed(SEED).threads(2)
                .build().run(Notebooks.model(), ProgressListener.NONE);
    }

    private static Map<String, Long> engineCounts(Scenario s, int runs) {
        return ExperimentRunner.run(Experiment.builder(s).runs(runs).masterSeed(SEED).build(), Notebooks.model())
                .counts();
    }

    @Test
    void shareRowsHoldTheEnginesCounts() {
        ComparisonResult r = comparison();
        List<Map<String, Object>> rows = DesignTables.shares(r);
        assertEquals(3 * 4, rows.size());
        assertEquals(List.of("variant", "measure", "runs", "count", "share", "wilson_lower", "wilson_upper"),
                List.copyOf(rows.get(0).keySet()));
        Map<String, Scenario> scenarios = Map.of("baseline", BASE, "lifted", LIFTED, "closed", CLOSED);
        for (Map.Entry<String, Scenario> e : scenarios.entrySet()) {
            Map<String, Long> engine = engineCounts(e.getValue(), RUNS);
            for (Map<String, Object> row : rows) {
                if (row.get("variant").equals(e.getKey())) {
                    assertEquals(engine.get((String) row.get("measure")), row.get("count"), row.toString());
                    assertEquals((long) row.get("count") / (double) RUNS, (double) row.get("share"), 0.0);
                    assertTrue((double) row.get("wilson_lower") <= (double) row.get("share")
                            && (double) row.get("share") <= (double) row.get("wilson_upper"), row.toString());
                }
            }
        }
    }

    @Test
    void differenceRowsHoldTheDiscordantRunsCountedRunByRun() {
        ComparisonResult r = comparison();
        List<Map<String, Object>> rows = DesignTables.differences(r);
        assertEquals(2 * 4, rows.size(), "two compared variants, four measures");
        int[] lifted = RunTable.run(LIFTED, RUNS, SEED).outcomes();
        int[] closed = RunTable.run(CLOSED, RUNS, SEED).outcomes();
        for (Map<String, Object> row : rows) {
            if (!row.get("variant").equals("closed")) {
                continue;
            }
            assertEquals("lifted", row.get("against"));
            int o = Outcome.valueOf((String) row.get("measure")).ordinal();
            long b = 0;
            long c = 0;
            for (int i = 0; i < RUNS; i++) {
                b += closed[i] == o && lifted[i] != o ? 1 : 0;
                c += lifted[i] == o && closed[i] != o ? 1 : 0;
            }
            assertEquals(b, row.get("variant_only"), row.toString());
            assertEquals(c, row.get("against_only"), row.toString());
            assertEquals((b - c) / (double) RUNS, (double) row.get("difference"), 1e-15);
            ComparisonResult.PairedDifference d = r.difference("closed", Measure.parse((String) row.get("measure")));
            assertEquals(d.paired().lower(), row.get("paired_lower"));
            assertEquals(d.paired().upper(), row.get("paired_upper"));
            assertEquals(d.unpaired().lower(), row.get("unpaired_lower"));
            assertEquals(d.widthRatio(), row.get("width_ratio"));
            assertEquals(d.mcNemarMidP(), row.get("mcnemar_mid_p"));
        }
    }

    @Test
    void pointRowsAreLongFormWithTheEnginesCounts() {
        List<Double> noise = List.of(0.0, 2.0);
        List<Double> error = List.of(1.0, 4.0);
        SweepResult r = Sweep.builder(BASE)
                .factor(Factor.levels(Params.REGISTRY, "perception.noiseScale", noise))
                .factor(Factor.levels(Params.REGISTRY, "attribution.errorScale", error))
                .design(new Design.Grid()).runs(150).masterSeed(SEED).threads(2)
                .build().run(Notebooks.model(), ProgressListener.NONE);
        List<Map<String, Object>> rows = DesignTables.points(r);
        assertEquals(4 * 4, rows.size());
        assertEquals(List.of("point", "perception.noiseScale", "attribution.errorScale", "runs", "measure", "count",
                "share", "wilson_lower", "wilson_upper"), List.copyOf(rows.get(0).keySet()));
        // the grid varies the last factor fastest: point 1 is (noise 0, error 4)
        Map<String, Object> p1 = rows.get(4);
        assertEquals(1, p1.get("point"));
        assertEquals(0.0, p1.get("perception.noiseScale"));
        assertEquals(4.0, p1.get("attribution.errorScale"));
        Map<String, Long> engine = engineCounts(BASE.with("perception.noiseScale", 2.0)
                .with("attribution.errorScale", 1.0), 150);
        for (Map<String, Object> row : rows) {
            if ((int) row.get("point") == 2) {
                assertEquals(2.0, row.get("perception.noiseScale"));
                assertEquals(1.0, row.get("attribution.errorScale"));
                assertEquals(engine.get((String) row.get("measure")), row.get("count"), row.toString());
                assertEquals(150L, row.get("runs"));
            }
        }
    }

    @Test
    void modelByScenarioDispatchesOnTheScenarioName() {
        Scenario twin = BASE.named("twin", "the baseline under another name");
        RunModel builtInAgain = Notebooks.model(StandoffModel.withRules(Simulation.builtInRules()));
        RunModel m = Notebooks.modelByScenario(Map.of("twin", builtInAgain), Notebooks.model());
        ComparisonResult r = Comparison.builder().variant("baseline", BASE).variant("twin", twin)
                .runs(150).masterSeed(SEED).build().run(m, ProgressListener.NONE);
        for (ComparisonResult.PairedDifference d : r.differences()) {
            assertEquals(0, d.variantOnly() + d.againstOnly(), "the name must not change a run: " + d);
        }
        RunModel refusing = (s, seed) -> {
            throw new IllegalStateException("registered model called for " + s.name());
        };
        RunModel dispatch = Notebooks.modelByScenario(Map.of("twin", refusing), Notebooks.model());
        assertEquals(StandoffModel.builtIn().runRecord(BASE, 7L), dispatch.run(BASE, 7L),
                "an unregistered name runs the fallback");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> dispatch.run(twin, 7L));
        assertTrue(e.getMessage().contains("twin"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Notebooks.modelByScenario(Map.of(), Notebooks.model()));
    }
}
