package org.offramp.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offramp.model.Scenario;
import org.offramp.scenario.Scenarios;

/**
 * A process killed with SIGKILL at its very start (while it creates the folder, the lock, the first
 * checkpoint and the partial file, before or around the first committed block) leaves a folder that
 * {@code resume} continues to the uninterrupted result: the first checkpoint is written before the
 * partial file and before the first run.
 */
class EarlyKillTest {
    @TempDir
    Path tmp;

    static Experiment.Builder experiment(Path dir, int runs) {
        return Experiment.builder(Scenarios.load("baseline")).runs(runs).masterSeed(314).blockSize(50).threads(2)
                .outputDirectory(dir);
    }

    @Test
    void aProcessKilledAtItsStartResumesToTheSameResults() throws Exception {
        Path whole = tmp.resolve("whole");
        experiment(whole, 400).build().run(FakeModels.GOOD);
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // Killed as soon as the folder appears, and a few moments later.
        for (int delayMillis : new int[] {0, 2, 10, 40, 120}) {
            Path dir = tmp.resolve("killed-" + delayMillis);
            Process p = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"),
                    EarlyKilledMain.class.getName(), dir.toString(), "400")
                    .redirectErrorStream(true).redirectOutput(new File("/dev/null")).start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.exists(dir) && p.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(0, 200_000);
            }
            assertTrue(Files.exists(dir), "the experiment never created its folder");
            if (delayMillis > 0) {
                Thread.sleep(delayMillis);
            }
            p.destroyForcibly();
            assertTrue(p.waitFor(20, TimeUnit.SECONDS));

            experiment(dir, 400).resume(true).build().run(FakeModels.GOOD);
            assertArrayEquals(Files.readAllBytes(whole.resolve("runs.csv")), Files.readAllBytes(dir.resolve("runs.csv")),
                    "killed " + delayMillis + " ms after the folder appeared");
            assertEquals(ResultsFolderTest.comparable(whole.resolve("summary.json")),
                    ResultsFolderTest.comparable(dir.resolve("summary.json")));
        }
    }
}
