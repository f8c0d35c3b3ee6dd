package org.offramp.standoff.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.offramp.model.Replay;
import org.offramp.model.Scenario;
import org.offramp.random.Seeds;
import org.offramp.scenario.Scenarios;
import org.offramp.standoff.StandoffRecord;

/** A run is a pure function of (scenario, seed): same arguments, same record and story. */
class DeterminismTest {
    private static final long MASTER = 20190517L;

    @ParameterizedTest
    @ValueSource(strings = {"baseline", "war-prone", "deal-prone"})
    void sameScenarioAndSeedGiveEqualRecordsAndStories(String name) {
        Scenario s = Scenarios.load(name);
        for (int i = 0; i < 3; i++) {
            long seed = Seeds.runSeed(MASTER, i);
            StandoffRecord first = Simulation.run(s, seed);
            StandoffRecord second = Simulation.run(s, seed);
            assertEquals(first, second, name + " seed " + seed);
            assertEquals(first.toCsv(), second.toCsv());

            Replay<StandoffRecord> a = Simulation.replay(s, seed);
            Replay<StandoffRecord> b = Simulation.replay(s, seed);
            assertEquals(a.story(), b.story(), name + " seed " + seed + ": stories differ");
            assertFalse(a.story().isEmpty(), "a replay has a story");
            // recording the story must not change the run (the chronicle draws no random numbers)
            assertEquals(first, a.record(), name + " seed " + seed + ": run and replay differ");
        }
    }

    @Test
    void aScenarioLoadedTwiceGivesTheSameRun() {
        long seed = Seeds.runSeed(MASTER, 7);
        assertEquals(Simulation.run(Scenarios.load("baseline"), seed),
                Simulation.run(Scenarios.load("baseline"), seed));
    }

    @Test
    void runsOnManyThreadsEqualRunsOnOne() {
        Scenario s = Scenarios.load("war-prone");
        List<StandoffRecord> serial = IntStream.range(0, 16).mapToObj(i -> Simulation.run(s, Seeds.runSeed(MASTER, i))).toList();
        List<StandoffRecord> parallel = IntStream.range(0, 16).parallel()
                .mapToObj(i -> Simulation.run(s, Seeds.runSeed(MASTER, i))).toList();
        assertEquals(serial, parallel);
    }

    @Test
    void differentSeedsGiveDifferentRuns() {
        Scenario s = Scenarios.load("baseline");
        int n = 8;
        Set<String> distinct = new HashSet<>();
        for (int i = 0; i < n; i++) {
            // the seed is the first CSV column, so compare the rest: what happened, not which seed
            String csv = Simulation.run(s, Seeds.runSeed(MASTER, i)).toCsv();
            distinct.add(csv.substring(csv.indexOf(',') + 1));
        }
        assertTrue(distinct.size() >= n - 1, "only " + distinct.size() + " distinct runs among " + n + " seeds");
        StandoffRecord a = Simulation.run(s, 1L);
        StandoffRecord b = Simulation.run(s, 2L);
        assertNotEquals(a, b);
    }
}
