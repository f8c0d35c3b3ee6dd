package org.offramp.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.offramp.model.RunRecord;
import org.offramp.standoff.Action;
import org.offramp.standoff.ElectionResult;
import org.offramp.standoff.Outcome;
import org.offramp.standoff.Rung;
import org.offramp.standoff.StandoffRecord;
import org.offramp.standoff.StandoffSchema;
import org.offramp.standoff.Successor;
import org.offramp.standoff.Trigger;

/** Measure names are parsed exactly as documented, and each measure reads the field it names. */
class MeasureTest {

    /** A record whose fields the measures read are given; the rest are neutral. */
    private static RunRecord record(Outcome outcome, int day, int highestRung, boolean blows, int attacks,
                                    int talksOpenedDay) {
        Trigger trigger = Arrays.stream(Trigger.values()).filter(t -> t.outcome() == outcome).findFirst()
                .orElseThrow();
        int[] first = new int[Rung.COUNT];
        Arrays.fill(first, -1);
        for (int r = 0; r <= highestRung; r++) {
            first[r] = 0;
        }
        return StandoffSchema.SCHEMA.toRecord(new StandoffRecord(1L, outcome, day, trigger, highestRung, first, blows,
                false, attacks, 0, 0, -1, -1, 0, -1, -1, -1, -1, talksOpenedDay, Successor.NONE, -1,
                ElectionResult.values()[0], 0, 0, 0.5, 0.5, 0.8, 12, 70, new int[Action.COUNT]));
    }

    private static RunRecord ending(Outcome o, int day) {
        return record(o, day, 3, false, 0, -1);
    }

    @Test
    void theFourEndingsAreTheDefaultMeasuresInOutcomeOrder() {
        assertEquals(Outcome.ALL.stream().map(o -> Measure.parse(o.name())).toList(),
                Measure.endings(StandoffSchema.SCHEMA));
        for (Outcome o : Outcome.ALL) {
            assertEquals(Measure.parse(StandoffSchema.SCHEMA, o.name()), Measure.parse(o.name()),
                    "the default model is the standoff");
            for (Outcome other : Outcome.ALL) {
                assertEquals(o == other, Measure.parse(o.name()).test(ending(other, 200)),
                        o + " on a run ending in " + other);
            }
        }
    }

    @Test
    void byDayIncludesTheDayItselfAndNotTheNext() {
        Measure war180 = Measure.parse("WAR_BY_DAY_180");
        assertTrue(war180.test(ending(Outcome.WAR, 179)));
        assertTrue(war180.test(ending(Outcome.WAR, 180)), "a WAR on day 180 is a WAR by day 180");
        assertFalse(war180.test(ending(Outcome.WAR, 181)));
        assertFalse(war180.test(ending(Outcome.DEAL, 100)), "another ending by that day does not count");
        assertTrue(Measure.parse("DEAL_BY_DAY_0").test(ending(Outcome.DEAL, 0)));
        assertFalse(Measure.parse("DEAL_BY_DAY_0").test(ending(Outcome.DEAL, 1)));
        assertTrue(Measure.parse("CHAOS_BY_DAY_9999").test(ending(Outcome.CHAOS, 539)));
    }

    @Test
    void rungAttacksBlowsAndTalksReadTheirFields() {
        RunRecord r = record(Outcome.STALEMATE, 540, 5, true, 20, 33);
        assertTrue(Measure.parse("RUNG_AT_LEAST_5").test(r));
        assertFalse(Measure.parse("RUNG_AT_LEAST_6").test(r));
        assertTrue(Measure.parse("RUNG_AT_LEAST_0").test(r));
        assertTrue(Measure.parse("ATTACKS_AT_LEAST_20").test(r));
        assertFalse(Measure.parse("ATTACKS_AT_LEAST_21").test(r));
        assertTrue(Measure.parse("ATTACKS_AT_LEAST_0").test(record(Outcome.STALEMATE, 540, 1, false, 0, -1)));
        assertTrue(Measure.parse("BLOWS_EXCHANGED").test(r));
        assertFalse(Measure.parse("BLOWS_EXCHANGED").test(record(Outcome.STALEMATE, 540, 4, false, 20, 33)));
        assertTrue(Measure.parse("TALKS_OPENED").test(r));
        assertTrue(Measure.parse("TALKS_OPENED").test(record(Outcome.STALEMATE, 540, 5, true, 20, 0)),
                "talks opened on day 0");
        assertFalse(Measure.parse("TALKS_OPENED").test(record(Outcome.STALEMATE, 540, 5, true, 20, -1)));
        assertTrue(Measure.parse("TALKS_OPENED_BY_DAY_33").test(r), "a first day's measure by its day");
        assertFalse(Measure.parse("TALKS_OPENED_BY_DAY_32").test(r));
        assertFalse(Measure.parse("TALKS_OPENED_BY_DAY_9999").test(record(Outcome.STALEMATE, 540, 5, true, 20, -1)),
                "never is not by any day");
    }

    /** The standoff's measures, listed for messages from its metric table, in that order. */
    @Test
    void theAllowedMeasuresComeFromTheSchema() {
        assertEquals("WAR, DEAL, CHAOS, STALEMATE, WAR_BY_DAY_N, DEAL_BY_DAY_N, CHAOS_BY_DAY_N, RUNG_AT_LEAST_N (N in"
                + " 0..7), BLOWS_EXCHANGED, ATTACKS_AT_LEAST_N, TALKS_OPENED or TALKS_OPENED_BY_DAY_N",
                Measure.allowed(StandoffSchema.SCHEMA));
    }

    @ParameterizedTest
    @ValueSource(strings = {"war", "WAR ", "WAR_BY_DAY_", "WAR_BY_DAY_-1", "WAR_BY_DAY_12345", "STALEMATE_BY_DAY_10",
        "RUNG_AT_LEAST_8", "RUNG_AT_LEAST_10", "ATTACKS_AT_LEAST_1234567", "TALKS", "", "DEAL_BY_DAY_1.5",
        "BLOWS_EXCHANGED_BY_DAY_3", "ATTACKS", "VETOES_AT_LEAST_1", "TALKS_OPENED_AT_LEAST_1"})
    void badNamesAreRefusedNamingTheValueAndWhatIsAllowed(String name) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Measure.parse(name));
        assertTrue(e.getMessage().contains("\"" + name + "\""), e.getMessage());
        assertTrue(e.getMessage().contains(Measure.allowed(StandoffSchema.SCHEMA)), e.getMessage());
    }

    @Test
    void measuresWithTheSameNameAreEqual() {
        assertEquals(Measure.parse("DEAL_BY_DAY_180"), Measure.parse(StandoffSchema.SCHEMA, "DEAL_BY_DAY_180"));
        assertEquals("DEAL_BY_DAY_180", Measure.parse("DEAL_BY_DAY_180").toString());
        assertThrows(NullPointerException.class, () -> Measure.parse(null));
    }
}
