package org.offramp.notebook;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offramp.scenario.Scenario;
import org.offramp.scenario.Scenarios;

class SweepTest {
    private static final Scenario BASE = Scenarios.load("baseline");

    @Test
    void eachPointIsTheExperimentOfItsScenario(@TempDir Path dir) throws IOException {
        double[] xs = {0.0, 3.0};
        Sweep line = Sweep.line(BASE, "perception.noiseScale", xs, 80, 9L);
        for (int i = 0; i < xs.length; i++) {
            long war = Notebooks.run(BASE.with("perception.noiseScale", xs[i]), 80, 9L).counts().get("WAR");
            assertEquals(war, line.counts("WAR")[0][i]);
        }
        List<Map<String, Object>> rows = line.rows(0.95);
        assertEquals(2 * Notebooks.OUTCOMES.size(), rows.size());
        assertEquals(3.0, rows.get(rows.size() - 1).get("perception.noiseScale"));
        assertTrue(Files.size(line.seriesChart(List.of("WAR", "DEAL"), 0.95, dir, "line", "t").png()) > 1000);
        assertThrows(IllegalStateException.class, () -> line.heatMapChart("WAR", dir, "x", "t"));
        assertThrows(IllegalStateException.class, line::ys);
    }

    @Test
    void gridCoversEveryPair(@TempDir Path dir) throws IOException {
        Sweep g = Sweep.grid(BASE, "perception.noiseScale", new double[] {0.5, 2}, "attribution.errorScale",
                new double[] {0, 1, 4}, 40, 9L);
        double[][] war = g.shares("WAR");
        assertEquals(3, war.length);
        assertEquals(2, war[0].length);
        long atPoint = Notebooks.run(BASE.with("perception.noiseScale", 2).with("attribution.errorScale", 4), 40, 9L)
                .counts().get("WAR");
        assertEquals(atPoint, g.counts("WAR")[2][1]);
        assertArrayEquals(new double[] {0, 1, 4}, g.ys());
        assertEquals(3 * 2 * Notebooks.OUTCOMES.size(), g.rows(0.95).size());
        assertTrue(Files.size(g.heatMapChart("WAR", dir, "grid", "t").png()) > 1000);
    }

    @Test
    void badInputFailsBeforeAnyRun() {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> Sweep.line(BASE, "perception.noiseScale", new double[] {1, 11}, 1_000_000, 1L));
        assertTrue(ex.getMessage().contains("perception.noiseScale"), ex.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> Sweep.line(BASE, "perception.noiseScale", new double[] {2, 1}, 10, 1L));
        assertThrows(IllegalArgumentException.class,
                () -> Sweep.line(BASE, "no.such.parameter", new double[] {1}, 10, 1L));
        assertThrows(IllegalArgumentException.class, () -> Sweep.grid(BASE, "perception.noiseScale",
                new double[] {1}, "perception.noiseScale", new double[] {1}, 10, 1L));
        Sweep tiny = Sweep.line(BASE, "perception.noiseScale", new double[] {1}, 5, 1L);
        assertThrows(IllegalArgumentException.class, () -> tiny.counts("PEACE"));
    }
}
