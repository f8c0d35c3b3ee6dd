package org.offramp.standoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.offramp.scenario.Scenarios;
import org.offramp.standoff.sim.Simulation;

class StandoffRecordTest {
    private static int[] days() {
        int[] d = new int[Rung.COUNT];
        java.util.Arrays.fill(d, -1);
        d[1] = 0;
        return d;
    }

    private static StandoffRecord record(Outcome outcome, Trigger trigger, int highestRung, int[] firstDays, int[] counts) {
        return new StandoffRecord(7L, outcome, 540, trigger, highestRung, firstDays, false, false, 3, 1, 0, -1, -1, 0,
                -1, -1, -1, -1, -1, Successor.NONE, -1, ElectionResult.REELECTED, 0, 0, 0.5, 0.6, 0.85, 12.0, 72.0,
                counts);
    }

    private static StandoffRecord valid() {
        return record(Outcome.STALEMATE, Trigger.HORIZON, 1, days(), new int[Action.COUNT]);
    }

    @Test
    void aTriggerOfAnotherOutcomeIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> record(Outcome.WAR, Trigger.AGREEMENT, 1, days(), new int[Action.COUNT]));
        assertTrue(e.getMessage().contains("AGREEMENT") && e.getMessage().contains("WAR"), e.getMessage());
        for (Trigger t : Trigger.values()) {
            assertEquals(t.outcome(), record(t.outcome(), t, 1, days(), new int[Action.COUNT]).outcome());
        }
    }

    @Test
    void arraysOfTheWrongLengthAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> record(Outcome.STALEMATE, Trigger.HORIZON, 1, new int[Rung.COUNT - 1], new int[Action.COUNT]));
        assertTrue(e.getMessage().contains("firstDayOfRung") && e.getMessage().contains(String.valueOf(Rung.COUNT - 1)),
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> record(Outcome.STALEMATE, Trigger.HORIZON, 1, days(), new int[Action.COUNT + 1]));
        assertTrue(e.getMessage().contains("actionCounts") && e.getMessage().contains(String.valueOf(Action.COUNT + 1)),
                e.getMessage());
    }

    @Test
    void highestRungOutsideTheLadderIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> record(Outcome.STALEMATE, Trigger.HORIZON, 8, days(), new int[Action.COUNT]));
        assertThrows(IllegalArgumentException.class,
                () -> record(Outcome.STALEMATE, Trigger.HORIZON, -1, days(), new int[Action.COUNT]));
    }

    @Test
    void nullsAreRejected() {
        assertThrows(NullPointerException.class,
                () -> record(null, Trigger.HORIZON, 1, days(), new int[Action.COUNT]));
        assertThrows(NullPointerException.class,
                () -> record(Outcome.STALEMATE, null, 1, days(), new int[Action.COUNT]));
    }

    @Test
    void arraysAreCopiedInAndOut() {
        int[] counts = new int[Action.COUNT];
        counts[Action.MINE_TANKER.ordinal()] = 4;
        int[] firstDays = days();
        StandoffRecord r = record(Outcome.STALEMATE, Trigger.HORIZON, 1, firstDays, counts);
        counts[Action.MINE_TANKER.ordinal()] = 99;
        firstDays[1] = 99;
        assertEquals(4, r.count(Action.MINE_TANKER));
        assertEquals(0, r.firstDayOf(Rung.PRESSURE));
        r.actionCounts()[Action.MINE_TANKER.ordinal()] = 55;
        r.firstDayOfRung()[1] = 55;
        assertEquals(4, r.count(Action.MINE_TANKER));
        assertEquals(0, r.firstDayOf(Rung.PRESSURE));
    }

    @Test
    void headerNamesEveryCsvField() {
        List<String> header = StandoffRecord.csvHeader();
        assertEquals(header.size(), new HashSet<>(header).size(), "duplicate column names");
        assertEquals(header.size(), valid().toCsv().split(",", -1).length);
        StandoffRecord real = Simulation.run(Scenarios.load("baseline"), 42L);
        String[] fields = real.toCsv().split(",", -1);
        assertEquals(header.size(), fields.length);
        assertEquals("seed", header.get(0));
        assertEquals("42", fields[0]);
        assertEquals(real.outcome().name(), fields[header.indexOf("outcome")]);
        assertEquals(String.valueOf(real.count(Action.MINE_TANKER)), fields[header.indexOf("n_mine_tanker")]);
        assertEquals(String.valueOf(real.finalStability()), fields[header.indexOf("final_stability")]);
    }

    /**
     * The columns of the standoff's runs.csv, in order, as every earlier version wrote them: the
     * metric table must declare exactly these (the bytes of every published runs.csv depend on it).
     */
    @Test
    void theMetricTableDeclaresTheColumnsOfEarlierVersionsInTheirOrder() {
        List<String> expected = new java.util.ArrayList<>(List.of("seed", "outcome", "day", "trigger",
                "highest_rung", "first_day_rung_0", "first_day_rung_1", "first_day_rung_2", "first_day_rung_3",
                "first_day_rung_4", "first_day_rung_5", "first_day_rung_6", "first_day_rung_7", "blows_exchanged",
                "blows_contained", "attacks", "misattributions", "accidents", "referral_day", "resolution_day",
                "vetoes", "mediation_day", "dialogue_day", "framework_day", "talks_offered_day", "talks_opened_day",
                "successor", "succession_day", "election", "us_casualties", "iran_casualties", "final_economy",
                "final_stability", "final_sanctions", "final_breakout_months", "peak_oil_price"));
        for (Action a : Action.values()) {
            expected.add("n_" + a.name().toLowerCase(java.util.Locale.ROOT));
        }
        assertEquals(expected, StandoffSchema.SCHEMA.csvHeader());
        assertEquals(Outcome.ALL.stream().map(Outcome::name).toList(), StandoffSchema.ENDINGS.names());
        assertEquals("STALEMATE", StandoffSchema.ENDINGS.horizon().name());
        for (Trigger t : Trigger.values()) {
            assertEquals(t.outcome().ordinal(), StandoffSchema.ENDINGS.endingOf(t.ordinal()), t.name());
        }
        StandoffRecord r = valid();
        assertEquals(r.seed() + "," + r.outcome() + "," + r.day() + "," + r.trigger().name() + ","
                + r.highestRung(), String.join(",", java.util.Arrays.copyOf(r.toCsv().split(","), 5)));
    }

    @Test
    void equalityFollowsTheCsvRow() {
        assertEquals(valid(), valid());
        assertEquals(valid().hashCode(), valid().hashCode());
        int[] counts = new int[Action.COUNT];
        counts[0] = 1;
        assertNotEquals(valid(), record(Outcome.STALEMATE, Trigger.HORIZON, 1, days(), counts));
    }
}
