package org.offramp.standoff.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.offramp.model.Scenario;
import org.offramp.scenario.Scenarios;
import org.offramp.standoff.Action;
import org.offramp.standoff.Actor;
import org.offramp.standoff.Outcome;
import org.offramp.standoff.Params;
import org.offramp.standoff.Rung;
import org.offramp.standoff.StandoffRecord;
import org.offramp.standoff.Trigger;

/** What every record of a real run must satisfy, checked over the shared ensembles. */
class RecordInvariantsTest {
    private static List<StandoffRecord> all() {
        List<StandoffRecord> all = new ArrayList<>(Ensembles.runs("baseline", RepertoireTest.RUNS).subList(0, 300));
        for (String s : List.of("war-prone", "deal-prone", "chaos-prone", "gray-zone")) {
            all.addAll(Ensembles.runs(s, 300));
        }
        return all;
    }

    /** Days on which the actors acted: a disorderly succession ends a day before anyone acts. */
    private static int daysPlayed(StandoffRecord r) {
        return r.trigger() == Trigger.HORIZON || r.trigger() == Trigger.DISORDERLY_SUCCESSION ? r.day() : r.day() + 1;
    }

    @Test
    void everyActorActsOncePerDayPlayed() {
        for (StandoffRecord r : all()) {
            for (Actor a : Actor.ALL) {
                int acts = 0;
                for (Action x : Action.of(a)) {
                    acts += r.count(x);
                }
                assertEquals(daysPlayed(r), acts, a + " in " + r);
            }
        }
    }

    @Test
    void theLadderRecordIsConsistent() {
        for (StandoffRecord r : all()) {
            assertTrue(r.firstDayOf(Rung.of(r.highestRung())) >= 0, "highest rung never stood on: " + r);
            for (Rung k : Rung.values()) {
                int d = r.firstDayOf(k);
                assertTrue(d <= r.day(), r.toString());
                if (k.level() > r.highestRung()) {
                    assertEquals(-1, d, "a rung above the highest was reached: " + r);
                }
            }
            assertEquals(r.highestRung() >= Rung.LIMITED_STRIKE.level(), r.blowsExchanged(), r.toString());
            assertTrue(!r.blowsContained() || r.blowsExchanged(), r.toString());
            if (r.outcome() == Outcome.WAR) {
                assertTrue(r.highestRung() >= Rung.STRIKE_CAMPAIGN.level(), r.toString());
                assertTrue(!r.blowsContained(), r.toString());
            }
            if (r.outcome() == Outcome.DEAL) {
                assertTrue(r.talksOpenedDay() >= 0 && r.talksOpenedDay() <= r.day(), r.toString());
            }
            if (r.outcome() == Outcome.STALEMATE) {
                assertEquals(Scenarios.load("baseline").integer(Params.HORIZON), r.day());
            }
        }
    }

    /** A run that ends on day 0 in the calendar phase (a forced disorderly succession) still records the day-0 rung. */
    @Test
    void aRunEndingOnDayZeroHasAConsistentLadder() {
        Scenario s = Scenarios.load("baseline").with(Params.SUCCESSION_FORCED_DAY, 0).with(Params.STABILITY_INITIAL, 0.3);
        StandoffRecord r = Simulation.run(s, 1L);
        assertEquals(Trigger.DISORDERLY_SUCCESSION, r.trigger());
        assertTrue(r.firstDayOf(Rung.of(r.highestRung())) >= 0, r.toString());
    }
}
