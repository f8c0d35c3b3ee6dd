package org.offramp.standoff.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.offramp.model.Replay;
import org.offramp.model.Scenario;
import org.offramp.model.Timeline;
import org.offramp.random.Seeds;
import org.offramp.scenario.Scenarios;
import org.offramp.standoff.Action;
import org.offramp.standoff.ElectionResult;
import org.offramp.standoff.Outcome;
import org.offramp.standoff.Params;
import org.offramp.standoff.StandoffRecord;
import org.offramp.standoff.Successor;

/**
 * A replay's timeline is the run's course: it does not change the run, its series end where the
 * record ends and its markers add up to the record's counts.
 */
class TimelineTest {
    /** Runs of the baseline replayed: enough for every kind of marker and every ending but the rarest. */
    private static final int RUNS = 150;

    private static long count(Timeline t, String kind) {
        return t.markers().stream().filter(m -> m.kind().equals(kind)).count();
    }

    private static Timeline.Series series(Timeline t, String name) {
        return t.series().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theTimelineAgreesWithTheRunsRecord() {
        Scenario s = Scenarios.load("baseline");
        Set<String> kinds = new java.util.HashSet<>();
        double eve = s.get(Params.OIL_BASE_PRICE) * (1 + s.get(Params.OIL_ELASTICITY)
                * s.get(Params.OIL_INITIAL_DISRUPTION));
        for (int i = 0; i < RUNS; i++) {
            long seed = Seeds.runSeed(20190517L, i);
            Replay<StandoffRecord> replay = Simulation.replay(s, seed);
            StandoffRecord r = replay.record();
            assertEquals(Simulation.run(s, seed), r, "recording the timeline changes nothing, seed " + seed);
            Timeline t = replay.timeline();
            // One value per day played, the ending's day included; the horizon ending comes at the end
            // of the last day, which is day horizon - 1.
            assertEquals(r.outcome() == Outcome.STALEMATE ? r.day() : r.day() + 1, t.days(), "seed " + seed);
            double[] rung = series(t, "rung").values();
            assertEquals(r.highestRung(), Arrays.stream(rung).max().orElseThrow(), 0.0, "seed " + seed);
            assertEquals(r.finalEconomy(), series(t, "economy").at(t.days() - 1), 1e-12, "seed " + seed);
            assertEquals(r.finalStability(), series(t, "stability").at(t.days() - 1), 1e-12, "seed " + seed);
            // The record's peak also counts the price on the eve of day 0, before the first day's decay.
            assertEquals(r.peakOilPrice(), Math.max(eve, Arrays.stream(series(t, "oil").values()).max().orElseThrow()),
                    1e-9, "seed " + seed);
            assertEquals(r.attacks(), sumOfCounts(t, "attack"), "seed " + seed);
            assertEquals(r.misattributions(), sumOfCounts(t, "misattribution"), "seed " + seed);
            assertEquals(r.accidents(), sumOfCounts(t, "accident"), "seed " + seed);
            assertEquals(r.election() == ElectionResult.NOT_REACHED ? 0 : 1, count(t, "election"), "seed " + seed);
            assertEquals(r.successor() == Successor.NONE ? 0 : 1, count(t, "succession"), "seed " + seed);
            if (r.successor() != Successor.NONE) {
                assertEquals(r.successionDay(), t.markers().stream().filter(m -> m.kind().equals("succession"))
                        .findFirst().orElseThrow().day(), "seed " + seed);
            }
            int offRampActs = 0;
            for (Action a : Action.ALL) {
                offRampActs += a.kind() == Action.Kind.OFF_RAMP ? r.actionCounts()[a.ordinal()] : 0;
            }
            // An off-ramp act taken again on a later day is marked again; twice on one day it cannot be.
            assertTrue(count(t, "offramp") <= offRampActs, "seed " + seed);
            assertEquals(offRampActs > 0, count(t, "offramp") > 0, "seed " + seed);
            kinds.addAll(t.markers().stream().map(Timeline.Marker::kind).collect(Collectors.toSet()));
        }
        assertEquals(Set.of("attack", "misattribution", "accident", "offramp", "election", "succession"), kinds);
    }

    /** A marker of several events of one day says how many: "3 x attack". */
    private static long sumOfCounts(Timeline t, String kind) {
        long n = 0;
        for (Timeline.Marker m : t.markers()) {
            if (m.kind().equals(kind)) {
                String label = m.label();
                n += label.matches("\\d+ x .*") ? Long.parseLong(label.substring(0, label.indexOf(' '))) : 1;
            }
        }
        return n;
    }

    @Test
    void beliefsAreDrawnAgainstTheTruthTheyAimAt() {
        Timeline t = Simulation.replay(Scenarios.load("baseline"), 42L).timeline();
        assertEquals(List.of("rung", "economy", "stability", "oil", "us_sees_iran", "iran_true", "iran_sees_us",
                "us_true"), t.series().stream().map(Timeline.Series::name).toList());
        for (String name : List.of("us_sees_iran", "iran_true", "iran_sees_us", "us_true")) {
            assertEquals("Perceived hostility", series(t, name).group(), "one panel, one axis: " + name);
        }
        for (Timeline.Series s : t.series()) {
            for (int d = 0; d < t.days(); d++) {
                double v = s.at(d);
                assertTrue(Double.isNaN(v) || Double.isFinite(v), s.name() + " day " + d);
            }
        }
    }
}
