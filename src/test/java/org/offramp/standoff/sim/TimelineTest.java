package org.offramp.standoff.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.offramp.model.Replay;
import org.offramp.model.Scenario;
import org.offramp.model.Timeline;
import org.offramp.scenario.Scenarios;
import org.offramp.standoff.Outcome;
import org.offramp.standoff.Params;
import org.offramp.standoff.StandoffRecord;
import org.offramp.standoff.world.Chronicle;
import org.offramp.standoff.world.World;

/**
 * A replay's timeline agrees with its record, day by day: the series cover the days played and end
 * at the record's final state; the rung series reaches each rung first on the day the record says;
 * markers count the record's attacks and incidents, open talks on the record's day and end with
 * the ending.
 */
class TimelineTest {
    private static final int SEEDS = 40;

    private static long count(Timeline t, String kind) {
        return t.markers().stream().filter(m -> m.kind().equals(kind)).count();
    }

    private static Timeline.Series series(Timeline t, String name) {
        return t.series().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    private static void check(Scenario scenario, long seed, boolean[] seen) {
        Replay<StandoffRecord> replay = Simulation.replay(scenario, seed);
        StandoffRecord r = replay.record();
        Timeline t = replay.timeline();
        String where = scenario.name() + " seed " + seed + " (" + r.outcome() + " day " + r.day() + ")";
        int horizon = scenario.integer(Params.HORIZON);
        // days 0..day were played; a stalemate ends at the horizon after playing days 0..horizon-1
        int played = r.outcome() == Outcome.STALEMATE ? horizon : r.day() + 1;
        assertEquals(played, t.days(), where);
        assertEquals(List.of("rung", "economy", "stability", "belief.washington.tehran", "truth.tehran",
                "belief.tehran.washington", "truth.washington"), t.series().stream().map(Timeline.Series::name).toList());
        assertEquals(r.finalEconomy(), series(t, "economy").at(played - 1), 0.0, where);
        assertEquals(r.finalStability(), series(t, "stability").at(played - 1), 0.0, where);

        Timeline.Series rung = series(t, "rung");
        int[] first = r.firstDayOfRung();
        int max = 0;
        for (int d = 0; d < played; d++) {
            max = Math.max(max, (int) rung.at(d));
        }
        assertTrue(max <= r.highestRung(), where);
        for (int level = 0; level < first.length; level++) {
            int firstInSeries = -1;
            for (int d = 0; d < played && firstInSeries < 0; d++) {
                firstInSeries = rung.at(d) == level ? d : -1;
            }
            if (first[level] > 0) {
                assertEquals(first[level], firstInSeries, where + ": first day of rung " + level);
            } else if (first[level] < 0) {
                assertEquals(-1, firstInSeries, where + ": rung " + level + " never reached");
            }
        }

        assertEquals(r.attacks(), count(t, "attack"), where + ": attacks");
        assertEquals(r.accidents(), count(t, "incident"), where + ": incidents");
        assertEquals(r.misattributions() > 0, count(t, "misattribution") > 0, where + ": misattributions");
        if (r.talksOpenedDay() >= 0) {
            assertTrue(t.markers().stream().anyMatch(m -> m.kind().equals("talks") && m.day() == r.talksOpenedDay()
                    && m.label().equals("Talks open")), where + ": talks opened on day " + r.talksOpenedDay());
        } else {
            assertEquals(0, count(t, "talks"), where);
        }
        assertEquals(1, count(t, "ending"), where);
        Timeline.Marker last = t.markers().get(t.markers().size() - 1);
        assertEquals("ending", last.kind(), where);
        assertEquals(played - 1, last.day(), where);
        assertTrue(last.label().startsWith(r.outcome() + ": "), last.label());
        for (Timeline.Marker m : t.markers()) {
            assertTrue(m.day() < played, where + ": marker after the last day " + m);
        }

        seen[r.outcome().ordinal()] = true;
        seen[Outcome.COUNT] |= r.attacks() > 0;
        seen[Outcome.COUNT + 1] |= r.accidents() > 0;
        seen[Outcome.COUNT + 2] |= r.talksOpenedDay() >= 0;
    }

    @Test
    void theTimelineAgreesWithTheRecord() {
        boolean[] seen = new boolean[Outcome.COUNT + 3];
        for (String name : List.of("baseline", "war-prone", "deal-prone", "chaos-prone")) {
            Scenario s = Scenarios.load(name);
            for (long seed = 1; seed <= SEEDS; seed++) {
                check(s, seed, seen);
            }
        }
        // the runs checked cover every ending, attacks, incidents and talks, so no branch went untested
        for (int i = 0; i < seen.length; i++) {
            assertTrue(seen[i], "case " + i + " never occurred");
        }
    }

    @Test
    void theTimelineIsTheSameForTheSameRunAndAbsentWithoutAStory() {
        Scenario s = Scenarios.load("war-prone");
        assertEquals(Simulation.replay(s, 7).timeline(), Simulation.replay(s, 7).timeline());
        assertFalse(Simulation.replay(s, 7).timeline().equals(Simulation.replay(s, 8).timeline()));
        World quiet = new World(s, 7, Chronicle.OFF);
        assertSame(Timeline.EMPTY, quiet.timeline());
    }
}
