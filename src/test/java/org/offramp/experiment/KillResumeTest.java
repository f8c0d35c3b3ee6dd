package org.offramp.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offramp.model.Scenario;
import org.offramp.scenario.Scenarios;
import org.offramp.testkit.SummaryJson;

/**
 * A real kill -9 of a separate JVM in the middle of an experiment, then a resume that may run only
 * the runs the folder does not hold.
 */
class KillResumeTest {
    @TempDir
    Path tmp;

    private static ProcessBuilder java(String... args) {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String[] cmd = new String[args.length + 4];
        cmd[0] = javaBin;
        cmd[1] = "-cp";
        cmd[2] = System.getProperty("java.class.path");
        cmd[3] = KilledExperimentMain.class.getName();
        System.arraycopy(args, 0, cmd, 4, args.length);
        return new ProcessBuilder(cmd).redirectErrorStream(true);
    }

    @Test
    void aProcessKilledWithSigkillResumesToTheSameResults() throws Exception {
        Path dir = tmp.resolve("killed");
        Process p = java(dir.toString(), "4000").start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            // Wait until a few blocks are committed, then kill without warning (SIGKILL on Linux).
            while ((line = out.readLine()) != null && !line.equals("done 500")) {
                // keep reading
            }
            assertEquals("done 500", line);
            p.destroyForcibly();
            assertTrue(p.waitFor(20, TimeUnit.SECONDS));
        }
        assertFalse(Files.exists(dir.resolve("runs.csv")), "the experiment must not have finished");
        JsonNode cp = new ObjectMapper().readTree(dir.resolve("checkpoint.json").toFile());
        long committed = cp.get("nextBlock").asLong() * cp.at("/experiment/blockSize").asLong();
        assertTrue(committed >= 500 && committed < 4000, "committed runs " + committed);

        // The resumed process refuses every committed run, so only a true resume can succeed.
        Process resumed = java(dir.toString(), "4000", "resume", String.valueOf(committed)).start();
        String out = new String(resumed.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(resumed.waitFor(60, TimeUnit.SECONDS), out);
        assertEquals(0, resumed.exitValue(), out);
        assertTrue(out.endsWith("calls " + (4000 - committed) + System.lineSeparator()), out);

        ExperimentResult whole = Experiment.builder(Scenarios.load("baseline")).runs(4000).masterSeed(KilledExperimentMain.MASTER_SEED).blockSize(50)
                .outputDirectory(tmp.resolve("whole")).build().run((sc, seed) -> FakeModels.record(seed));
        assertEquals(whole.runsCsv(), Files.readString(dir.resolve("runs.csv")));
        assertEquals(SummaryJson.withoutMachineFields(whole.summaryJson()),
                SummaryJson.withoutMachineFields(dir.resolve("summary.json")));
    }
}
