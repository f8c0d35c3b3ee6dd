package org.offramp.notebook;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offramp.experiment.Experiment;
import org.offramp.experiment.ExperimentResult;
import org.offramp.experiment.ResultsLayout;
import org.offramp.experiment.ExperimentRunner;
import org.offramp.experiment.RunFailedException;
import org.offramp.experiment.RunModel;
import org.offramp.model.Replay;
import org.offramp.model.Scenario;
import org.offramp.random.Seeds;
import org.offramp.scenario.Scenarios;
import org.offramp.standoff.Action;
import org.offramp.standoff.Actor;
import org.offramp.standoff.StandoffRecord;
import org.offramp.standoff.StandoffSchema;
import org.offramp.standoff.decision.DecisionRule;
import org.offramp.standoff.sim.Simulation;
import org.offramp.standoff.sim.StandoffModel;

class NotebooksTest {
    private static final Scenario BASE = Scenarios.load("baseline");
    private static final long SEED = 20190517L;

    @Test
    void runTableIsTheEnginesRunsOneByOne(@TempDir Path dir) {
        RunTable t = RunTable.run(BASE, 300, SEED);
        Experiment e = Experiment.builder(BASE).runs(300).masterSeed(SEED).blockSize(100)
                .outputDirectory(dir.resolve("out")).build();
        ExperimentResult r = ExperimentRunner.run(e, StandoffModel.builtIn()::runRecord);
        Map<String, Long> engine = new LinkedHashMap<>(r.counts());
        engine.remove(ExperimentResult.FAILED);
        assertEquals(engine, t.counts());
        assertEquals(r.runsCsv(), t.csv(), "the in-memory CSV must be the engine's runs.csv, byte for byte");
        assertEquals(Seeds.runSeed(SEED, 299), t.seed(299));
        assertEquals(StandoffModel.builtIn().runRecord(BASE, Seeds.runSeed(SEED, 123)), t.record(123));
    }

    @Test
    void runTableDoesNotDependOnTheThreadCount() {
        RunTable one = RunTable.run(BASE, 150, 5, Notebooks.model(), 1);
        RunTable three = RunTable.run(BASE, 150, 5, Notebooks.model(), 3);
        assertEquals(one.csv(), three.csv());
        assertArrayEquals(one.outcomes(), three.outcomes());
    }

