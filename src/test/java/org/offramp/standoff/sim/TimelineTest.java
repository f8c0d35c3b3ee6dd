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
import org.offramp.standoff.Action;
import org.offramp.standoff.ElectionResult;
import org.offramp.standoff.Outcome;
import org.offramp.standoff.Params;
import org.offramp.standoff.StandoffRecord;
import org.offramp.standoff.Successor;
import org.offramp.standoff.world.Chronicle;
import org.offramp.standoff.world.World;

/**
 * A replay's timeline agrees with its record, day by day: the series cover the days played and end
 * at the record's final state; the rung series reaches each rung first on the day the record says;
 * markers count the record's attacks, incidents and misattributions, mark the election and the
 * succession on their days, open talks on the record's day and end with the ending. Keeping it
 * changes nothing in the run.
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
        assertEquals(Simulation.run(scenario, seed), r, where + ": keeping the timeline changes the run");
        int horizon = scenario.integer(Params.HORIZON);
        // days 0..day were played; a stalemate ends at the horizon after playing days 0..horizon-1
        int played = r.outcome() == Outcome.STALEMATE ? horizon : r.day() + 1;
        assertEquals(played, t.days(), where);
        assertEquals(List.of("rung", "economy", "stability", "oil", "belief.washington.tehran", "truth.tehran",
                "belief.tehran.washington", "truth.washington"), t.series().stream().map(Timeline.Series::name).toList());
        // the record's peak price is the highest of the price on the eve of day 0 and the prices at
        // the end of every day played, which the series holds
        double oilMax = scenario.get(Params.OIL_BASE_PRICE)
                * (1 + scenario.get(Params.OIL_ELASTICITY) * scenario.get(Params.OIL_INITIAL_DISRUPTION));
        for (int d = 0; d < played; d++) {
            oilMax = Math.max(oilMax, series(t, "oil").at(d));
        }
        assertEquals(r.peakOilPrice(), oilMax, 0.0, where + ": peak oil price");
        long offRampActs = 0;
        for (Action a : Action.values()) {
            offRampActs += a.kind() == Action.Kind.OFF_RAMP ? r.count(a) : 0;
        }
        assertEquals(offRampActs, t.markers().stream().filter(m -> m.kind().equals("offramp")
                && !m.label().startsWith("The Security Council") && !m.label().startsWith("A Council draft")).count(),
                where + ": acts that engage an off-ramp");
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
        assertEquals(r.misattributions(), misattributed(t), where + ": acts misattributed");
        assertEquals(r.election() == ElectionResult.NOT_REACHED ? 0 : 1, count(t, "election"), where + ": election");
        if (r.successor() == Successor.NONE) {
            assertEquals(0, count(t, "succession"), where);
        } else {
            assertEquals(1, count(t, "succession"), where);
            assertEquals(r.successionDay(), t.markers().stream().filter(m -> m.kind().equals("succession"))
                    .findFirst().orElseThrow().day(), where + ": day of the succession");
        }
        for (Timeline.Series s : t.series()) {
            for (int d = 0; d < played; d++) {
                assertTrue(Double.isFinite(s.at(d)), where + ": " + s.name() + " on day " + d);
            }
        }
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
        seen[Outcome.COUNT + 3] |= r.misattributions() > 0;
        seen[Outcome.COUNT + 4] |= r.election() != ElectionResult.NOT_REACHED;
        seen[Outcome.COUNT + 5] |= r.successor() != Successor.NONE;
    }

    /** Acts blamed on the wrong actor: a marker of one says "An act", of several "3 acts". */
    private static long misattributed(Timeline t) {
        long n = 0;
        for (Timeline.Marker m : t.markers()) {
            if (m.kind().equals("misattribution")) {
                String label = m.label();
                n += label.matches("\\d+ acts .*") ? Long.parseLong(label.substring(0, label.indexOf(' '))) : 1;
            }
        }
        return n;
    }

    @Test
    void theTimelineAgreesWithTheRecord() {
        boolean[] seen = new boolean[Outcome.COUNT + 6];
        for (String name : List.of("baseline", "war-prone", "deal-prone", "chaos-prone")) {
            Scenario s = Scenarios.load(name);
            for (long seed = 1; seed <= SEEDS; seed++) {
                check(s, seed, seen);
            }
        }
        // the runs checked cover every ending, attacks, incidents, talks, misattributions, the election
        // and a succession, so no branch went untested
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

    @Test
    void beliefsShareOnePanelWithTheTruthTheyAimAt() {
        Timeline t = Simulation.replay(Scenarios.load("baseline"), 42L).timeline();
        String group = series(t, "belief.washington.tehran").group();
        for (String name : List.of("truth.tehran", "belief.tehran.washington", "truth.washington")) {
            assertEquals(group, series(t, name).group(), "one panel, one axis: " + name);
        }
        assertFalse(group.equals(series(t, "rung").group()), "the ladder has its own panel");
    }
}
