package org.offramp.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offramp.testkit.SummaryJson;

/**
 * The example model's shipped experiment on Spark in local[2] from the command line: the folder of a
 * local run (runs.csv byte for byte, summary.json but for the machine's fields).
 */
class BrinkmanshipOnSparkCommandTest {
    @TempDir
    Path tmp;

    @Test
    void theCommandLineOnSparkWritesTheLocalRunsFolder() throws IOException {
        String strait = "experiments/brinkmanship/strait.yaml";
        Path local = tmp.resolve("strait");
        Cli.Result l = Cli.run("run", strait, "--runs", "2500", "--out", local.toString(), "--quiet", "--no-charts");
        assertEquals(0, l.code(), l::toString);
        Path spark = tmp.resolve("spark");
        Cli.Result s = Cli.run("run", strait, "--runs", "2500", "--engine", "spark", "--master", "local[2]", "--out",
                spark.toString(), "--quiet", "--no-charts");
        assertEquals(0, s.code(), s::toString);
        assertTrue(s.out().contains("Spark local[2] (2 task slots)"), s.out());
        assertArrayEquals(Files.readAllBytes(local.resolve("runs.csv")), Files.readAllBytes(spark.resolve("runs.csv")),
                "runs.csv byte for byte");
        assertEquals(SummaryJson.withoutMachineFields(local.resolve("summary.json")),
                SummaryJson.withoutMachineFields(spark.resolve("summary.json")));
    }
}