    @Test
    void runTableReportsTheLowestFailingRun() {
        long bad1 = Seeds.runSeed(1, 260);
        long bad2 = Seeds.runSeed(1, 700);
        RunModel failing = (s, seed) -> {
            if (seed == bad1 || seed == bad2) {
                throw new IllegalStateException("boom");
            }
            return StandoffModel.builtIn().runRecord(s, seed);
        };
        RunFailedException ex = assertThrows(RunFailedException.class,
                () -> RunTable.run(BASE, 800, 1, failing, 2));
        assertEquals(260, ex.runIndex());
        assertEquals(bad1, ex.seed());
        assertThrows(IllegalArgumentException.class, () -> RunTable.run(BASE, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> RunTable.run(BASE, 10, 1, Notebooks.model(), -1));
    }

    @Test
    void outcomeTableHoldsTheResultsNumbers() {
        ExperimentResult r = Notebooks.run(BASE, 200, SEED);
        List<Map<String, Object>> rows = Notebooks.outcomeTable(r);
        assertEquals(Notebooks.outcomes(r.experiment().model()), rows.stream().map(m -> m.get("outcome")).toList());
        assertEquals(List.of("WAR", "DEAL", "CHAOS", "STALEMATE"), Notebooks.outcomes(r.experiment().model()));
        long total = 0;
        for (Map<String, Object> m : rows) {
            String o = (String) m.get("outcome");
            assertEquals(r.counts().get(o), m.get("count"));
            assertEquals(r.shares().get(o), m.get("share"));
            assertEquals(r.wilsonIntervals().get(o).lower(), m.get("wilson_lower"));
            assertEquals(r.clopperPearsonIntervals().get(o).upper(), m.get("clopper_pearson_upper"));
            double share = (Double) m.get("share");
            assertTrue((Double) m.get("wilson_lower") <= share && share <= (Double) m.get("wilson_upper"));
            total += (Long) m.get("count");
        }
        assertEquals(200, total);
    }

    @Test
    void modelWithRulesIsTheSimulationWithThoseRules() {
        DecisionRule[] rules = Simulation.builtInRules();
        StandoffModel model = StandoffModel.withRules(rules);
        RunModel m = Notebooks.model(model);
        rules[0] = null;   // the model copied the array
        assertEquals(StandoffModel.builtIn().runRecord(BASE, 99L), m.run(BASE, 99L));
        // Tehran replaced by a rule that only ever holds: Tehran takes no other action, and the others
        // still follow their built-in rules.
        DecisionRule holdOnly = (view, scenario, u) -> {
            java.util.Arrays.fill(u, Double.NEGATIVE_INFINITY);
            u[0] = 0;
        };
        DecisionRule[] replaced = StandoffModel.rulesWith(Actor.TEHRAN, holdOnly);
        DecisionRule[] builtIn = Simulation.builtInRules();
        for (Actor a : Actor.ALL) {
            assertSame(a == Actor.TEHRAN ? holdOnly : builtIn[a.ordinal()], replaced[a.ordinal()], a.toString());
        }
        StandoffRecord withHold = StandoffModel.withRules(replaced).run(BASE, 7L);
        assertEquals(StandoffSchema.SCHEMA.toRecord(withHold),
                Notebooks.model(StandoffModel.withRules(replaced)).run(BASE, 7L));
        assertEquals(Simulation.run(BASE, 7L, replaced), withHold);
        assertNotEquals(Simulation.run(BASE, 7L), withHold, "replacing Tehran's rule changes the run");
        // every actor decides once a day, so Tehran held on as many days as Washington decided
        int days = Action.of(Actor.WASHINGTON).stream().mapToInt(withHold::count).sum();
        for (Action a : Action.of(Actor.TEHRAN)) {
            assertEquals(a.isHold() ? days : 0, withHold.count(a), a + " under a hold-only rule");
        }
        assertTrue(Action.of(Actor.WASHINGTON).stream().anyMatch(a -> !a.isHold() && withHold.count(a) > 0),
                "Washington still acts under its built-in rule");
        assertThrows(IllegalArgumentException.class, () -> StandoffModel.withRules(new DecisionRule[5]));
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> StandoffModel.withRules(new DecisionRule[Actor.COUNT]));
        assertTrue(ex.getMessage().contains("rules[0]"), ex.getMessage());
    }

    @Test
    void chartsAreWrittenAsPngAndSvg(@TempDir Path dir) throws IOException {
        ExperimentResult r = Notebooks.run(Scenarios.load("war-prone"), 120, SEED);
        List<String> pngs = Notebooks.charts(r, dir);
        // The same charts, under the same names, as a results folder's charts/ (war-prone ends before the horizon).
        assertEquals(ResultsLayout.chartNames(r.experiment().model()).stream().map(n -> n + ".png").toList(),
                pngs.stream().map(p -> Path.of(p).getFileName().toString()).toList());
        for (String p : pngs) {
            assertTrue(Files.size(Path.of(p)) > 1000, p);
            assertTrue(Files.size(Path.of(p.replace(".png", ".svg"))) > 1000, p);
        }
    }

    @Test
    void storyRowsFollowTheReplay() {
        Replay<StandoffRecord> replay = Simulation.replay(BASE, 42L);
        List<Map<String, Object>> rows = Notebooks.story(replay);
        assertEquals(replay.story().size(), rows.size());
        assertTrue(rows.size() > 0);
        assertEquals(replay.story().get(0).text(), rows.get(0).get("text"));
        assertEquals(replay.story().get(rows.size() - 1).date().toString(), rows.get(rows.size() - 1).get("date"));
    }
}
