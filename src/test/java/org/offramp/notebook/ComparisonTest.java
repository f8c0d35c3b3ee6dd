package org.offramp.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offramp.model.Outcome;
import org.offramp.scenario.Scenario;
import org.offramp.scenario.Scenarios;

class ComparisonTest {
    private static final Scenario BASE = Scenarios.load("baseline");

    @Test
    void pairedDifferenceByHand() {
        int w = Outcome.WAR.ordinal();
        int d = Outcome.DEAL.ordinal();
        int c = Outcome.CHAOS.ordinal();
        // WAR: run 1 lost, run 3 gained; the difference is 0 with d = (0, -1, 0, +1, 0)
        PairedDifference p = PairedDifference.of(Outcome.WAR, new int[] {w, w, d, d, c}, new int[] {w, d, d, w, c},
                0.95);
        assertEquals(1, p.gained());
        assertEquals(1, p.lost());
        assertEquals(0.4, p.referenceShare(), 1e-15);
        assertEquals(0.4, p.variantShare(), 1e-15);
        assertEquals(0.0, p.difference(), 0.0);
        // sample variance of d: (2 - 0) / 4 = 0.5; half-width 1.959964 * sqrt(0.5 / 5)
        assertEquals(1.959963984540054 * Math.sqrt(0.1), p.upper(), 1e-12);
        assertEquals(-p.upper(), p.lower(), 1e-15);
        assertFalse(p.significant());
        // DEAL: run 1 gained, run 3 lost ... and CHAOS is concordant everywhere: a zero-width interval
        PairedDifference none = PairedDifference.of(Outcome.CHAOS, new int[] {w, w, d, d, c},
                new int[] {w, d, d, w, c}, 0.95);
        assertEquals(0.0, none.lower(), 0.0);
        assertEquals(0.0, none.upper(), 0.0);
    }

    @Test
    void pairingNarrowsTheIntervalWhenMostRunsAgree() {
        int[] ref = new int[100];
        int[] var = new int[100];
        for (int i = 50; i < 100; i++) {
            ref[i] = Outcome.DEAL.ordinal();   // 50 WAR (ordinal 0), 50 DEAL
            var[i] = Outcome.DEAL.ordinal();
        }
        for (int i = 0; i < 5; i++) {
            var[i] = Outcome.DEAL.ordinal();   // 5 runs move from WAR to DEAL
        }
        PairedDifference p = PairedDifference.of(Outcome.WAR, ref, var, 0.95);
        assertEquals(-0.05, p.difference(), 1e-15);
        assertEquals(5, p.lost());
        assertEquals(0, p.gained());
        // s^2 = (5 - 100 * 0.05^2) / 99; the unpaired half-width is 1.96 * sqrt((0.25 + 0.45 * 0.55) / 100)
        assertEquals(1.959963984540054 * Math.sqrt((5 - 0.25) / 99 / 100), p.halfWidth(), 1e-12);
        assertEquals(1.959963984540054 * Math.sqrt((0.25 + 0.45 * 0.55) / 100), p.unpairedHalfWidth(), 1e-12);
        assertTrue(p.significant(), p.toString());
        assertTrue(p.halfWidth() < p.unpairedHalfWidth() / 3, p.toString());
        assertThrows(IllegalArgumentException.class, () -> PairedDifference.of(Outcome.WAR, ref, new int[99], 0.95));
        assertThrows(IllegalArgumentException.class, () -> PairedDifference.of(Outcome.WAR, ref, var, 1.0));
    }

    @Test
    void aScenarioComparedWithItselfDiffersByNothing(@TempDir Path dir) throws IOException {
        Comparison c = Comparison.run(BASE, List.of(BASE.named("same-values", "")), 120, 11L);
        for (PairedDifference d : c.differences(0, 0.95)) {
            assertEquals(0, d.gained() + d.lost(), d.toString());
            assertEquals(0.0, d.difference(), 0.0);
        }
        assertEquals(List.of("baseline", "same-values"), c.names());
        assertTrue(Files.size(c.groupedSharesChart(0.95, dir, "shares", "same").png()) > 1000);
        assertTrue(Files.size(c.differencesChart(0, 0.95, dir, "diff").png()) > 1000);
    }

    @Test
    void comparisonPairsRunsByIndexAndMatchesEachTablesCounts() {
        Scenario warProne = Scenarios.load("war-prone");
        Comparison c = Comparison.run(BASE, List.of(warProne), 150, 3L);
        RunTable alone = RunTable.run(warProne, 150, 3L);
        assertEquals(alone.counts(), c.variants().get(0).counts());
        List<Map<String, Object>> shares = c.shares(0.95);
        assertEquals(2 * Outcome.COUNT, shares.size());
        List<Map<String, Object>> diffs = c.differenceTable(0.95);
        assertEquals(Outcome.COUNT, diffs.size());
        Map<String, Object> war = diffs.get(0);
        assertEquals("war-prone", war.get("scenario"));
        assertEquals("WAR", war.get("outcome"));
        double expected = (double) (alone.count(Outcome.WAR) - c.reference().count(Outcome.WAR)) / 150;
        assertEquals(expected, (Double) war.get("difference"), 1e-15);
    }

    @Test
    void comparisonRejectsUnpairedTablesAndDuplicateNames() {
        RunTable a = RunTable.run(BASE, 50, 1L);
        RunTable otherSeed = RunTable.run(BASE.named("b", ""), 50, 2L);
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> Comparison.of(a, List.of(otherSeed)));
        assertTrue(ex.getMessage().contains("master seed 1"), ex.getMessage());
        ex = assertThrows(IllegalArgumentException.class, () -> Comparison.of(a, List.of(a)));
        assertTrue(ex.getMessage().contains("distinct"), ex.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Comparison.of(a, List.of()));
    }
}
