package org.offramp.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.offramp.model.Scenario;
import org.offramp.scenario.Scenarios;

class ExperimentTest {
    private static final Scenario S = Scenarios.load("baseline");

    private static void rejects(String message, Executable e) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, e).getMessage());
    }

    @Test
    void settersNameTheFieldTheValueAndWhatIsAllowed() {
        Experiment.Builder b = Experiment.builder(S);
        rejects("runs must be in [1, 2147483647], but was 0", () -> b.runs(0));
        rejects("threads must be in [0, 1024] (0 = all cores), but was -1", () -> b.threads(-1));
        rejects("targetHalfWidth must be in (0, 0.5), but was 0.5", () -> b.targetHalfWidth(0.5));
        rejects("targetHalfWidth must be in (0, 0.5), but was 0.0", () -> b.targetHalfWidth(0));
        rejects("blockSize must be in [1, 1000000], but was 0", () -> b.blockSize(0));
        rejects("confidenceLevel must be in (0, 1), but was 1.0", () -> b.confidenceLevel(1));
        rejects("maxRuns must be in [1, 2147483647], but was -5", () -> b.maxRuns(-5));
        rejects("samplesPerOutcome must be in [0, 1000], but was 1001", () -> b.samplesPerOutcome(1001));
    }

    @Test
    void buildChecksTheCombination() {
        rejects("masterSeed must be set: results are reproducible only from a recorded seed",
                () -> Experiment.builder(S).runs(10).build());
        rejects("runs or targetHalfWidth must be set", () -> Experiment.builder(S).masterSeed(1).build());
        rejects("runs (10) and targetHalfWidth (0.01) exclude each other: give one",
                () -> Experiment.builder(S).masterSeed(1).runs(10).targetHalfWidth(0.01).build());
        rejects("resume needs an outputDirectory, but none was set",
                () -> Experiment.builder(S).masterSeed(1).runs(10).resume(true).build());
        rejects("overwrite and resume exclude each other: give one", () -> Experiment.builder(S).masterSeed(1)
                .runs(10).outputDirectory(Path.of("x")).resume(true).overwrite(true).build());
    }

    @Test
    void identityLeavesOutThreadsAndOutputOptions() {
        Experiment a = Experiment.builder(S).masterSeed(1).runs(10).threads(1).build();
        Experiment b = a.toBuilder().threads(8).outputDirectory(Path.of("y")).build();
        assertEquals(a.identity(), b.identity());
        assertFalse(a.equals(b));
        assertEquals(a, b.toBuilder().threads(1).outputDirectory(null).build());
        assertTrue(a.toBuilder().masterSeed(2).build().identity().get("masterSeed").asLong() == 2);
        assertEquals(Runtime.getRuntime().availableProcessors(),
                Experiment.builder(S).masterSeed(1).runs(1).threads(0).build().effectiveThreads());
    }
}
