package org.offramp.examples.brinkmanship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.junit.jupiter.api.Test;
import org.offramp.model.Model;
import org.offramp.model.Models;
import org.offramp.model.Param;
import org.offramp.model.Replay;
import org.offramp.model.RunRecord;
import org.offramp.model.Scenario;
import org.offramp.model.StoryEvent;
import org.offramp.model.Timeline;
import org.offramp.random.Seeds;
import org.offramp.scenario.Scenarios;

/**
 * The brinkmanship model on its own: what it declares, that a run is a pure function of (scenario,
 * seed) drawn from keyed streams (so scenarios share their random numbers day by day), that every
 * ending and trigger is reachable, that each record agrees with its story and timeline, and that the
 * perception and the mediator do what the tutorial says they do.
 */
class BrinkmanshipModelTest {
    private static final Model<?> MODEL = Models.get(BrinkmanshipModel.NAME);
    private static final BrinkmanshipModel BRINK = (BrinkmanshipModel) MODEL;
    private static final Scenario BASE = Scenarios.load(MODEL, "baseline");
    private static final long SEED = 20240601L;

    private static List<CrisisRecord> runs(Scenario s, int n) {
        List<CrisisRecord> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(BRINK.run(s, Seeds.runSeed(SEED, i)));
        }
        return out;
    }

    @Test
    void theServiceLoaderFindsItWithItsDeclarations() {
        assertEquals(BrinkmanshipModel.class, MODEL.getClass());
        assertFalse(MODEL.isDefault(), "the standoff stays the default model");
        assertEquals(List.of("WAR", "SETTLEMENT", "STANDOFF"), MODEL.endings().names());
        assertEquals("STANDOFF", MODEL.endings().horizon().name());
        assertEquals(List.of("TOP_RUNG_HELD", "INCIDENT", "CALM_TALKS", "HORIZON"),
                MODEL.endings().triggers().stream().map(t -> t.name()).toList());
        assertEquals(List.of("seed", "outcome", "day", "trigger", "first_to_escalate", "highest_rung", "escalations",
                "misread_escalations", "talks_opened", "top_rung_day", "mean_belief_error"), MODEL.record().csvHeader());
        assertEquals(List.of("baseline", "fog"), MODEL.scenarios().names());
        assertEquals(List.of("blue", "red", "mediator"), MODEL.actors());
        assertEquals(180, MODEL.horizon(BASE).getAsInt());
        assertTrue(MODEL.startDate().isEmpty(), "a fictional crisis has no calendar");
        assertEquals(16, MODEL.parameters().count());
        for (Param p : MODEL.parameters().all()) {
            assertTrue(p.reason().startsWith("Assumption: "), p.path() + ": a stylised model states its assumptions");
            assertFalse(p.unit().isBlank(), p.path());
        }
        Scenario fog = Scenarios.load(MODEL, "fog");
        assertEquals(Map.of("perception.noise", 1.6), fog.differencesFrom(BASE));
    }

    @Test
    void aRunIsAPureFunctionOfScenarioAndSeed() {
        List<CrisisRecord> first = runs(BASE, 300);
        assertEquals(first, runs(BASE, 300), "the same seeds, the same runs");
        List<CrisisRecord> parallel = IntStream.range(0, 300).parallel()
                .mapToObj(i -> BRINK.run(BASE, Seeds.runSeed(SEED, i))).toList();
        assertEquals(first, parallel, "on any thread");
        for (int i = 0; i < 300; i += 7) {
            assertEquals(first.get(i), BRINK.replay(BASE, Seeds.runSeed(SEED, i)).record(),
                    "a replay is the same run, run " + i);
        }
        assertTrue(first.stream().map(CrisisRecord::day).distinct().count() > 50, "seeds make different runs");
    }

    @Test
    void everyEndingAndTriggerOccurs() {
        List<CrisisRecord> base = runs(BASE, 2000);
        long[] byTrigger = new long[4];
        for (CrisisRecord r : base) {
            byTrigger[r.trigger()]++;
            assertEquals(MODEL.endings().endingOf(r.trigger()), r.ending(), "the trigger's own ending");
        }
        for (int t = 0; t < 4; t++) {
            assertTrue(byTrigger[t] >= 20, MODEL.endings().triggers().get(t).name() + " in 2,000 baseline runs: "
                    + byTrigger[t]);
        }
        List<CrisisRecord> noMediator = runs(BASE.with(CrisisParams.OFFER, 0), 500);
        assertTrue(noMediator.stream().noneMatch(r -> r.talksOpened() || r.ending() == CrisisSchema.SETTLEMENT),
                "without a mediator no talks open, so no run settles");
    }

    /** Every record agrees with the story and the timeline of its replay, for each ending. */
    @Test
    void recordsAgreeWithTheirStoriesAndTimelines() {
        Scenario fog = Scenarios.load(MODEL, "fog");
        int start = BASE.integer(CrisisParams.START_RUNG);
        int daysAtTop = BASE.integer(CrisisParams.DAYS_AT_TOP);
        int calmDays = BASE.integer(CrisisParams.CALM_DAYS);
        boolean[] seen = new boolean[4];
        for (Scenario s : List.of(BASE, fog)) {
            for (int i = 0; i < 150; i++) {
                Replay<CrisisRecord> replay = BRINK.replay(s, Seeds.runSeed(SEED, i));
                CrisisRecord r = replay.record();
                seen[r.trigger()] = true;
                RunRecord generic = MODEL.runRecord(s, r.seed());   // every value valid for its metric
                assertEquals(r.day(), generic.day());
                Timeline t = replay.timeline();
                double[] blue = t.series().get(0).values();
                double[] red = t.series().get(1).values();
                int horizon = s.integer(CrisisParams.HORIZON);
                boolean standoff = r.ending() == CrisisSchema.STANDOFF;
                assertEquals(standoff ? horizon : r.day() + 1, t.days(), "one timeline row a day played");
                StoryEvent last = replay.story().get(replay.story().size() - 1);
                assertEquals("ENDING", last.category());
                assertTrue(last.text().startsWith(MODEL.endings().get(r.ending()).name() + ":"), last.text());
                assertEquals(t.days() - 1, last.day());

                int highest = start;
                int up = 0;
                int top = -1;
                for (int d = 0; d < t.days(); d++) {
                    highest = (int) Math.max(highest, Math.max(blue[d], red[d]));
                    up += Math.max(0, blue[d] - (d == 0 ? start : blue[d - 1]))
                            + Math.max(0, red[d] - (d == 0 ? start : red[d - 1]));
                    if (top < 0 && (blue[d] == Ladder.TOP || red[d] == Ladder.TOP)) {
                        top = d;
                    }
                }
                assertEquals(highest, r.highestRung());
                assertEquals(up, r.escalations());
                assertEquals(top, r.topRungDay());
                assertTrue(r.misreadEscalations() <= r.escalations());
                assertEquals(r.escalations() == 0, r.firstToEscalate() == 0, "NONE exactly when no one escalated");
                boolean opened = t.markers().stream().anyMatch(m -> m.kind().equals("talks-open"));
                assertEquals(opened, r.talksOpened());
                int end = t.days() - 1;
                switch (r.trigger()) {
                    case CrisisSchema.TOP_RUNG_HELD -> {
                        boolean held = false;
                        for (double[] side : List.of(blue, red)) {
                            held |= IntStream.rangeClosed(end - daysAtTop + 1, end).allMatch(d -> side[d] == Ladder.TOP);
                        }
                        assertTrue(held, "a side held the top rung for the last " + daysAtTop + " days");
                    }
                    case CrisisSchema.INCIDENT -> {
                        int brink = s.integer(CrisisParams.INCIDENT_FROM);
                        assertTrue(blue[end] >= brink && red[end] >= brink, "both at the brink");
                        assertEquals("incident", t.markers().get(t.markers().size() - 1).kind());
                    }
                    case CrisisSchema.CALM_TALKS -> {
                        double[] blueBelief = t.series().get(2).values();
                        double[] redBelief = t.series().get(3).values();
                        for (int d = end - calmDays + 1; d <= end; d++) {
                            assertTrue(blueBelief[d] < 1.5 && redBelief[d] < 1.5, "calm on day " + d);
                        }
                        assertTrue(r.talksOpened());
                    }
                    default -> assertTrue(standoff);
                }
            }
        }
        for (int t = 0; t < 4; t++) {
            assertTrue(seen[t], "trigger " + t + " among the replays checked");
        }
    }

    /** With perfect sight and no memory, a side's belief is the rung the other stood on that morning. */
    @Test
    void withPerfectSightABeliefIsTheOthersRung() {
        Scenario clear = BASE.with(CrisisParams.NOISE, 0).with(CrisisParams.MEMORY, 1);
        int start = clear.integer(CrisisParams.START_RUNG);
        for (int i = 0; i < 40; i++) {
            Replay<CrisisRecord> replay = BRINK.replay(clear, Seeds.runSeed(SEED, i));
            Timeline t = replay.timeline();
            for (int side = 0; side < 2; side++) {
                double[] belief = t.series().get(2 + side).values();
                double[] other = t.series().get(1 - side).values();
                for (int d = 0; d < t.days(); d++) {
                    assertEquals(d == 0 ? start : other[d - 1], belief[d], "run " + i + ", day " + d);
                }
            }
            assertEquals(0, replay.record().misreadEscalations());
            assertEquals(0.0, replay.record().meanBeliefError());
        }
        assertTrue(runs(BASE, 200).stream().allMatch(r -> r.meanBeliefError() > 0), "with noise, beliefs err");
    }

    /**
     * Common random numbers: each actor's draws on a day depend only on (seed, actor, purpose, day), so
     * runs of two scenarios agree on every day before their parameters make a difference.
     */
    @Test
    void scenariosShareTheirRandomNumbersDayByDay() {
        Scenario shorter = BASE.with(CrisisParams.HORIZON, 60);
        Scenario likelier = BASE.with(CrisisParams.INCIDENT, 0.025);
        int brink = BASE.integer(CrisisParams.INCIDENT_FROM);
        int same = 0;
        for (int i = 0; i < 300; i++) {
            long seed = Seeds.runSeed(SEED, i);
            Replay<CrisisRecord> full = BRINK.replay(BASE, seed);
            Replay<CrisisRecord> cut = BRINK.replay(shorter, seed);
            for (int k = 0; k < 4; k++) {
                double[] a = full.timeline().series().get(k).values();
                double[] b = cut.timeline().series().get(k).values();
                for (int d = 0; d < Math.min(a.length, b.length); d++) {
                    assertEquals(a[d], b[d], "run " + i + ": a shorter horizon changes no day before it");
                }
            }
            if (cut.record().ending() != CrisisSchema.STANDOFF) {
                assertEquals(full.record(), cut.record(), "run " + i + " ended before day 60 either way");
            }
            // A likelier incident can only change a run that stood at the brink on some day.
            CrisisRecord other = BRINK.run(likelier, seed);
            double[] blue = full.timeline().series().get(0).values();
            double[] red = full.timeline().series().get(1).values();
            boolean brinked = IntStream.range(0, blue.length).anyMatch(d -> blue[d] >= brink && red[d] >= brink);
            if (!brinked) {
                assertEquals(full.record(), other, "run " + i + " never stood at the brink");
            }
            same += full.record().equals(other) ? 1 : 0;
        }
        assertTrue(same >= 250 && same < 300, same + " of 300 runs unchanged: the change touches only some");
    }

    /**
     * The fog of crisis raises the war share, on common seeds: of the runs whose ending differs in
     * WAR, those at war only in the fog outnumber those at war only in the baseline; one-sided exact
     * sign test (McNemar) at the 0.1% level, fixed seeds.
     */
    @Test
    void theFogRaisesTheWarShare() {
        List<CrisisRecord> base = runs(BASE, 1000);
        List<CrisisRecord> fog = runs(Scenarios.load(MODEL, "fog"), 1000);
        int onlyFog = 0;
        int onlyBase = 0;
        for (int i = 0; i < 1000; i++) {
            boolean a = base.get(i).ending() == CrisisSchema.WAR;
            boolean b = fog.get(i).ending() == CrisisSchema.WAR;
            onlyFog += b && !a ? 1 : 0;
            onlyBase += a && !b ? 1 : 0;
        }
        double p = 1 - new BinomialDistribution(onlyFog + onlyBase, 0.5).cumulativeProbability(onlyFog - 1);
        assertTrue(onlyFog > onlyBase && p < 0.001, onlyFog + " vs " + onlyBase + ", p = " + p);
    }

    @Test
    void aScenarioOfAnotherModelIsRefused() {
        Scenario standoff = Scenarios.load("baseline");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MODEL.run(standoff, 1L));
        assertTrue(e.getMessage().contains("belongs to model brinkmanship, but scenario baseline is of model standoff"),
                e.getMessage());
        NullPointerException npe = assertThrows(NullPointerException.class, () -> MODEL.run(null, 1L));
        assertEquals("scenario", npe.getMessage());
        assertThrows(NullPointerException.class, () -> MODEL.replay(null, 1L));
    }

    /** The corners of the parameter space give valid records (no overflow in the logit weights). */
    @Test
    void extremeParametersGiveValidRuns() {
        Scenario wild = BASE.with(CrisisParams.RATIONALITY, 20).with(CrisisParams.NOISE, 5).with(CrisisParams.MEMORY, 1)
                .with(CrisisParams.BLUE_HAWKISHNESS, 3).with(CrisisParams.RED_HAWKISHNESS, -3);
        Scenario random = BASE.with(CrisisParams.RATIONALITY, 0).with(CrisisParams.MOVE_COST, 0);
        for (Scenario s : List.of(wild, random)) {
            for (int i = 0; i < 200; i++) {
                RunRecord r = MODEL.runRecord(s, Seeds.runSeed(SEED, i));
                assertFalse(Double.isNaN(r.value(r.schema().indexOf("mean_belief_error"))));
            }
        }
        Scenario oneDay = BASE.with(CrisisParams.HORIZON, 1);
        for (CrisisRecord r : runs(oneDay, 50)) {
            assertEquals(CrisisSchema.STANDOFF, r.ending(), "no ending can come in one day from the warnings rung");
            assertEquals(1, r.day());
        }
        assertNotEquals(runs(wild, 20), runs(random, 20));
    }
}
